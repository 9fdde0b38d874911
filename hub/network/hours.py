"""Office hours as offices really keep them, and when that makes them open.

An office's hours are a ``Schedule``: weekly slots ("Mon, Fri 9–12"), monthly slots
("every first Thursday 8:30–11:30"), "and by appointment", temporary closures and one-off
special dates. This module turns a schedule into concrete ``Opening``s, answers "open
now?" / "next open?", and writes schema.org ``OpeningHoursSpecification``s. It works
without database access, so the models, the finder and the export can all map their rows
onto it and the rules live in one place (``hours_schema`` writes the schema.org form).

Every opening is built from a calendar day and a wall-clock time in the site's time zone
(``settings.TIME_ZONE``), so 9:00 stays 9:00 in winter and in summer. Comparisons happen
in UTC: Python compares two datetimes that share a tzinfo by their wall clock, which is
wrong inside the hour that repeats in October.

Precedence on a given day, most specific first: special dates (they replace the regular
slots and also open a day inside a closure or on a public holiday, e.g. one extra date
during the summer break), then closures, then public holidays (unless the office opens on
holidays), then the weekly and monthly slots within their validity.

Public holidays come in as a ``HolidayCalendar``, a callable that names the holiday of a
day (or returns None): the region is a site setting and the names are in the visitor's
language, both of which the caller knows and this module does not need to.

A visitor's ``Need`` ("Farsi", "with a language mediator") is met by one slot, never by
two: an office whose Monday slot offers Arabic and whose Tuesday slot offers Farsi is not
open in Farsi on Monday.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from dateutil.relativedelta import weekday as dateutil_weekday
from django.utils import timezone

LAST = -1
ORDINALS = (1, 2, 3, 4, LAST)
DEFAULT_HORIZON_DAYS = 62


def _check_times(opens: time, closes: time) -> None:
    if opens >= closes:
        raise ValueError("A slot must close after it opens (overnight slots are not supported).")


def _check_validity(valid_from: date | None, valid_until: date | None) -> None:
    if valid_from and valid_until and valid_from > valid_until:
        raise ValueError("valid_from must not be after valid_until.")


def within(day: date, valid_from: date | None, valid_until: date | None) -> bool:
    return (valid_from is None or valid_from <= day) and (valid_until is None or day <= valid_until)


@dataclass(frozen=True)
class WeeklySlot:
    """Open on these weekdays (0 = Monday) every week, e.g. "Mon, Fri 9:00–12:00"."""

    weekdays: frozenset[int]
    opens: time
    closes: time
    languages: tuple[str, ...] = ()
    mediator: bool = False
    by_appointment: bool = False
    valid_from: date | None = None
    valid_until: date | None = None

    def __post_init__(self) -> None:
        # Lists from a form or an array field are welcome; the instance stays hashable.
        object.__setattr__(self, "weekdays", frozenset(self.weekdays))
        object.__setattr__(self, "languages", tuple(self.languages))
        if not self.weekdays or not self.weekdays <= set(range(7)):
            raise ValueError("weekdays must be a non-empty set of 0 (Monday) … 6 (Sunday).")
        _check_times(self.opens, self.closes)
        _check_validity(self.valid_from, self.valid_until)

    def occurs_on(self, day: date) -> bool:
        return day.weekday() in self.weekdays and within(day, self.valid_from, self.valid_until)


@dataclass(frozen=True)
class MonthlySlot:
    """Open on the n-th (1–4) or last (-1) given weekday of every month."""

    weekday: int
    ordinal: int
    opens: time
    closes: time
    languages: tuple[str, ...] = ()
    mediator: bool = False
    by_appointment: bool = False
    valid_from: date | None = None
    valid_until: date | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "languages", tuple(self.languages))
        if self.weekday not in range(7):
            raise ValueError("weekday must be 0 (Monday) … 6 (Sunday).")
        # A fifth weekday does not exist every month: ask for "last" instead.
        if self.ordinal not in ORDINALS:
            raise ValueError("ordinal must be 1, 2, 3, 4 or -1 (last).")
        _check_times(self.opens, self.closes)
        _check_validity(self.valid_from, self.valid_until)

    def date_in(self, year: int, month: int) -> date:
        """The day this slot falls on in the given month."""
        first = date(year, month, 1)
        if self.ordinal == LAST:
            return first + relativedelta(day=31, weekday=dateutil_weekday(self.weekday)(-1))
        return first + relativedelta(weekday=dateutil_weekday(self.weekday)(self.ordinal))

    def occurs_on(self, day: date) -> bool:
        return day == self.date_in(day.year, day.month) and within(
            day, self.valid_from, self.valid_until
        )


@dataclass(frozen=True)
class Closure:
    """A temporary closure (holidays, renovation): nothing regular opens on these days."""

    starts_on: date
    ends_on: date
    reason: str = ""

    def __post_init__(self) -> None:
        if self.starts_on > self.ends_on:
            raise ValueError("A closure must not end before it starts.")

    def covers(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on


@dataclass(frozen=True)
class SpecialDate:
    """A one-off opening; on its day it replaces every regular slot."""

    on: date
    opens: time
    closes: time
    languages: tuple[str, ...] = ()
    mediator: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "languages", tuple(self.languages))
        _check_times(self.opens, self.closes)


Slot = WeeklySlot | MonthlySlot
# The name of the public holiday on a day, or None; see ``hub.snippets.site_settings``.
HolidayCalendar = Callable[[date], str | None]


def no_holidays(day: date) -> str | None:
    return None


@dataclass(frozen=True)
class Need:
    """What a visitor asks of one slot: a language (its code) and/or a language mediator."""

    language: str = ""
    mediator: bool = False

    def met_by(self, item: Slot | SpecialDate | Opening) -> bool:
        return (not self.language or self.language in item.languages) and (
            not self.mediator or item.mediator
        )


ANY_NEED = Need()


@dataclass(frozen=True)
class Schedule:
    """All of one office's hours. ``appointments_also`` reads "… and by appointment";
    ``holidays`` is the site's calendar of public holidays, on which the office stays
    closed unless ``opens_on_holidays``."""

    slots: tuple[Slot, ...]
    closures: tuple[Closure, ...] = ()
    special_dates: tuple[SpecialDate, ...] = ()
    appointments_also: bool = False
    opens_on_holidays: bool = False
    holidays: HolidayCalendar = field(default=no_holidays, compare=False)

    def __post_init__(self) -> None:
        for name in ("slots", "closures", "special_dates"):
            object.__setattr__(self, name, tuple(getattr(self, name)))


@dataclass(frozen=True)
class Opening:
    """One concrete time an office is open (or sees people by appointment)."""

    starts_at: datetime
    ends_at: datetime
    languages: tuple[str, ...] = ()
    mediator: bool = False
    by_appointment: bool = False
    source: WeeklySlot | MonthlySlot | SpecialDate | None = field(default=None, compare=False)

    @property
    def duration(self) -> timedelta:
        """Real time open; ``ends_at - starts_at`` would subtract wall clocks (same tzinfo)
        and be an hour off on the night the clocks change."""
        return _utc(self.ends_at) - _utc(self.starts_at)


def zone() -> ZoneInfo:
    """The site's time zone, ``settings.TIME_ZONE``: looked up on every call (Django caches
    it until the setting changes), so that a test's ``override_settings`` reaches it."""
    return timezone.get_default_timezone()


def local(day: date, at: time) -> datetime:
    """``day`` at wall-clock ``at`` in the site's time zone; a time inside the
    spring-forward gap is moved to the real instant (2:30 becomes 3:30)."""
    tz = zone()
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC).astimezone(tz)


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("Office hours need aware datetimes.")
    return value.astimezone(UTC)


def _opening(day: date, source: Slot | SpecialDate) -> Opening:
    return Opening(
        starts_at=local(day, source.opens),
        ends_at=local(day, source.closes),
        languages=source.languages,
        mediator=source.mediator,
        by_appointment=getattr(source, "by_appointment", False),
        source=source,
    )


def holiday_closure(schedule: Schedule, day: date) -> str | None:
    """The name of the public holiday that closes the office on ``day``, else None (no
    holiday, the office opens on holidays, or a special date opens it that day)."""
    if schedule.opens_on_holidays or any(special.on == day for special in schedule.special_dates):
        return None
    return schedule.holidays(day) or None


def openings_on(schedule: Schedule, day: date) -> list[Opening]:
    """The openings of one local calendar day, in schedule order."""
    specials = [special for special in schedule.special_dates if special.on == day]
    if specials:
        return [_opening(day, special) for special in specials]
    if any(closure.covers(day) for closure in schedule.closures):
        return []
    if holiday_closure(schedule, day):
        return []
    return [_opening(day, slot) for slot in schedule.slots if slot.occurs_on(day)]


def _sort_key(opening: Opening) -> tuple[datetime, datetime]:
    return _utc(opening.starts_at), _utc(opening.ends_at)


def openings(schedule: Schedule, start: datetime, end: datetime) -> list[Opening]:
    """Every opening that overlaps ``[start, end)``, by-appointment ones included (see
    ``Opening.by_appointment``), sorted by start."""
    start_utc, end_utc = _utc(start), _utc(end)
    found = []
    tz = zone()
    day = start.astimezone(tz).date()
    last_day = end.astimezone(tz).date()
    while day <= last_day:
        found.extend(
            opening
            for opening in openings_on(schedule, day)
            if _utc(opening.ends_at) > start_utc and _utc(opening.starts_at) < end_utc
        )
        day += timedelta(days=1)
    return sorted(found, key=_sort_key)


def _walk_in(opening: Opening, need: Need) -> bool:
    return not opening.by_appointment and need.met_by(opening)


def current_openings(schedule: Schedule, at: datetime, need: Need = ANY_NEED) -> list[Opening]:
    """The walk-in openings meeting ``need`` that ``at`` falls in (open from ``opens``
    inclusive to ``closes`` exclusive), earliest first."""
    at_utc = _utc(at)
    return [
        opening
        for opening in openings(schedule, at, at + timedelta(microseconds=1))
        if _walk_in(opening, need) and _utc(opening.starts_at) <= at_utc
    ]


def _run_end(schedule: Schedule, opening: Opening, need: Need) -> datetime:
    """Where back-to-back (or overlapping) openings meeting ``need`` stop: a slot 9–11
    followed by one 11–14 is one stretch until 14:00. Slots never pass midnight, so the
    rest of the day is enough to look at."""
    day = opening.starts_at.astimezone(zone()).date()
    end = opening.ends_at
    later = openings(schedule, opening.starts_at, local(day + timedelta(days=1), time()))
    for other in later:
        if _walk_in(other, need) and _utc(other.starts_at) <= _utc(end) < _utc(other.ends_at):
            end = other.ends_at
    return end


def is_open(schedule: Schedule, at: datetime, need: Need = ANY_NEED) -> Opening | None:
    """The opening the office is in at ``at`` for ``need``, its ``ends_at`` stretched to
    the end of the back-to-back openings that follow it, else None. By-appointment slots
    do not make an office open."""
    found = current_openings(schedule, at, need)
    if not found:
        return None
    longest = max(found, key=lambda opening: _utc(_run_end(schedule, opening, need)))
    return replace(longest, ends_at=_run_end(schedule, longest, need))


def next_opening(
    schedule: Schedule,
    after: datetime,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    need: Need = ANY_NEED,
) -> Opening | None:
    """The first walk-in opening meeting ``need`` starting at or after ``after``, looking
    ``horizon_days`` ahead; an opening already under way at ``after`` is not "next"
    (that one is ``is_open``'s)."""
    after_utc = _utc(after)
    for opening in openings(schedule, after, after + timedelta(days=horizon_days)):
        if _walk_in(opening, need) and _utc(opening.starts_at) >= after_utc:
            return opening
    return None
