from django.apps import AppConfig


class EventsConfig(AppConfig):
    """The networking-meeting calendar: events, occurrences, registrations, feeds.

    The models arrive with the calendar capability; the app is installed from the start so
    that its migrations and URLs have a fixed place in the project.
    """

    name = "hub.events"
    label = "events"
    verbose_name = "Events"
