"""The next date of a site's calendar, for the home page's "next meeting" block."""

from django.http import HttpRequest
from django.utils import timezone
from wagtail.models import Locale, Page

from hub.core.listing.languages import url_for_visitor
from hub.events.calendar.entries import Entry, EntryBuilder
from hub.events.calendar.filters import calendar_catalogues
from hub.events.calendar.queries import CalendarScope, dates_of, upcoming
from hub.events.models import EventIndexPage, Occurrence


def site_calendar(home: Page) -> EventIndexPage | None:
    """The live calendar under ``home``, else under the source-language home."""
    calendar = EventIndexPage.objects.live().child_of(home).first()
    if calendar is None:
        source = home.get_translation_or_none(Locale.get_default())
        if source is not None and source.pk != home.pk:
            calendar = EventIndexPage.objects.live().child_of(source).first()
    return calendar


def next_meeting(request: HttpRequest, home: Page) -> dict:
    """The next date that takes place (cancelled ones skipped) and the calendar's URL."""
    calendar = site_calendar(home)
    if calendar is None:
        return {}
    active = Locale.get_active()
    scope = CalendarScope(calendar, active)
    shown = scope.shown()
    occurrence = (
        upcoming(dates_of(shown), timezone.now())
        .exclude(status=Occurrence.Status.CANCELLED)
        .first()
    )
    result = {"calendar_url": url_for_visitor(calendar.localized, active, request)}
    if occurrence is not None:
        builder = EntryBuilder(
            shown.filter(translation_key=occurrence.event_key),
            request,
            active,
            calendar_catalogues(active),
        )
        entries: list[Entry] = builder.build([occurrence])
        result["next_entry"] = entries[0] if entries else None
    return result
