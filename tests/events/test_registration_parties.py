"""A registration for several people (a family): the form's "number of people", the seats
it takes everywhere (page figure, confirmation, waiting list, cancellation), the editors'
lists and the e-mails."""

import csv
import io
import re

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from hub.core.digits import native_digits
from hub.demo.factories.events import EventPageFactory, translate_event
from hub.demo.factories.snippets import translated_terms
from hub.demo.factories.users import UserFactory
from hub.events import seats
from hub.events.models import Registration
from hub.snippets.models import SpokenLanguage
from tests.events.calendar_support import occurrences
from tests.events.registration_support import (  # noqa: F401 - fixtures
    calendar_fixture,
    cancel_url,
    confirm,
    confirm_url,
    form_data,
    fresh_cache_fixture,
    register,
    register_url,
)
from tests.mail_queue import run_mail_queue

Status = Registration.Status
pytestmark = pytest.mark.django_db


def seats_sentence(code: str, n: int) -> str:
    """The date page's "n seats left" in ``code``, with the language's digits."""
    with translation.override(code):
        sentence = translation.ngettext("%(seats)s seat left", "%(seats)s seats left", n)
        return native_digits(sentence % {"seats": n})


def post(client, url, data, capture):
    with capture(execute=True):
        return client.post(url, data)


@pytest.fixture(name="family_event")
def family_event_fixture(calendar):
    """Five seats, at most four people per registration, interpretation offered."""
    terms = translated_terms()
    return EventPageFactory(
        parent=calendar,
        capacity=5,
        max_party_size=4,
        interpretation=True,
        spoken_languages=[terms["arabisch"]],
    )


def test_a_family_takes_as_many_seats_as_it_has_members(
    client, family_event, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    occurrence = occurrences(family_event).get()
    page_url = family_event.url + family_event.reverse_subpage(
        "occurrence_route", args=[occurrence.pk]
    )
    assert seats_sentence("de", 5) in client.get(page_url).content.decode()

    # Arabic-Indic digits are read as well: "٣" is three.
    response = post(
        client, register_url(family_event, occurrence), form_data(party_size="٣"), capture
    )
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.party_size == 3
    post(client, confirm_url(family_event, registration), {}, capture)
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED
    assert seats_sentence("de", 2) in client.get(page_url).content.decode()

    # A second family of three does not fit into the two seats left: all three wait.
    second = register(capture, occurrence, 2, party_size=3)
    second = confirm(capture, second)
    assert second.status == Status.WAITLISTED
    single = confirm(capture, register(capture, occurrence, 3))
    assert single.status == Status.CONFIRMED
    assert seats.seats_left(occurrence) == 1

    # The first family cancels: its three seats are free, the waiting family (first on
    # the list, and now it fits) gets them.
    post(client, cancel_url(family_event, registration), {}, capture)
    second.refresh_from_db()
    assert second.status == Status.CONFIRMED
    assert seats.seats_left(occurrence) == 1
    assert seats_sentence("de", 1) in client.get(page_url).content.decode()

    # One more family of two: full, so it waits, and the page says so.
    assert confirm(capture, register(capture, occurrence, 4, party_size=2)).status == (
        Status.WAITLISTED
    )
    confirm(capture, register(capture, occurrence, 5))
    html = client.get(page_url).content.decode()
    assert escape(_de("All seats are taken – you can join the waiting list.")) in html


def _de(msgid: str) -> str:
    with translation.override("de"):
        return translation.gettext(msgid)


def test_promotion_gives_the_seats_to_the_first_waiting_party_that_fits(
    family_event, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    occurrence = occurrences(family_event).get()
    seated = [confirm(capture, register(capture, occurrence, n, party_size=2)) for n in (1, 2)]
    assert [r.status for r in seated] == [Status.CONFIRMED] * 2  # 4 of 5 seats
    family = confirm(capture, register(capture, occurrence, 3, party_size=4))
    pair = confirm(capture, register(capture, occurrence, 4, party_size=2))
    alone = confirm(capture, register(capture, occurrence, 5))
    assert alone.status == Status.CONFIRMED  # the fifth seat
    assert (family.status, pair.status) == (Status.WAITLISTED, Status.WAITLISTED)

    # A pair cancels: two seats free. The family of four does not fit and keeps the head
    # of the list; the pair behind it fits and is promoted.
    with capture(execute=True):
        from hub.events import services

        services.cancel(seated[0].cancel_token)
    family.refresh_from_db()
    pair.refresh_from_db()
    assert (family.status, pair.status) == (Status.WAITLISTED, Status.CONFIRMED)
    assert seats.seats_taken(occurrence) == 5


@pytest.mark.parametrize("typed", ["5", "0", "viele"])
def test_a_party_beyond_the_limit_gets_a_clear_error_and_keeps_what_was_typed(
    client, family_event, django_capture_on_commit_callbacks, typed
):
    occurrence = occurrences(family_event).get()
    response = post(
        client,
        register_url(family_event, occurrence),
        form_data(party_size=typed, name="Familie Haddad"),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 200
    assert not Registration.objects.exists()
    html = response.content.decode()
    message = escape(_de("Please enter a number from 1 to %(largest)s.") % {"largest": 4})
    summary = html.split('id="error-summary"')[1].split("</div>")[0]
    assert 'href="#id_party_size"' in summary and message in summary
    assert 'value="Familie Haddad"' in html
    assert f'value="{typed}"' in html


def test_the_limit_is_never_more_than_the_seats_and_one_means_no_field(client, calendar):
    small = EventPageFactory(parent=calendar, title="Klein", capacity=2, max_party_size=6)
    alone = EventPageFactory(parent=calendar, title="Einzeln", max_party_size=1)
    small_date = occurrences(small).get()
    assert seats.max_party_size(small_date) == 2
    html = client.get(f"{small.url}{small_date.pk}/").content.decode()
    assert 'name="party_size"' in html
    alone_date = occurrences(alone).get()
    assert 'name="party_size"' not in client.get(f"{alone.url}{alone_date.pk}/").content.decode()


@pytest.mark.parametrize("code", ["ar", "de"])
def test_mails_state_the_people_and_the_interpretation_in_the_registrants_language(
    client, family_event, django_capture_on_commit_callbacks, code
):
    capture = django_capture_on_commit_callbacks
    translate_event(family_event, "ar")
    occurrence = occurrences(family_event).get()
    term = SpokenLanguage.objects.get(code="ar", locale__language_code="de")
    data = form_data(party_size="3", language=code, interpretation_into=term.code)
    assert post(client, register_url(family_event, occurrence), data, capture).status_code == 302
    registration = Registration.objects.get()
    assert registration.interpretation_code == "ar"
    assert registration.interpretation_into == term.name  # what editors read (German)

    with translation.override(code):
        people = native_digits(
            translation.ngettext(
                "Registered: %(people)s person", "Registered: %(people)s people", 3
            )
            % {"people": 3}
        )
        local_name = SpokenLanguage.objects.get(code="ar", locale__language_code=code).name
        asked = translation.gettext("You asked for interpretation into %(language)s.") % {
            "language": local_name
        }
    run_mail_queue()
    confirm(capture, registration)
    run_mail_queue()
    bodies = [message.body for message in mail.outbox]
    assert len(bodies) == 2  # "please confirm", "you are registered"
    for body in bodies:
        assert people in body
        assert asked in body
    if code == "ar":
        assert "العربية" in asked


def test_editors_see_and_export_the_number_of_people(
    client, family_event, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    occurrence = occurrences(family_event).get()
    confirm(capture, register(capture, occurrence, 1, party_size=3))
    confirm(capture, register(capture, occurrence, 2))
    confirm(capture, register(capture, occurrence, 3, party_size=4))  # waits
    editor = UserFactory(username="redaktion", password="pw-12345", groups=["Editors"])
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)

    overview = client.get(reverse("events_registration_overview")).content.decode()
    row = overview.split(family_event.title)[1]
    assert re.search(r'data-count="confirmed">\s*2\s*<span data-people="confirmed">\(4 ', row)
    assert re.search(r'data-count="waitlisted">\s*1\s*<span data-people="waitlisted">\(4 ', row)

    sheet = client.get(reverse("events_attendance", args=[occurrence.pk])).content.decode()
    assert re.findall(r'data-people="(\d+)"', sheet) == ["3", "1", "4"]

    response = client.get(reverse("events_registration_modeladmin_index") + "?export=csv")
    export = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(export)))
    # modeladmin title-cases the field's verbose name
    label = _de("Number of people").lower()
    column = next(i for i, name in enumerate(rows[0]) if name.lower() == label)
    assert sorted(row[column] for row in rows[1:]) == ["1", "3", "4"]
