from django.apps import AppConfig


class EventsConfig(AppConfig):
    """The networking-meeting calendar: events, occurrences, registrations, feeds."""

    name = "hub.events"
    label = "events"
    verbose_name = "Events"

    def ready(self) -> None:
        from hub.events.signals import connect as connect_event_signals

        # A published event page keeps its dates up to the horizon.
        connect_event_signals()
