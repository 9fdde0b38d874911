"""Office hours in words, in the active language: "Mon–Thu 9:00–12:00".

Kept apart from ``hours`` so that the computation stays free of Django. Weekday names
come from Django's own catalogs; every other word goes through gettext. Whole phrases
such as "every first %(weekday)s of the month" are translated as one, with a context,
because the ordinal agrees with the weekday in many languages (German "jeden ersten
Donnerstag", French "chaque premier jeudi").
"""

from collections.abc import Iterable
from datetime import date, time

from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from hub.core.digits import native_digits
from hub.network.hours import LAST, MonthlySlot, Need, Schedule, Slot, SpecialDate

# Runs this long or longer read as a range ("Mon–Wed"); two days stay a list ("Mon, Tue").
MIN_RANGE = 3


def _hours(opens: time, closes: time) -> str:
    return native_digits(
        pgettext("office hours", "%(opens)s–%(closes)s")
        % {"opens": time_format(opens, "TIME_FORMAT"), "closes": time_format(closes, "TIME_FORMAT")}
    )


def _date(day: date) -> str:
    return native_digits(date_format(day, "DATE_FORMAT"))


def describe_weekdays(weekdays: Iterable[int]) -> str:
    """Abbreviated weekdays, consecutive ones as ranges: "Mon–Thu, Sat"."""
    days = sorted(set(weekdays))
    runs: list[list[int]] = []
    for day in days:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts: list[str] = []
    for run in runs:
        if len(run) >= MIN_RANGE:
            parts.append(
                pgettext("weekday range", "%(first)s–%(last)s")
                % {"first": WEEKDAYS_ABBR[run[0]], "last": WEEKDAYS_ABBR[run[-1]]}
            )
        else:
            parts.extend(str(WEEKDAYS_ABBR[day]) for day in run)
    return pgettext("list separator", ", ").join(parts)


def _monthly_days(slot: MonthlySlot) -> str:
    phrases = {
        1: pgettext("office hours", "every first %(weekday)s of the month"),
        2: pgettext("office hours", "every second %(weekday)s of the month"),
        3: pgettext("office hours", "every third %(weekday)s of the month"),
        4: pgettext("office hours", "every fourth %(weekday)s of the month"),
        LAST: pgettext("office hours", "every last %(weekday)s of the month"),
    }
    return phrases[slot.ordinal] % {"weekday": WEEKDAYS[slot.weekday]}


def _validity(text: str, valid_from: date | None, valid_until: date | None) -> str:
    if valid_from and valid_until:
        return _("%(hours)s (from %(start)s to %(end)s)") % {
            "hours": text,
            "start": _date(valid_from),
            "end": _date(valid_until),
        }
    if valid_from:
        return _("%(hours)s (from %(start)s)") % {"hours": text, "start": _date(valid_from)}
    if valid_until:
        return _("%(hours)s (until %(end)s)") % {"hours": text, "end": _date(valid_until)}
    return text


def describe_slot(slot: Slot | SpecialDate) -> str:
    """One slot in words: "Mon, Fri 9:00–12:00", "every first Thursday of the month
    8:30–11:30 (by appointment only)", "11. April 2026 10:00–14:00"."""
    if isinstance(slot, SpecialDate):
        days = _date(slot.on)
    elif isinstance(slot, MonthlySlot):
        days = _monthly_days(slot)
    else:
        days = describe_weekdays(slot.weekdays)
    text = pgettext("office hours", "%(days)s %(hours)s") % {
        "days": days,
        "hours": _hours(slot.opens, slot.closes),
    }
    if isinstance(slot, SpecialDate):
        return text
    if slot.by_appointment:
        text = _("%(hours)s (by appointment only)") % {"hours": text}
    return _validity(text, slot.valid_from, slot.valid_until)


def describe_schedule(schedule: Schedule, today: date | None = None) -> list[str]:
    """One line per slot in the editor's order, then special dates and closures (those
    not over before ``today``, when given), then "and by appointment"."""
    lines = [describe_slot(slot) for slot in schedule.slots]
    for special in sorted(schedule.special_dates, key=lambda special: special.on):
        if today is None or special.on >= today:
            lines.append(describe_slot(special))
    for closure in sorted(schedule.closures, key=lambda closure: closure.starts_on):
        if today is not None and closure.ends_on < today:
            continue
        if closure.starts_on == closure.ends_on:
            line = _("closed on %(date)s") % {"date": _date(closure.starts_on)}
        else:
            line = _("closed from %(start)s to %(end)s") % {
                "start": _date(closure.starts_on),
                "end": _date(closure.ends_on),
            }
        if closure.reason:
            line = _("%(closed)s (%(reason)s)") % {"closed": line, "reason": closure.reason}
        lines.append(line)
    if schedule.appointments_also:
        lines.append(_("and by appointment"))
    return lines


def offered_items(schedule: Schedule, today: date) -> list[Slot | SpecialDate]:
    """The regular slots and the special dates not over before ``today``."""
    return [*schedule.slots, *(s for s in schedule.special_dates if s.on >= today)]


def times_offering(schedule: Schedule, need: Need, today: date) -> list[str]:
    """When ``need`` (a language, a mediator) is met, one phrase per slot ("Tue
    14:00–17:00", "every third Wednesday of the month 15:00–17:00"); empty when every slot
    meets it, so that a language offered throughout is not followed by the same hours
    again."""
    items = offered_items(schedule, today)
    meeting = [item for item in items if need.met_by(item)]
    if len(meeting) == len(items):
        return []
    return [describe_slot(item) for item in meeting]
