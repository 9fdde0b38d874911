"""Every date of a series page has its own way to register (or says why not), and the
home page's card leads to the next date's form, not to the series."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone, translation
from django.utils.html import escape

from hub.demo.factories.events import (
    EventIndexPageFactory,
    EventPageFactory,
    RegistrationFactory,
    translate_event,
)
from hub.events.models import EventPage, Occurrence, Repeat
from tests.events.calendar_support import occurrences
from tests.module_data import module_data

pytestmark = pytest.mark.django_db

ACTION = re.compile(r'<p class="event-entry__register">\s*(.*?)\s*</p>', re.S)


def text(code: str, msgid: str) -> str:
    with translation.override(code):
        return escape(translation.gettext(msgid))


def arabic_of(page: EventPage) -> EventPage:
    return EventPage.objects.get(translation_key=page.translation_key, locale__language_code="ar")


def soon(days: int):
    return timezone.localdate() + timedelta(days=days)


@module_data
def calendar(tree):
    return EventIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))


@module_data
def series(calendar):
    """Weekly from tomorrow, two seats a date; the first date's registration has closed
    (48 hours before), the second is full, the rest are open."""
    page = EventPageFactory(
        parent=calendar,
        starts_on=soon(1),
        repeat=Repeat.WEEKLY,
        repeat_until=soon(30),
        capacity=2,
        registration_closes_hours=48,
    )
    translate_event(page, "ar", title="لقاء التشبيك", slug="meeting")
    second = occurrences(page)[1]
    RegistrationFactory(occurrence=second, email="a@example.org", party_size=2)
    return page


@pytest.mark.parametrize("code", ["de", "ar"])
def test_each_date_of_a_series_has_its_own_register_button(client, series, code):
    dates = list(occurrences(series))
    page = series if code == "de" else arabic_of(series)
    html = client.get(page.url).content.decode()
    actions = ACTION.findall(html)
    assert len(actions) == len(dates) >= 4

    closed, full, *open_dates = actions
    assert text(code, "Registration closed") in closed and "<a " not in closed
    assert text(code, "Join the waiting list") in full
    assert f'href="{page.url}{dates[1].pk}/#registration"' in full
    for action, occurrence in zip(open_dates, dates[2:], strict=True):
        assert f'<a class="button" href="{page.url}{occurrence.pk}/#registration">' in action
        assert text(code, "Register") in action

    # The button leads to that date's form.
    target = client.get(f"{page.url}{dates[2].pk}/").content.decode()
    assert 'id="registration"' in target and 'name="email"' in target


def test_a_full_date_whose_registration_closed_is_fully_booked(client, calendar):
    page = EventPageFactory(
        parent=calendar,
        title="Kochabend",
        starts_on=soon(1),
        capacity=1,
        registration_closes_hours=48,
    )
    RegistrationFactory(occurrence=occurrences(page).get())
    html = client.get(page.url).content.decode()
    assert text("de", "Fully booked") in ACTION.findall(html)[0]


def test_the_home_card_leads_to_the_next_dates_form_not_the_series(client, series):
    dates = list(occurrences(series))
    # The first date's registration has closed; the next date is still the first one.
    html = client.get("/de/").content.decode()
    card = html.split('class="container next-meeting"')[1].split("</section>")[0]
    links = re.findall(r'href="([^"]+)"', card)
    assert f"{series.url}{dates[0].pk}/" in links
    assert series.url not in links  # never the series page itself
    assert text("de", "Registration closed") in card

    # Once that date is over, the card shows the next one, with its button to the form.
    Occurrence.objects.filter(pk=dates[0].pk).update(
        starts_at=timezone.now() - timedelta(hours=3), ends_at=timezone.now() - timedelta(hours=1)
    )
    html = client.get("/ar/").content.decode()
    card = html.split('class="container next-meeting"')[1].split("</section>")[0]
    arabic = arabic_of(series)
    assert f'href="{arabic.url}{dates[1].pk}/#registration"' in card
    assert text("ar", "Join the waiting list") in card
    assert f'href="{arabic.url}"' not in card
