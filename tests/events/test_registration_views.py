"""The public registration flow: the form on a date's page, the confirmation and the
cancellation links (a GET never changes anything), spam protection, errors in Arabic."""

import re
import uuid

import pytest
from django.core import mail
from django.utils import translation
from django.utils.html import escape

from hub.demo.factories.events import EventPageFactory, translate_event
from hub.demo.factories.snippets import translated_terms
from hub.events.models import Registration
from hub.snippets.models import SpokenLanguage
from tests.events.calendar_support import occurrences
from tests.events.registration_support import (  # noqa: F401 - fixtures
    calendar_fixture,
    cancel_url,
    confirm_url,
    event_fixture,
    form_data,
    fresh_cache_fixture,
    occurrence_fixture,
    register_and_confirm,
    register_url,
)
from tests.mail_queue import run_mail_queue

Status = Registration.Status


def translated(code: str, msgid: str) -> str:
    with translation.override(code):
        return escape(translation.gettext(msgid))


@pytest.fixture(name="arabic_event")
def arabic_event_fixture(event):
    return translate_event(event, "ar")


def post(client, url, data, capture):
    with capture(execute=True):
        return client.post(url, data)


@pytest.mark.django_db
def test_register_confirm_and_cancel_through_the_emailed_links(
    client, arabic_event, occurrence, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    url = register_url(arabic_event, occurrence)
    assert url.startswith("/ar/")
    response = post(client, url, form_data(), capture)
    assert response.status_code == 302
    assert response["Location"].endswith("?sent=1")
    assert client.get(response["Location"]).status_code == 200

    registration = Registration.objects.get()
    assert registration.email == "samira@example.org"
    assert registration.language == "ar"
    assert registration.status == Status.PENDING
    assert run_mail_queue() == 1
    message = mail.outbox[0]
    assert message.extra_headers["Content-Language"] == "ar"
    link = re.search(r"https?://\S+/confirm/[0-9a-f-]+/", message.body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]
    assert path.startswith("ar/")

    # Opening the link (or a mail scanner prefetching it) only shows a button.
    assert client.get("/" + path).status_code == 200
    registration.refresh_from_db()
    assert registration.status == Status.PENDING
    response = post(client, "/" + path, {}, capture)
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED

    run_mail_queue()
    confirmed = mail.outbox[-1]
    assert confirmed.attachments[0][0] == "event.ics"
    cancel = re.search(r"https?://\S+/cancel/[0-9a-f-]+/", confirmed.body).group(0)
    cancel_path = "/" + cancel.split("://", 1)[1].split("/", 1)[1]
    assert client.get(cancel_path).status_code == 200
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED, "GET must not cancel"
    response = post(client, cancel_path, {}, capture)
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == Status.CANCELLED
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.django_db
def test_wrong_token_changes_nothing_and_says_so(
    client, event, occurrence, django_capture_on_commit_callbacks
):
    registration = register_and_confirm(django_capture_on_commit_callbacks, occurrence)
    wrong = event.url + event.reverse_subpage("cancel_route", args=[uuid.uuid4()])
    for response in (client.get(wrong), client.post(wrong)):
        assert response.status_code == 404
        assert translated("de", "This link is not valid. Nothing has been changed.") in (
            response.content.decode()
        )
    # A confirmation token is no cancellation token.
    swapped = event.url + event.reverse_subpage("cancel_route", args=[registration.confirm_token])
    assert client.post(swapped).status_code == 404
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


@pytest.mark.django_db
def test_token_of_another_event_is_unknown_here(
    client, calendar, occurrence, django_capture_on_commit_callbacks
):
    registration = register_and_confirm(django_capture_on_commit_callbacks, occurrence)
    other = EventPageFactory(parent=calendar, title="Sprachcafé")
    response = client.post(cancel_url(other, registration))
    assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


@pytest.mark.django_db
def test_full_date_confirms_onto_the_waiting_list_and_says_so(
    client, event, occurrence, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    for n in (1, 2):
        register_and_confirm(capture, occurrence, n)
    post(client, register_url(event, occurrence), form_data(language="de"), capture)
    registration = Registration.objects.get(email="samira@example.org")
    post(client, confirm_url(event, registration), {}, capture)
    registration.refresh_from_db()
    assert registration.status == Status.WAITLISTED
    page = client.get(confirm_url(event, registration)).content.decode()
    assert translated("de", "You are on the waiting list") in page


@pytest.mark.django_db
def test_honeypot_gets_the_thank_you_and_nothing_is_stored(
    client, event, occurrence, django_capture_on_commit_callbacks
):
    response = post(
        client,
        register_url(event, occurrence),
        form_data(homepage="https://spam.example"),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    assert response["Location"].endswith("?sent=1")
    assert not Registration.objects.exists()
    assert run_mail_queue() == 0


@pytest.mark.django_db
def test_errors_in_arabic_with_the_input_kept(
    client, arabic_event, occurrence, django_capture_on_commit_callbacks
):
    response = post(
        client,
        register_url(arabic_event, occurrence),
        form_data(email="keine-adresse", consent=None, name="سميرة", organisation="مقهى"),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert 'lang="ar"' in page and 'dir="rtl"' in page
    assert translated("ar", "Enter a valid email address.") in page
    assert translated("ar", "Please agree to the privacy notice.") in page
    assert (
        translated("ar", "Please agree to the privacy notice.")
        != "Please agree to the privacy notice."
    )
    assert 'value="سميرة"' in page
    assert 'value="مقهى"' in page
    assert 'value="keine-adresse"' in page
    assert not Registration.objects.exists()


@pytest.mark.django_db
def test_interpretation_is_asked_only_when_offered(
    client, calendar, tree, django_capture_on_commit_callbacks
):
    terms = translated_terms()
    languages = [term for term in terms.values() if isinstance(term, SpokenLanguage)]
    assert languages
    plain = EventPageFactory(parent=calendar, title="Infoabend")
    offered = EventPageFactory(
        parent=calendar, title="Sprachcafé", interpretation=True, spoken_languages=languages
    )
    plain_page = client.get(
        plain.url + plain.reverse_subpage("occurrence_route", args=[occurrences(plain).get().pk])
    ).content.decode()
    assert 'name="interpretation_into"' not in plain_page
    occurrence = occurrences(offered).get()
    offered_page = client.get(
        offered.url + offered.reverse_subpage("occurrence_route", args=[occurrence.pk])
    ).content.decode()
    assert 'name="interpretation_into"' in offered_page

    assert f'value="{languages[0].code}"' in offered_page

    url = register_url(offered, occurrence)
    capture = django_capture_on_commit_callbacks
    post(
        client,
        url,
        form_data(interpretation_into="other", interpretation_other="Tigrinya"),
        capture,
    )
    post(
        client,
        url,
        form_data(email="b@example.org", interpretation_into=languages[0].code),
        capture,
    )
    stored = dict(Registration.objects.values_list("email", "interpretation_into"))
    assert stored == {"samira@example.org": "Tigrinya", "b@example.org": languages[0].name}
