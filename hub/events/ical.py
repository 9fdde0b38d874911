"""iCalendar (RFC 5545) documents of the calendar: feeds and the e-mail attachment.

Every date is written with the site's time zone (``TZID=Europe/Berlin`` by default,
``settings.TIME_ZONE``) and the matching ``VTIMEZONE``, so a calendar application shows
18:00 in summer and in winter. A date's UID is derived from
the event's ``translation_key`` and the date's place in the series (``original_start``):
it never changes — not between two downloads, not when the date is moved, not between the
feed and the e-mail attachment — so a subscribed calendar updates the entry in place.
Texts are in the feed's language: the event's translation where one exists, else the
source text.
"""

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vDuration

from hub.core.digits import native_digits
from hub.events.models import EventPage, Occurrence

PRODID = "-//hub//calendar//EN"
POLL_INTERVAL = timedelta(days=1)


def uid_domain() -> str:
    return urlsplit(settings.HUB_BASE_URL).hostname or "localhost"


def occurrence_uid(occurrence: Occurrence) -> str:
    stamp = occurrence.original_start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{occurrence.event_key}-{stamp}@{uid_domain()}"


def _local(moment: datetime) -> datetime:
    return timezone.localtime(moment, ZoneInfo(settings.TIME_ZONE))


def new_calendar(name: str, language: str, *, method: str = "PUBLISH") -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    # Subscribed calendars poll; once a day matches how often dates change. RFC 7986's
    # REFRESH-INTERVAL and Outlook's X-PUBLISHED-TTL both as an ISO 8601 duration ("P1D"):
    # icalendar knows no type for an X- property and would write "1 day, 0:00:00".
    calendar.add("refresh-interval", POLL_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(POLL_INTERVAL))
    calendar["x-hub-language"] = language
    return calendar


def location_text(page: EventPage) -> str:
    parts = [
        page.venue_name,
        page.street_address,
        " ".join(part for part in (page.postal_code, page.locality) if part),
    ]
    text = ", ".join(part for part in parts if part)
    return text or page.online_url


def description_text(page: EventPage, occurrence: Occurrence, url: str) -> str:
    """The entry's notes: what changed (in the feed's language), the summary, the link."""
    lines = []
    if occurrence.status == Occurrence.Status.CANCELLED:
        lines.append(_("This date is cancelled."))
    elif occurrence.status == Occurrence.Status.MOVED:
        lines.append(
            _("This date was moved from %(date)s.")
            % {
                "date": native_digits(
                    date_format(_local(occurrence.original_start), "DATETIME_FORMAT")
                )
            }
        )
    if occurrence.reason:
        lines.append(_("Reason: %(reason)s") % {"reason": occurrence.localized_reason})
    if lines:
        lines.append("")
    lines.append(normalize_newlines(strip_tags(page.summary)).strip())
    if page.online_url:
        lines.append(_("Online: %(url)s") % {"url": page.online_url})
    if url:
        lines.append(url)
    return "\n".join(lines)


def occurrence_event(
    page: EventPage, occurrence: Occurrence, url: str, *, stamp: datetime | None = None
) -> Event:
    """One VEVENT; call it with the feed's language active."""
    cancelled = occurrence.status == Occurrence.Status.CANCELLED
    event = Event()
    event.add("uid", occurrence_uid(occurrence))
    event.add("dtstamp", stamp or timezone.now().astimezone(UTC))
    event.add("dtstart", _local(occurrence.starts_at))
    event.add("dtend", _local(occurrence.ends_at))
    summary = page.title
    if cancelled:
        summary = _("Cancelled: %(title)s") % {"title": page.title}
    event.add("summary", summary)
    event.add("description", description_text(page, occurrence, url))
    location = location_text(page)
    if location:
        event.add("location", location)
    if url:
        event.add("url", url)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    # Clients replace an entry whose SEQUENCE went up: an edited date is a new version.
    event.add("sequence", 1 if occurrence.edited else 0)
    event.add("transp", "TRANSPARENT" if cancelled else "OPAQUE")
    event.add("class", "PUBLIC")
    return event


def occurrence_url(page: EventPage, occurrence: Occurrence, base_url: str | None = None) -> str:
    """The absolute URL of one date's page below ``base_url`` (default: the page's URL)."""
    base = base_url if base_url is not None else (page.get_full_url() or "")
    if not base:
        return ""
    route = EventPage.get_resolver().reverse("occurrence_route", occurrence.pk)
    return base + route


def build_feed(
    name: str,
    language: str,
    entries: Iterable[tuple[EventPage, Occurrence, str]],
    *,
    method: str = "PUBLISH",
) -> bytes:
    """A whole VCALENDAR of ``(page, occurrence, url)`` entries, as bytes."""
    with translation.override(language):
        calendar = new_calendar(name, language, method=method)
        stamp = timezone.now().astimezone(UTC)
        for page, occurrence, url in entries:
            calendar.add_component(occurrence_event(page, occurrence, url, stamp=stamp))
        calendar.add_missing_timezones()
        return calendar.to_ical()


def page_in_language(page: EventPage, language: str) -> EventPage:
    """The live translation of ``page`` into ``language``, else ``page`` itself."""
    if page.locale.language_code == language:
        return page
    translated = (
        EventPage.objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=language)
        .first()
    )
    return translated or page


def occurrence_ics(page: EventPage, occurrence: Occurrence, language: str) -> bytes:
    """One date as an ``.ics`` file (METHOD:PUBLISH), for confirmation e-mails.

    Texts are in ``language`` (the registrant's) where the event is translated; the UID is
    the one the feeds use, so an imported entry and a subscribed one are the same event.
    """
    shown = page_in_language(page, language)
    url = occurrence_url(shown, occurrence)
    return build_feed(shown.title, language, [(shown, occurrence, url)])
