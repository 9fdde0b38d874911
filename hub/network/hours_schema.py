"""Office hours as schema.org ``OpeningHoursSpecification``s, for the JSON-LD of the
organisation pages and the open-data export.

Kept apart from ``hours`` (the rules of when an office is open), which it only asks.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta

from hub.network.hours import (
    Closure,
    MonthlySlot,
    Schedule,
    WeeklySlot,
    holiday_closure,
    openings_on,
    within,
    zone,
)

SCHEMA_DAYS = tuple(
    f"https://schema.org/{name}"
    for name in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
)
# Monthly slots have no dayOfWeek form in schema.org; their concrete dates are listed this
# far ahead instead (and so are the public holidays that close the office).
SCHEMA_MONTHLY_MONTHS = 3


def _hhmm(value: time) -> str:
    return value.strftime("%H:%M")


def _dated_specification(day: date, opens: str, closes: str, until: date | None = None) -> dict:
    return {
        "@type": "OpeningHoursSpecification",
        "opens": opens,
        "closes": closes,
        "validFrom": day.isoformat(),
        "validThrough": (until or day).isoformat(),
    }


def _monthly_dates(slot: MonthlySlot, today: date) -> Iterable[date]:
    end = today + relativedelta(months=SCHEMA_MONTHLY_MONTHS)
    month = today.replace(day=1)
    while month < end:
        day = slot.date_in(month.year, month.month)
        if today <= day < end and within(day, slot.valid_from, slot.valid_until):
            yield day
        month += relativedelta(months=1)


def _closed_runs(closure: Closure, open_days: set[date]) -> Iterable[tuple[date, date]]:
    """The closure's date ranges without the special dates that open inside it."""
    first = None
    day = closure.starts_on
    while day <= closure.ends_on:
        if day in open_days:
            if first:
                yield first, day - timedelta(days=1)
            first = None
        elif first is None:
            first = day
        day += timedelta(days=1)
    if first:
        yield first, closure.ends_on


def _holiday_closures(schedule: Schedule, today: date) -> Iterable[date]:
    """The days ahead on which a public holiday closes what the regular slots would open
    (days a closure covers already say "closed")."""
    end = today + relativedelta(months=SCHEMA_MONTHLY_MONTHS)
    day = today
    while day < end:
        if (
            holiday_closure(schedule, day)
            and not any(closure.covers(day) for closure in schedule.closures)
            and any(slot.occurs_on(day) and not slot.by_appointment for slot in schedule.slots)
        ):
            yield day
        day += timedelta(days=1)


def opening_hours_specification(schedule: Schedule, today: date | None = None) -> list[dict]:
    """schema.org ``OpeningHoursSpecification`` dicts (JSON-serialisable).

    Weekly walk-in slots become ``dayOfWeek`` specifications. Monthly slots cannot be said
    with ``dayOfWeek``, so their concrete dates in the next three months from ``today``
    (default: today in the site's time zone) appear as one-day specifications, as do future special
    dates. Closures are ``opens = closes = "00:00"`` over their dates, the schema.org way
    of saying "closed", and so are the public holidays of the next three months on which
    a weekly or monthly slot would open. By-appointment slots have no schema.org form and
    are left out.
    """
    today = today or datetime.now(zone()).date()
    weekly = []
    for slot in schedule.slots:
        if isinstance(slot, WeeklySlot) and not slot.by_appointment:
            spec = {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": [SCHEMA_DAYS[day] for day in sorted(slot.weekdays)],
                "opens": _hhmm(slot.opens),
                "closes": _hhmm(slot.closes),
            }
            if slot.valid_from:
                spec["validFrom"] = slot.valid_from.isoformat()
            if slot.valid_until:
                spec["validThrough"] = slot.valid_until.isoformat()
            weekly.append(spec)
    dated = []
    for slot in schedule.slots:
        if isinstance(slot, MonthlySlot) and not slot.by_appointment:
            dated.extend(
                _dated_specification(day, _hhmm(slot.opens), _hhmm(slot.closes))
                for day in _monthly_dates(slot, today)
                # Let the monthly date say only what really happens that day.
                if any(opening.source is slot for opening in openings_on(schedule, day))
            )
    dated.extend(
        _dated_specification(special.on, _hhmm(special.opens), _hhmm(special.closes))
        for special in schedule.special_dates
        if special.on >= today
    )
    dated.extend(
        _dated_specification(first, "00:00", "00:00", last)
        for closure in schedule.closures
        if closure.ends_on >= today
        for first, last in _closed_runs(closure, {special.on for special in schedule.special_dates})
    )
    dated.extend(
        _dated_specification(day, "00:00", "00:00") for day in _holiday_closures(schedule, today)
    )
    dated.sort(key=lambda spec: (spec["validFrom"], spec["opens"]))
    return weekly + dated
