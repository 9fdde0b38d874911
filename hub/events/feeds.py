"""The iCal feeds: the whole calendar (filterable like the calendar page) and one event.

Feeds list dates from ``FEED_PAST_DAYS`` back up to the horizon, cancelled ones included
(as ``STATUS:CANCELLED``) so that subscribed calendars remove them instead of keeping a
stale entry. Texts are in the language of the URL's prefix, with the calendar's fallback rule.
"""

from datetime import timedelta

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from hub.core.listing.languages import url_for_visitor
from hub.core.listing.state import apply_filters
from hub.events.calendar.filters import DIMENSIONS, ORGANISER, calendar_catalogues, read_filters
from hub.events.calendar.queries import CalendarScope, dates_of
from hub.events.ical import build_feed, occurrence_url
from hub.events.models import EventIndexPage, EventPage, Occurrence
from hub.snippets.terms import known_slugs

# Past dates stay in a feed for about three months. Subscribed calendars (Google, Apple,
# Outlook) mirror the feed: a date that drops out of it is deleted from the subscriber's
# calendar, and people look back at the meetings of the last months ("when did we meet
# the job centre?"). Longer would only make every daily poll heavier.
FEED_PAST_DAYS = 90


def _response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    response["Cache-Control"] = "public, max-age=900"
    return response


def _recent_dates(occurrences):
    since = timezone.now() - timedelta(days=FEED_PAST_DAYS)
    return occurrences.filter(ends_at__gte=since).order_by("starts_at", "pk")


def calendar_feed(request: HttpRequest, index: EventIndexPage) -> HttpResponse:
    """Every event of the calendar, narrowed by ``category``/``organiser``/``language``."""
    active = Locale.get_active()
    scope = CalendarScope(index, active)
    shown = scope.shown()
    known = known_slugs(calendar_catalogues(active))
    organiser_ids = set(shown.exclude(organiser=None).values_list("organiser_id", flat=True))
    state = read_filters(request.GET, known | {ORGANISER.param: {str(pk) for pk in organiser_ids}})
    filtered = apply_filters(shown, state, DIMENSIONS)
    pages = {page.translation_key: page for page in filtered}
    dates = _recent_dates(dates_of(filtered))
    urls = {
        key: request.build_absolute_uri(url_for_visitor(page, active, request))
        for key, page in pages.items()
    }
    entries = [
        (pages[o.event_key], o, occurrence_url(pages[o.event_key], o, urls[o.event_key]))
        for o in dates
        if o.event_key in pages
    ]
    title = index.localized.title
    body = build_feed(title, active.language_code, entries)
    return _response(body, slugify(title) or "calendar")


def event_feed(request: HttpRequest, page: EventPage) -> HttpResponse:
    """Every date of one event or series."""
    active = Locale.get_active()
    page = page.localized.specific
    base = request.build_absolute_uri(url_for_visitor(page, active, request))
    dates = _recent_dates(Occurrence.objects.filter(event_key=page.translation_key))
    entries = [(page, occurrence, occurrence_url(page, occurrence, base)) for occurrence in dates]
    body = build_feed(page.title, active.language_code, entries)
    return _response(body, page.slug)
