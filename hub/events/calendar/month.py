"""The month grid: weeks of days, each with its dates, and links to the months around.

The grid starts on the locale's first day of the week (Monday in German and French,
Saturday or Sunday elsewhere, per Django's format files). On a phone the CSS shows the
days that have dates as a list; the table is still the same markup.
"""

import calendar as pycalendar
from dataclasses import dataclass
from datetime import date, datetime, time

from dateutil.relativedelta import relativedelta
from django.utils import timezone
from django.utils.formats import get_format

from hub.events.calendar.entries import Entry


@dataclass(frozen=True)
class Day:
    date: date
    in_month: bool
    is_today: bool
    entries: list[Entry]


@dataclass(frozen=True)
class MonthGrid:
    month: date
    weekdays: list[date]
    weeks: list[list[Day]]
    previous_month: date
    next_month: date

    @property
    def has_entries(self) -> bool:
        return any(day.entries for week in self.weeks for day in week)


def month_bounds(month: date) -> tuple[datetime, datetime]:
    """The first and the last moment of ``month`` in the site's time zone (aware)."""
    zone = timezone.get_current_timezone()
    start = datetime.combine(month.replace(day=1), time.min, tzinfo=zone)
    return start, start + relativedelta(months=1)


def first_weekday() -> int:
    """Python's weekday number (Monday=0) of the locale's first day of the week."""
    # Django counts Sunday=0, Monday=1, …
    return (int(get_format("FIRST_DAY_OF_WEEK")) - 1) % 7


def build_month(month: date, entries: list[Entry]) -> MonthGrid:
    by_day: dict[date, list[Entry]] = {}
    for entry in entries:
        by_day.setdefault(entry.starts_at.date(), []).append(entry)
    weeks_source = pycalendar.Calendar(firstweekday=first_weekday())
    today = timezone.localdate()
    weeks = [
        [
            Day(
                date=day,
                in_month=day.month == month.month,
                is_today=day == today,
                entries=by_day.get(day, []),
            )
            for day in week
        ]
        for week in weeks_source.monthdatescalendar(month.year, month.month)
    ]
    return MonthGrid(
        month=month,
        weekdays=[day.date for day in weeks[0]],
        weeks=weeks,
        previous_month=month - relativedelta(months=1),
        next_month=month + relativedelta(months=1),
    )


def current_month() -> date:
    return timezone.localdate().replace(day=1)
