"""The office-hours engine: weekly and monthly slots, closures, special dates, "open now"
at its boundaries and across the daylight-saving changes, schema.org and words."""

import json
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.test import override_settings
from django.utils import translation

from hub.network.hours import (
    LAST,
    Closure,
    MonthlySlot,
    Schedule,
    SpecialDate,
    WeeklySlot,
    is_open,
    next_opening,
    openings,
)
from hub.network.hours_schema import opening_hours_specification
from hub.network.hours_text import describe_schedule, describe_slot, describe_weekdays

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
NINE, NOON = time(9), time(12)


BERLIN = ZoneInfo("Europe/Berlin")


def berlin(*args) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def weekly(*weekdays, opens=NINE, closes=NOON, **kwargs) -> WeeklySlot:
    return WeeklySlot(frozenset(weekdays), opens, closes, **kwargs)


def days_of(schedule: Schedule, first: date, last: date) -> list[date]:
    found = openings(
        schedule,
        berlin(first.year, first.month, first.day),
        berlin(last.year, last.month, last.day, 23, 59),
    )
    return [opening.starts_at.date() for opening in found]


@override_settings(TIME_ZONE="Europe/Vienna")
def test_slots_are_wall_clock_times_of_the_time_zone_setting():
    """9:00 is 9:00 where the network is; the engine reads the setting on every call."""
    vienna = ZoneInfo("Europe/Vienna")
    (opening,) = openings(Schedule((weekly(MON),)), berlin(2026, 1, 5), berlin(2026, 1, 6))
    assert opening.starts_at.tzinfo == vienna
    assert opening.starts_at == datetime(2026, 1, 5, 9, tzinfo=vienna)


@override_settings(TIME_ZONE="America/New_York")
def test_open_now_follows_the_time_zone_setting():
    new_york = ZoneInfo("America/New_York")
    schedule = Schedule((weekly(MON),))
    # 9:30 in New York is 15:30 in Berlin; 9:30 in Berlin is 3:30 in New York.
    assert is_open(schedule, datetime(2026, 1, 5, 9, 30, tzinfo=new_york))
    assert is_open(schedule, berlin(2026, 1, 5, 9, 30)) is None


def test_weekly_slot_opens_at_its_wall_clock_time_with_its_languages():
    slot = weekly(MON, languages=("ar", "fa"), mediator=True)
    found = openings(Schedule((slot,)), berlin(2026, 1, 5), berlin(2026, 1, 12))

    assert len(found) == 1
    assert found[0].starts_at == berlin(2026, 1, 5, 9)
    assert found[0].ends_at == berlin(2026, 1, 5, 12)
    assert found[0].languages == ("ar", "fa")
    assert found[0].mediator is True
    assert found[0].by_appointment is False
    assert found[0].source is slot


def test_several_weekdays_and_slots_come_sorted():
    schedule = Schedule((weekly(TUE, WED, THU, opens=time(14), closes=time(16)), weekly(MON, FRI)))
    found = openings(schedule, berlin(2026, 1, 5), berlin(2026, 1, 12))

    assert [opening.starts_at for opening in found] == [
        berlin(2026, 1, 5, 9),
        berlin(2026, 1, 6, 14),
        berlin(2026, 1, 7, 14),
        berlin(2026, 1, 8, 14),
        berlin(2026, 1, 9, 9),
    ]


@pytest.mark.parametrize(
    ("ordinal", "expected"),
    [
        (1, [date(2026, 1, 1), date(2026, 2, 5), date(2026, 3, 5)]),
        (2, [date(2026, 1, 8), date(2026, 2, 12), date(2026, 3, 12)]),
        # January 2026 has five Thursdays: the fourth is not the last.
        (4, [date(2026, 1, 22), date(2026, 2, 26), date(2026, 3, 26)]),
        (LAST, [date(2026, 1, 29), date(2026, 2, 26), date(2026, 3, 26)]),
    ],
)
def test_monthly_ordinal_weekday(ordinal, expected):
    schedule = Schedule((MonthlySlot(THU, ordinal, time(8, 30), time(11, 30)),))

    assert days_of(schedule, date(2026, 1, 1), date(2026, 3, 31)) == expected


def test_closure_spanning_slots_removes_them():
    schedule = Schedule(
        (weekly(MON),), closures=(Closure(date(2026, 1, 10), date(2026, 1, 19), "Renovation"),)
    )

    assert days_of(schedule, date(2026, 1, 1), date(2026, 1, 31)) == [
        date(2026, 1, 5),
        date(2026, 1, 26),
    ]


def test_special_date_replaces_the_regular_slot_that_day():
    special = SpecialDate(date(2026, 1, 12), time(14), time(16), languages=("uk",))
    schedule = Schedule(
        (weekly(MON), weekly(MON, opens=time(13), closes=time(14))), special_dates=(special,)
    )
    found = openings(schedule, berlin(2026, 1, 12), berlin(2026, 1, 20))

    assert [(o.starts_at, o.ends_at) for o in found] == [
        (berlin(2026, 1, 12, 14), berlin(2026, 1, 12, 16)),
        (berlin(2026, 1, 19, 9), berlin(2026, 1, 19, 12)),
        (berlin(2026, 1, 19, 13), berlin(2026, 1, 19, 14)),
    ]
    assert found[0].source is special
    assert found[0].languages == ("uk",)


def test_special_date_opens_a_day_inside_a_closure():
    schedule = Schedule(
        (weekly(MON),),
        closures=(Closure(date(2026, 8, 1), date(2026, 8, 31), "Summer break"),),
        special_dates=(SpecialDate(date(2026, 8, 17), time(10), time(12)),),
    )

    assert days_of(schedule, date(2026, 8, 1), date(2026, 8, 31)) == [date(2026, 8, 17)]


def test_valid_from_and_until_are_inclusive():
    slot = weekly(MON, valid_from=date(2026, 1, 12), valid_until=date(2026, 1, 19))
    monthly = MonthlySlot(THU, 1, NINE, NOON, valid_from=date(2026, 2, 1))

    assert days_of(Schedule((slot,)), date(2026, 1, 1), date(2026, 1, 31)) == [
        date(2026, 1, 12),
        date(2026, 1, 19),
    ]
    assert days_of(Schedule((monthly,)), date(2026, 1, 1), date(2026, 2, 28)) == [date(2026, 2, 5)]


def test_by_appointment_slots_are_listed_but_never_open():
    appointments = weekly(WED, by_appointment=True)
    schedule = Schedule((appointments, weekly(FRI)))

    listed = openings(schedule, berlin(2026, 1, 5), berlin(2026, 1, 10))
    assert [(o.starts_at.date(), o.by_appointment) for o in listed] == [
        (date(2026, 1, 7), True),
        (date(2026, 1, 9), False),
    ]
    assert is_open(schedule, berlin(2026, 1, 7, 10)) is None
    assert next_opening(schedule, berlin(2026, 1, 5)).starts_at == berlin(2026, 1, 9, 9)
    assert next_opening(Schedule((appointments,)), berlin(2026, 1, 5)) is None


def test_open_now_opens_inclusive_closes_exclusive():
    schedule = Schedule((weekly(MON),))
    tick = timedelta(microseconds=1)

    assert is_open(schedule, berlin(2026, 1, 5, 9) - tick) is None
    assert is_open(schedule, berlin(2026, 1, 5, 9)).starts_at == berlin(2026, 1, 5, 9)
    assert is_open(schedule, berlin(2026, 1, 5, 12) - tick) is not None
    assert is_open(schedule, berlin(2026, 1, 5, 12)) is None


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="aware"):
        is_open(Schedule((weekly(MON),)), datetime(2026, 1, 5, 10))


def test_next_opening_skips_a_closure():
    schedule = Schedule((weekly(MON),), closures=(Closure(date(2026, 1, 10), date(2026, 1, 20)),))

    assert next_opening(schedule, berlin(2026, 1, 5, 12)).starts_at == berlin(2026, 1, 26, 9)


def test_next_opening_crosses_the_month_end():
    monthly = Schedule((MonthlySlot(THU, 1, time(8, 30), time(11, 30)),))

    assert next_opening(monthly, berlin(2026, 1, 1, 8, 31)).starts_at == berlin(2026, 2, 5, 8, 30)
    assert next_opening(Schedule((weekly(FRI),)), berlin(2026, 1, 31)).starts_at == berlin(
        2026, 2, 6, 9
    )


def test_next_opening_is_not_the_current_one():
    schedule = Schedule((weekly(MON),))
    during = berlin(2026, 1, 5, 10)

    assert next_opening(schedule, during).starts_at == berlin(2026, 1, 12, 9)
    assert next_opening(schedule, berlin(2026, 1, 5, 12)).starts_at == berlin(2026, 1, 12, 9)
    assert next_opening(schedule, berlin(2026, 1, 5, 9)).starts_at == berlin(2026, 1, 5, 9)


def test_next_opening_looks_no_further_than_the_horizon():
    schedule = Schedule((MonthlySlot(THU, LAST, NINE, NOON),))

    assert next_opening(schedule, berlin(2026, 1, 30), horizon_days=20) is None
    assert next_opening(schedule, berlin(2026, 1, 30)).starts_at == berlin(2026, 2, 26, 9)


def test_spring_forward_keeps_nine_oclock_local():
    schedule = Schedule((weekly(MON),))
    tick = timedelta(microseconds=1)

    # Winter (UTC+1) before the last Sunday of March, summer (UTC+2) after it.
    assert next_opening(schedule, utc(2026, 3, 27)).starts_at == utc(2026, 3, 30, 7)
    assert is_open(schedule, utc(2026, 3, 23, 8)) is not None
    assert is_open(schedule, utc(2026, 3, 23, 8) - tick) is None
    assert is_open(schedule, utc(2026, 3, 30, 7)) is not None
    assert is_open(schedule, utc(2026, 3, 30, 7) - tick) is None
    assert is_open(schedule, utc(2026, 3, 30, 10) - tick) is not None
    assert is_open(schedule, utc(2026, 3, 30, 10)) is None


def test_fall_back_keeps_nine_oclock_local():
    schedule = Schedule((weekly(MON),))
    tick = timedelta(microseconds=1)

    assert is_open(schedule, utc(2026, 10, 19, 7)) is not None
    assert is_open(schedule, utc(2026, 10, 19, 10)) is None
    assert is_open(schedule, utc(2026, 10, 26, 8) - tick) is None
    assert is_open(schedule, utc(2026, 10, 26, 8)) is not None
    assert is_open(schedule, utc(2026, 10, 26, 11) - tick) is not None
    assert is_open(schedule, utc(2026, 10, 26, 11)) is None


@pytest.mark.parametrize(
    ("day", "starts", "ends", "night_hours"),
    [
        (date(2026, 3, 29), utc(2026, 3, 29, 8), utc(2026, 3, 29, 12), 2),
        (date(2026, 10, 25), utc(2026, 10, 25, 9), utc(2026, 10, 25, 13), 4),
    ],
)
def test_opening_on_the_day_the_clocks_change(day, starts, ends, night_hours):
    sunday = MonthlySlot(SUN, LAST, time(10), time(14))
    night = weekly(SUN, opens=time(1), closes=time(4))
    found = openings(Schedule((sunday, night)), berlin(day.year, day.month, day.day), ends)
    by_source = {opening.source: opening for opening in found}

    assert by_source[sunday].starts_at == starts
    assert by_source[sunday].ends_at == ends
    assert is_open(Schedule((sunday,)), starts) is not None
    assert is_open(Schedule((sunday,)), ends) is None
    # 1:00–4:00 loses an hour in spring and gains one in autumn.
    assert by_source[night].duration == timedelta(hours=night_hours)


def test_schema_org_specification():
    schedule = Schedule(
        (
            weekly(MON, FRI, valid_until=date(2026, 12, 31)),
            weekly(WED, by_appointment=True),
            MonthlySlot(THU, 1, time(8, 30), time(11, 30)),
        ),
        closures=(
            Closure(date(2025, 12, 22), date(2025, 12, 23)),
            Closure(date(2026, 2, 2), date(2026, 2, 8), "Team retreat"),
        ),
        special_dates=(SpecialDate(date(2026, 2, 5), time(14), time(16)),),
    )
    specs = opening_hours_specification(schedule, today=date(2026, 1, 10))

    assert json.loads(json.dumps(specs)) == specs
    assert all(spec["@type"] == "OpeningHoursSpecification" for spec in specs)
    assert specs[0] == {
        "@type": "OpeningHoursSpecification",
        "dayOfWeek": ["https://schema.org/Monday", "https://schema.org/Friday"],
        "opens": "09:00",
        "closes": "12:00",
        "validThrough": "2026-12-31",
    }
    dated = [(s["validFrom"], s["validThrough"], s["opens"], s["closes"]) for s in specs[1:]]
    assert dated == [
        # The special date opens inside the closure, which is split around it.
        ("2026-02-02", "2026-02-04", "00:00", "00:00"),
        ("2026-02-05", "2026-02-05", "14:00", "16:00"),
        ("2026-02-06", "2026-02-08", "00:00", "00:00"),
        ("2026-03-05", "2026-03-05", "08:30", "11:30"),
        ("2026-04-02", "2026-04-02", "08:30", "11:30"),
    ]


def test_slots_refuse_impossible_values():
    with pytest.raises(ValueError):
        weekly(MON, opens=NOON, closes=NINE)
    with pytest.raises(ValueError):
        MonthlySlot(THU, 5, NINE, NOON)
    with pytest.raises(ValueError):
        WeeklySlot(frozenset({7}), NINE, NOON)
    with pytest.raises(ValueError):
        Closure(date(2026, 2, 2), date(2026, 2, 1))


def test_weekdays_group_into_ranges():
    with translation.override("en"):
        assert describe_weekdays({MON, TUE, WED, THU, SAT}) == "Mon–Thu, Sat"
        assert describe_weekdays({FRI, MON}) == "Mon, Fri"
        assert describe_weekdays({SAT, SUN}) == "Sat, Sun"


def test_describe_schedule_in_english():
    schedule = Schedule(
        (weekly(MON, FRI), MonthlySlot(THU, 1, time(8, 30), time(11, 30), by_appointment=True)),
        closures=(Closure(date(2026, 8, 3), date(2026, 8, 14), "summer break"),),
        appointments_also=True,
    )
    with translation.override("en"):
        lines = describe_schedule(schedule)

    assert lines[0].startswith("Mon, Fri ")
    assert lines[1].startswith("every first Thursday of the month 8:30")
    assert lines[1].endswith("(by appointment only)")
    assert lines[2].startswith("closed from ")
    assert "summer break" in lines[2]
    assert lines[3] == "and by appointment"
    assert len(lines) == 4


def test_describe_in_german():
    with translation.override("de"):
        weekly_text = describe_slot(weekly(MON, TUE, WED, THU))
        monthly_text = describe_slot(MonthlySlot(THU, LAST, time(8, 30), time(11, 30)))

    assert "Mo" in weekly_text
    assert "Do" in weekly_text
    assert "Di" not in weekly_text
    assert "09:00" in weekly_text
    assert "12:00" in weekly_text
    assert "Donnerstag" in monthly_text
    assert "08:30" in monthly_text
    assert "11:30" in monthly_text


def test_describe_in_arabic():
    with translation.override("ar"):
        weekly_text = describe_slot(weekly(SAT))
        monthly_text = describe_slot(MonthlySlot(MON, 2, time(8, 30), time(11, 30)))

    assert "سبت" in weekly_text
    assert "الاثنين" in monthly_text
    assert "٨:٣٠" in monthly_text  # Arabic-Indic digits, as Arabic writes times
    assert "١١:٣٠" in monthly_text
