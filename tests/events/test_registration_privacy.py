"""Registering reveals nothing and locks nobody out.

- A known address gets the very same answer as a new one ("check your inbox"), for a
  pending, a confirmed and a waiting-list registration alike; the e-mail tells the
  owner of the address what happened, in the language used for the new attempt.
- The rate limit counts per e-mail address and date: 30 people registering over one
  shelter's connection all get through, while one address sent again and again is
  stopped, with everything typed kept.
"""

import re

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import translation
from django.utils.html import escape

from hub.core.antispam import ADDRESS_RATE_LIMIT_MESSAGE
from hub.demo.factories.events import translate_event
from hub.events.models import Registration
from tests.events.registration_support import (  # noqa: F401 - fixtures
    calendar_fixture,
    confirm,
    event_fixture,
    form_data,
    fresh_cache_fixture,
    occurrence_fixture,
    register,
    register_and_confirm,
    register_url,
)
from tests.mail_queue import run_mail_queue

Status = Registration.Status
SHELTER = "203.0.113.50"
_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


def post(client, url, data, capture, ip=SHELTER):
    with capture(execute=True):
        return client.post(url, data, REMOTE_ADDR=ip)


def answer(client, url, data, capture) -> tuple:
    """Everything the visitor sees: status, redirect target and the page it leads to
    (without the per-request CSRF token)."""
    response = post(client, url, data, capture)
    shown = client.get(response["Location"]) if response.status_code == 302 else response
    return (
        response.status_code,
        response.get("Location"),
        shown.status_code,
        _CSRF.sub("", shown.content.decode()),
    )


@pytest.fixture(name="english_event")
def english_event_fixture(event):
    return translate_event(event, "en")


@pytest.mark.django_db
@pytest.mark.parametrize("status", [Status.PENDING, Status.CONFIRMED, Status.WAITLISTED])
def test_a_known_address_gets_the_same_answer_and_its_owner_the_e_mail(
    client, event, english_event, occurrence, status, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    # Two seats: two others take them, so that a confirmation puts Samira on the waitlist.
    if status == Status.WAITLISTED:
        for n in (1, 2):
            register_and_confirm(capture, occurrence, n)
    known = register(capture, occurrence, "known", email="samira@example.org", language="ar")
    if status != Status.PENDING:
        known = confirm(capture, known)
    assert known.status == status
    run_mail_queue()
    mail.outbox.clear()

    url = register_url(english_event, occurrence)
    new = answer(client, url, form_data(email="new@example.org", language="en"), capture)
    again = answer(client, url, form_data(email="Samira@Example.org", language="en"), capture)
    assert new[0] == 302
    assert again == new, "byte-identical answers for a new and a known address"

    assert Registration.objects.filter(email="samira@example.org").count() == 1
    assert run_mail_queue() == 2
    to_new, to_known = sorted(mail.outbox, key=lambda message: message.to[0] != "new@example.org")
    assert str(Registration.objects.get(email="new@example.org").confirm_token) in to_new.body
    # The owner of the known address hears what happened, in the language used now.
    assert to_known.to == ["samira@example.org"]
    assert to_known.extra_headers["Content-Language"] == "en"
    with translation.override("en"):
        expected_subject = translation.gettext("You are already registered: %(title)s") % {
            "title": english_event.title
        }
    assert to_known.subject == expected_subject
    assert str(known.cancel_token) in to_known.body
    if status == Status.PENDING:
        assert str(known.confirm_token) in to_known.body
    else:
        assert str(known.confirm_token) not in to_known.body
    if status == Status.WAITLISTED:
        assert "waiting list" in to_known.body
    known.refresh_from_db()
    assert known.status == status, "nothing changed"


@pytest.mark.django_db
def test_thirty_people_register_over_one_connection(
    client, event, occurrence, django_capture_on_commit_callbacks
):
    url = register_url(event, occurrence)
    for n in range(30):
        data = form_data(email=f"guest{n}@example.org", name=f"Guest {n}")
        response = post(client, url, data, django_capture_on_commit_callbacks)
        assert response.status_code == 302, n
    assert Registration.objects.filter(occurrence=occurrence).count() == 30


@pytest.mark.django_db
@override_settings(HUB_FORM_RATE_LIMIT=3)
def test_one_address_sent_again_and_again_is_stopped_with_the_input_kept(
    client, event, occurrence, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    url = register_url(event, occurrence)
    for _ in range(3):
        assert post(client, url, form_data(), capture).status_code == 302
    response = post(client, url, form_data(name="Samira H.", organisation="Café Nord"), capture)
    assert response.status_code == 429
    page = response.content.decode()
    with translation.override("de"):
        assert escape(str(ADDRESS_RATE_LIMIT_MESSAGE)) in page
    assert 'value="Samira H."' in page and 'value="Café Nord"' in page
    assert 'value="Samira@Example.org"' in page
    # One registration, and one e-mail per accepted attempt: no flood of the inbox.
    assert Registration.objects.count() == 1
    assert run_mail_queue() == 3
    # Another person at the same connection is not affected.
    assert post(client, url, form_data(email="kollege@example.org"), capture).status_code == 302
