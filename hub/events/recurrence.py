"""From the friendly schedule of an ``EventPage`` to concrete ``Occurrence`` rows.

Editors pick "every first Tuesday of the month, 18:00–20:00"; ``build_rrule`` writes that
as an RFC 5545 RRULE, and ``sync_occurrences`` expands it with python-dateutil for a
rolling horizon (``HUB_EVENT_HORIZON_MONTHS``). The rule is expanded from a start that
carries the site's time zone (``settings.TIME_ZONE``), so every date keeps its wall-clock
time: 18:00 stays 18:00 in winter and in summer, whatever the UTC offset.

Occurrences belong to the event's ``translation_key``: one set of dates for every
language. Dates an editor cancelled or moved (``edited``) are never touched again; dates
the rule stops producing are deleted if nobody registered, else marked ``detached`` so
that an editor decides (and registrants are told) instead of a silent disappearance.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.dates import WEEKDAYS
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _
from wagtail.models import Locale

from hub.core.digits import native_digits
from hub.events.models import EventPage, Occurrence, Repeat

RRULE_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# "Fifth Tuesday" or "the 31st" do not exist every month: such a series would silently
# skip months, so the form asks for "last …" instead.
MAX_ORDINAL_WEEK = 4
MAX_MONTH_DAY = 28


def zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def horizon_months() -> int:
    return int(getattr(settings, "HUB_EVENT_HORIZON_MONTHS", 12))


def week_of_month(day: date) -> int:
    """1 for the first such weekday of its month, 2 for the second …"""
    return (day.day - 1) // 7 + 1


def is_last_weekday_of_month(day: date) -> bool:
    return (day + timedelta(days=7)).month != day.month


def local_datetime(day: date, at: time) -> datetime:
    """``day`` at wall-clock time ``at`` in the site's zone (aware)."""
    return datetime.combine(day, at, tzinfo=zone())


def schedule_errors(page: EventPage) -> dict[str, str]:
    """What is wrong with the schedule, by field name; empty when it can be expanded."""
    errors: dict[str, str] = {}
    if page.start_time and page.end_time and page.end_time <= page.start_time:
        errors["end_time"] = _("The event must end after it starts (on the same day).")
    if not page.starts_on:
        return errors
    if page.repeat != Repeat.NEVER and page.repeat_until and page.repeat_until < page.starts_on:
        errors["repeat_until"] = _("The series cannot end before its first date.")
    day = page.starts_on
    if page.repeat == Repeat.MONTHLY_WEEKDAY and week_of_month(day) > MAX_ORDINAL_WEEK:
        errors["repeat"] = _(
            "The first date is the fifth such weekday of its month, which not every month "
            "has. Choose “last such weekday” instead."
        )
    elif page.repeat == Repeat.MONTHLY_LAST_WEEKDAY and not is_last_weekday_of_month(day):
        errors["starts_on"] = _(
            "The first date must be the last %(weekday)s of its month for this choice."
        ) % {"weekday": WEEKDAYS[day.weekday()]}
    elif page.repeat == Repeat.MONTHLY_DATE and day.day > MAX_MONTH_DAY:
        errors["repeat"] = _(
            "Not every month has day %(day)s. Choose a first date up to the 28th, or repeat "
            "on a weekday."
        ) % {"day": day.day}
    return errors


def build_rrule(page: EventPage) -> str:
    """The RFC 5545 RRULE of the page's schedule (without "RRULE:"), "" for one date.

    ``UNTIL`` is the end of the last day in UTC, as RFC 5545 requires for a DTSTART with
    a time zone.
    """
    if page.repeat == Repeat.NEVER or not page.starts_on or schedule_errors(page):
        return ""
    day = page.starts_on
    weekday = RRULE_WEEKDAYS[day.weekday()]
    if page.repeat == Repeat.WEEKLY:
        parts = ["FREQ=WEEKLY", f"BYDAY={weekday}"]
    elif page.repeat == Repeat.MONTHLY_WEEKDAY:
        parts = ["FREQ=MONTHLY", f"BYDAY=+{week_of_month(day)}{weekday}"]
    elif page.repeat == Repeat.MONTHLY_LAST_WEEKDAY:
        parts = ["FREQ=MONTHLY", f"BYDAY=-1{weekday}"]
    else:
        parts = ["FREQ=MONTHLY", f"BYMONTHDAY={day.day}"]
    if page.repeat_until:
        until = local_datetime(page.repeat_until, time(23, 59, 59)).astimezone(ZoneInfo("UTC"))
        parts.append(f"UNTIL={until:%Y%m%dT%H%M%SZ}")
    return ";".join(parts)


def describe_schedule(page: EventPage) -> str:
    """The schedule in words, in the active language: "every first Tuesday of the month"."""
    if not page.starts_on:
        return ""
    day = page.starts_on
    weekday = WEEKDAYS[day.weekday()]
    if page.repeat == Repeat.WEEKLY:
        text = _("every %(weekday)s") % {"weekday": weekday}
    elif page.repeat == Repeat.MONTHLY_WEEKDAY:
        ordinal = {
            1: _("every first %(weekday)s of the month"),
            2: _("every second %(weekday)s of the month"),
            3: _("every third %(weekday)s of the month"),
            4: _("every fourth %(weekday)s of the month"),
        }.get(week_of_month(day), _("every last %(weekday)s of the month"))
        text = ordinal % {"weekday": weekday}
    elif page.repeat == Repeat.MONTHLY_LAST_WEEKDAY:
        text = _("every last %(weekday)s of the month") % {"weekday": weekday}
    elif page.repeat == Repeat.MONTHLY_DATE:
        text = _("every month on day %(day)s") % {"day": day.day}
    else:
        return ""
    times = _("%(start)s to %(end)s") % {
        "start": time_format(page.start_time, "TIME_FORMAT"),
        "end": time_format(page.end_time, "TIME_FORMAT"),
    }
    text = f"{text}, {times}"
    if page.repeat_until:
        text = _("%(schedule)s, until %(date)s") % {
            "schedule": text,
            "date": date_format(page.repeat_until, "DATE_FORMAT"),
        }
    return native_digits(text)


@dataclass(frozen=True)
class Slot:
    """One date the schedule produces: where it sits in the series and when it runs."""

    original_start: datetime
    starts_at: datetime
    ends_at: datetime


def slots(page: EventPage, until: datetime, since: datetime | None = None) -> list[Slot]:
    """The dates of the page's schedule from ``since`` (inclusive) up to ``until``.

    A one-off event always yields its one date, past or not.
    """
    first = local_datetime(page.starts_on, page.start_time)
    if page.rrule:
        rule = rrulestr(page.rrule, dtstart=first)
        starts = rule.between(max(first, since or first), until, inc=True)
    else:
        starts = [first]
    return [
        Slot(
            original_start=start,
            starts_at=start,
            ends_at=local_datetime(start.date(), page.end_time),
        )
        for start in starts
    ]


def schedule_page(page: EventPage) -> EventPage:
    """The version of the event whose schedule counts: the source-language page if it
    exists, else the page itself (an event written first in another language)."""
    if page.locale_id == Locale.get_default().pk:
        return page
    source = page.get_translation_or_none(Locale.get_default())
    return source.specific if source is not None else page


def _local_day(moment: datetime) -> date:
    return timezone.localtime(moment, zone()).date()


@transaction.atomic
def sync_occurrences(page: EventPage, *, now: datetime | None = None) -> dict[str, int]:
    """Create, update and retire the event's occurrences up to the horizon.

    Existing dates are matched by their local day in the series, so changing the series'
    time from 18:00 to 19:00 moves every (unedited) date and keeps its registrations.
    Only future dates change; the past is history. Returns counts for the command's report.
    """
    page = schedule_page(page)
    now = now or timezone.now()
    today = datetime.combine(_local_day(now), time.min, tzinfo=zone())
    until = today + relativedelta(months=horizon_months())
    key = page.translation_key
    wanted = {
        _local_day(slot.original_start): slot for slot in slots(page, until=until, since=today)
    }
    existing = Occurrence.objects.select_for_update().filter(event_key=key)
    by_day: dict[date, Occurrence] = {}
    counts = {"created": 0, "updated": 0, "deleted": 0, "detached": 0}
    for occurrence in existing:
        day = _local_day(occurrence.original_start)
        by_day[day] = occurrence
        if day in wanted or occurrence.edited or occurrence.starts_at < now:
            continue
        if occurrence.registrations.exists():
            if not occurrence.detached:
                occurrence.detached = True
                occurrence.save(update_fields=["detached"])
                counts["detached"] += 1
        else:
            occurrence.delete()
            counts["deleted"] += 1
    new = []
    for day, slot in wanted.items():
        occurrence = by_day.get(day)
        if occurrence is None:
            new.append(
                Occurrence(
                    event_key=key,
                    original_start=slot.original_start,
                    starts_at=slot.starts_at,
                    ends_at=slot.ends_at,
                )
            )
            continue
        if occurrence.edited or (occurrence.starts_at < now and page.rrule):
            continue
        changes = {
            "original_start": slot.original_start,
            "starts_at": slot.starts_at,
            "ends_at": slot.ends_at,
            "detached": False,
        }
        changed = [name for name, value in changes.items() if getattr(occurrence, name) != value]
        if changed:
            for name in changed:
                setattr(occurrence, name, changes[name])
            occurrence.save(update_fields=changed)
            counts["updated"] += 1
    Occurrence.objects.bulk_create(new, ignore_conflicts=True)
    counts["created"] = len(new)
    return counts


def extend_horizon(*, now: datetime | None = None) -> dict[str, int]:
    """Sync every live event once (one schedule per translation key): the daily job."""
    totals = {"events": 0, "created": 0, "updated": 0, "deleted": 0, "detached": 0}
    seen = set()
    default = Locale.get_default()
    # The source-language version first, so that it is the one that counts.
    pages = EventPage.objects.live().only("pk", "translation_key", "locale_id")
    ordered = sorted(pages, key=lambda p: (str(p.translation_key), p.locale_id != default.pk))
    for page in ordered:
        if page.translation_key in seen:
            continue
        seen.add(page.translation_key)
        for name, value in sync_occurrences(page.specific, now=now).items():
            totals[name] += value
        totals["events"] += 1
    return totals
