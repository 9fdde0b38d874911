"""Publishing an event page refreshes its dates.

Connected in ``EventsConfig.ready``. Translations share the source page's occurrences
(one ``translation_key``), and their schedule fields are synchronised from it, so only a
publication of the version whose schedule counts (see ``recurrence.schedule_page``)
regenerates anything.
"""

from wagtail.signals import page_published

from hub.events.models import EventPage


def on_event_published(sender, instance: EventPage, **kwargs) -> None:
    from hub.events.recurrence import schedule_page, sync_occurrences

    if schedule_page(instance).pk == instance.pk:
        sync_occurrences(instance)


def connect() -> None:
    page_published.connect(
        on_event_published, sender=EventPage, dispatch_uid="hub_event_sync_occurrences"
    )
