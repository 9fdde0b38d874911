"""The friendly schedule becomes an RRULE and concrete dates, correct across DST."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from hub.demo.factories.events import (
    EventIndexPageFactory,
    EventPageFactory,
    RegistrationFactory,
    translate_event,
)
from hub.events.models import Occurrence, Repeat
from hub.events.occurrences import cancel_occurrence, move_occurrence
from hub.events.recurrence import build_rrule, describe_schedule, sync_occurrences
from tests.events.calendar_support import occurrences

BERLIN = ZoneInfo("Europe/Berlin")
# A fixed "now" so that DST changes and month ends are where the tests expect them.
NOW = datetime(2031, 1, 10, 12, 0, tzinfo=BERLIN)

pytestmark = pytest.mark.django_db


def local(occurrence: Occurrence) -> datetime:
    return timezone.localtime(occurrence.starts_at, BERLIN)


def series(tree, **fields):
    """An event created and synced as of ``NOW`` (the signal's sync used the real now)."""
    calendar = EventIndexPageFactory(parent=tree.homes["de"], translations=("en",))
    page = EventPageFactory(parent=calendar, **fields)
    Occurrence.objects.filter(event_key=page.translation_key).delete()
    sync_occurrences(page, now=NOW)
    return page


def test_first_tuesday_rule_and_dates_keep_18_00_across_both_dst_changes(tree):
    page = series(
        tree,
        starts_on=date(2031, 2, 4),
        repeat=Repeat.MONTHLY_WEEKDAY,
        repeat_until=date(2031, 12, 31),
    )
    assert page.rrule == "FREQ=MONTHLY;BYDAY=+1TU;UNTIL=20311231T225959Z"
    dates = [local(o) for o in occurrences(page)]
    assert [d.date() for d in dates] == [
        date(2031, 2, 4),
        date(2031, 3, 4),
        date(2031, 4, 1),
        date(2031, 5, 6),
        date(2031, 6, 3),
        date(2031, 7, 1),
        date(2031, 8, 5),
        date(2031, 9, 2),
        date(2031, 10, 7),
        date(2031, 11, 4),
        date(2031, 12, 2),
    ]
    assert {d.time() for d in dates} == {time(18, 0)}
    offsets = {d.date().month: d.utcoffset() for d in dates}
    assert offsets[3] == timedelta(hours=1) and offsets[4] == timedelta(hours=2)
    assert offsets[10] == timedelta(hours=2) and offsets[11] == timedelta(hours=1)
    # Stored in UTC: 17:00 in winter, 16:00 in summer.
    utc = {o.starts_at.astimezone(ZoneInfo("UTC")).hour for o in occurrences(page)}
    assert utc == {16, 17}
    assert all(
        local_end.hour == 20
        for local_end in (timezone.localtime(o.ends_at, BERLIN) for o in occurrences(page))
    )


def test_weekly_series_across_the_end_of_march_keeps_local_time(tree):
    page = series(
        tree,
        starts_on=date(2031, 3, 23),
        repeat=Repeat.WEEKLY,
        repeat_until=date(2031, 4, 6),
        start_time=time(18, 0),
    )
    assert page.rrule.startswith("FREQ=WEEKLY;BYDAY=SU")
    dates = [local(o) for o in occurrences(page)]
    assert [d.day for d in dates] == [23, 30, 6]
    assert [d.hour for d in dates] == [18, 18, 18]
    assert dates[0].utcoffset() != dates[1].utcoffset()


def test_last_friday_of_the_month(tree):
    page = series(
        tree,
        starts_on=date(2031, 1, 31),
        repeat=Repeat.MONTHLY_LAST_WEEKDAY,
        repeat_until=date(2031, 5, 31),
    )
    assert "BYDAY=-1FR" in page.rrule
    assert [local(o).date() for o in occurrences(page)] == [
        date(2031, 1, 31),
        date(2031, 2, 28),
        date(2031, 3, 28),
        date(2031, 4, 25),
        date(2031, 5, 30),
    ]


def test_monthly_on_the_same_date(tree):
    page = series(
        tree,
        starts_on=date(2031, 1, 15),
        repeat=Repeat.MONTHLY_DATE,
        repeat_until=date(2031, 4, 15),
    )
    assert page.rrule.startswith("FREQ=MONTHLY;BYMONTHDAY=15")
    assert [local(o).day for o in occurrences(page)] == [15, 15, 15, 15]


def test_until_date_is_inclusive_and_ends_the_series(tree):
    page = series(
        tree, starts_on=date(2031, 2, 4), repeat=Repeat.WEEKLY, repeat_until=date(2031, 2, 18)
    )
    assert [local(o).day for o in occurrences(page)] == [4, 11, 18]


@override_settings(HUB_EVENT_HORIZON_MONTHS=3)
def test_open_series_stops_at_the_horizon_and_the_command_rolls_it_forward(tree):
    page = series(tree, starts_on=date(2031, 2, 4), repeat=Repeat.MONTHLY_WEEKDAY)
    assert page.rrule == "FREQ=MONTHLY;BYDAY=+1TU"
    assert [local(o).month for o in occurrences(page)] == [2, 3, 4]
    later = NOW + timedelta(days=62)
    sync_occurrences(page, now=later)
    assert [local(o).month for o in occurrences(page)] == [2, 3, 4, 5, 6]


def test_management_command_extends_every_series_once(tree, settings):
    settings.HUB_EVENT_HORIZON_MONTHS = 2
    calendar = EventIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    today = timezone.localdate()
    page = EventPageFactory(
        parent=calendar, starts_on=today + timedelta(days=1), repeat=Repeat.WEEKLY
    )
    translate_event(page, "en")
    before = occurrences(page).count()
    settings.HUB_EVENT_HORIZON_MONTHS = 4
    call_command("extend_event_horizon", stdout=open("/dev/null", "w"))  # noqa: SIM115
    after = occurrences(page).count()
    assert after > before + 6
    # The translation shares the dates: no second set.
    assert Occurrence.objects.count() == after


def test_single_date_event_has_one_occurrence_and_no_rule(tree):
    calendar = EventIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    page = EventPageFactory(parent=calendar, starts_on=date(2031, 1, 20))
    assert page.rrule == ""
    assert occurrences(page).count() == 1


def test_publishing_a_translation_makes_no_second_set_of_dates(tree):
    calendar = EventIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    page = EventPageFactory(parent=calendar, repeat=Repeat.WEEKLY, repeat_until=None)
    count = occurrences(page).count()
    translation = translate_event(page, "ar", title="لقاء التشبيك")
    translation.save_revision().publish()
    assert Occurrence.objects.count() == count
    assert Occurrence.objects.filter(event_key=translation.translation_key).count() == count


def test_cancelled_and_moved_dates_survive_regeneration(tree):
    page = series(
        tree,
        starts_on=date(2031, 2, 4),
        repeat=Repeat.MONTHLY_WEEKDAY,
        repeat_until=date(2031, 6, 30),
    )
    first, second = list(occurrences(page))[:2]
    with timezone.override(BERLIN):
        cancel_occurrence(first, "Raum nicht verfügbar")
        new_start = datetime(2031, 3, 5, 19, 0, tzinfo=BERLIN)
        move_occurrence(second, new_start, new_start + timedelta(hours=2), "Feiertag")
    page.start_time = time(17, 0)
    page.end_time = time(19, 0)
    page.save_revision().publish()
    sync_occurrences(page, now=NOW)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == Occurrence.Status.CANCELLED and first.reason == "Raum nicht verfügbar"
    assert local(first).hour == 18
    assert second.status == Occurrence.Status.MOVED
    assert local(second) == new_start
    others = [o for o in occurrences(page) if o.pk not in (first.pk, second.pk)]
    assert {local(o).hour for o in others} == {17}
    assert occurrences(page).count() == 5


def test_changed_rule_drops_unregistered_dates_and_detaches_registered_ones(tree):
    page = series(
        tree,
        starts_on=date(2031, 2, 4),
        repeat=Repeat.MONTHLY_WEEKDAY,
        repeat_until=date(2031, 5, 31),
    )
    kept = list(occurrences(page))
    RegistrationFactory(occurrence=kept[2])
    page.starts_on = date(2031, 2, 11)  # second Tuesday from now on
    page.save_revision().publish()
    sync_occurrences(page, now=NOW)
    remaining = list(occurrences(page))
    days = [(local(o).month, local(o).day, o.detached) for o in remaining]
    assert days == [
        (2, 11, False),
        (3, 11, False),
        (4, 1, True),
        (4, 8, False),
        (5, 13, False),
    ]


def test_past_dates_are_history(tree):
    page = series(tree, starts_on=date(2031, 2, 4), repeat=Repeat.WEEKLY, repeat_until=None)
    first = occurrences(page).first()
    later = datetime(2031, 3, 1, 12, 0, tzinfo=BERLIN)
    page.repeat = Repeat.MONTHLY_WEEKDAY
    page.save()
    sync_occurrences(page, now=later)
    assert occurrences(page).filter(pk=first.pk).exists()


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"starts_on": date(2031, 1, 29), "repeat": Repeat.MONTHLY_WEEKDAY}, "repeat"),
        ({"starts_on": date(2031, 1, 23), "repeat": Repeat.MONTHLY_LAST_WEEKDAY}, "starts_on"),
        ({"starts_on": date(2031, 1, 30), "repeat": Repeat.MONTHLY_DATE}, "repeat"),
        ({"end_time": time(17, 0)}, "end_time"),
        (
            {"repeat": Repeat.WEEKLY, "repeat_until": date(2025, 1, 1)},
            "repeat_until",
        ),
    ],
)
def test_schedules_that_cannot_work_are_refused_with_a_reason(tree, fields, field):
    calendar = EventIndexPageFactory(parent=tree.homes["de"])
    page = EventPageFactory(parent=calendar, publish=False)
    for name, value in fields.items():
        setattr(page, name, value)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert field in error.value.message_dict
    assert build_rrule(page) == ""


def test_schedule_in_words(tree):
    calendar = EventIndexPageFactory(parent=tree.homes["de"])
    page = EventPageFactory(
        parent=calendar, starts_on=date(2031, 2, 4), repeat=Repeat.MONTHLY_WEEKDAY, publish=False
    )
    from django.utils import translation

    with translation.override("en"):
        assert describe_schedule(page).startswith("every first Tuesday of the month, 6")
