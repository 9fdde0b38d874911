"""Dates and technical tokens of the calendar in each language's own way: the month
agenda names days as the language does ("December 1", "1. Dezember", "١ ديسمبر"), and
"(.ics)" stays in one piece on right-to-left pages."""

import re
from datetime import date

import pytest
from django.utils import timezone, translation
from django.utils.formats import date_format

from hub.core.digits import native_digits
from hub.demo.factories.events import EventIndexPageFactory, EventPageFactory
from tests.module_data import module_data

pytestmark = pytest.mark.django_db

FULL_DAY = re.compile(r'<span class="month-grid__full">([^<]*)</span>')
EXPECTED_FIRST = {"en": "December 1", "de": "1. Dezember", "ar": "١ ديسمبر", "fa": "۱ دسامبر"}


@module_data
def calendar(tree):
    return EventIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar", "fa"))


def next_month() -> date:
    today = timezone.localdate()
    return date(today.year + today.month // 12, today.month % 12 + 1, 1)


@pytest.mark.parametrize("code", ["en", "de", "ar", "fa"])
def test_month_agenda_names_days_in_the_languages_pattern(client, calendar, code):
    month = next_month()
    prefix = {"de": "/de/kalender/"}.get(code, f"/{code}/calendar/")
    response = client.get(prefix, {"month": f"{month:%Y-%m}"})
    assert response.status_code == 200
    days = FULL_DAY.findall(response.content.decode())
    assert days, "the agenda lists its days"
    with translation.override(code):
        first = native_digits(date_format(month, "MONTH_DAY_FORMAT"))
    assert first in days
    if code != "de":
        # German's "1." ordinal dot belongs to German only.
        assert not any(re.search(r"\d\.", day) or day.startswith(".") for day in days)
    # Fixed December for a reader to check by eye, whatever today's month is.
    with translation.override(code):
        assert (
            native_digits(date_format(date(2026, 12, 1), "MONTH_DAY_FORMAT"))
            == (EXPECTED_FIRST[code])
        )


@pytest.mark.parametrize("code", ["ar", "fa", "de"])
def test_ics_token_is_its_own_left_to_right_island(client, calendar, code):
    event = EventPageFactory(parent=calendar)
    html = client.get(event.url if code == "de" else f"/{code}/calendar/").content.decode()
    assert '<bdi dir="ltr">(.ics)</bdi>' in html
