"""The fill-in token of a public form (``hub.core.antispam``), through the registration form:
bound to its form, short-lived and single-use; each refusal is a clear message with the
input kept and a fresh token, never a 500."""

import re
import time

import pytest
from django.core import mail
from django.utils import translation
from django.utils.html import escape

from hub.core import antispam
from hub.events.models import Registration
from hub.events.registration.forms import RegistrationForm
from hub.network.joining.forms import MembershipApplicationForm
from tests.events.registration_support import (  # noqa: F401 - fixtures
    calendar_fixture,
    event_fixture,
    form_data,
    fresh_cache_fixture,
    occurrence_fixture,
    register_url,
)
from tests.mail_queue import run_mail_queue


def post(client, url, data, capture):
    with capture(execute=True):
        return client.post(url, data)


def shown_token(page: str) -> str:
    return re.search(r'name="form_started" value="([^"]+)"', page).group(1)


def assert_refused_with(response, message) -> str:
    """The form again, with ``message``, the input and a fresh, valid token."""
    assert response.status_code == 200
    page = response.content.decode()
    with translation.override("de"):
        assert escape(str(message)) in page
    assert 'value="Samira Haddad"' in page and 'value="Café Welcome"' in page
    token = shown_token(page)
    started = antispam.started_at(token, RegistrationForm)
    assert started is not None and abs(started - time.time()) < 5
    return token


@pytest.mark.django_db
def test_a_token_of_another_form_is_refused(
    client, event, occurrence, django_capture_on_commit_callbacks
):
    foreign = antispam.issue_started(MembershipApplicationForm, time.time() - 60)
    response = post(
        client,
        register_url(event, occurrence),
        form_data(form_started=foreign),
        django_capture_on_commit_callbacks,
    )
    assert_refused_with(response, antispam.UNCHECKABLE_MESSAGE)
    assert not Registration.objects.exists()


@pytest.mark.django_db
def test_a_token_older_than_a_few_hours_is_refused(
    client, event, occurrence, django_capture_on_commit_callbacks
):
    old = antispam.issue_started(RegistrationForm, time.time() - antispam.MAX_FILL_SECONDS - 60)
    response = post(
        client,
        register_url(event, occurrence),
        form_data(form_started=old),
        django_capture_on_commit_callbacks,
    )
    assert_refused_with(response, antispam.EXPIRED_MESSAGE)
    assert not Registration.objects.exists()


@pytest.mark.django_db
def test_a_token_replayed_after_a_successful_submission_is_refused(
    client, event, occurrence, django_capture_on_commit_callbacks, monkeypatch
):
    capture = django_capture_on_commit_callbacks
    url = register_url(event, occurrence)
    data = form_data()
    assert post(client, url, data, capture).status_code == 302
    replayed = post(client, url, {**data, "email": "other@example.org"}, capture)
    fresh = assert_refused_with(replayed, antispam.REPLAYED_MESSAGE)
    assert Registration.objects.count() == 1
    assert run_mail_queue() == 1
    # The fresh token works once the person has had a look at the form.
    later = time.time() + antispam.MIN_FILL_SECONDS + 1
    monkeypatch.setattr(antispam.time, "time", lambda: later)
    mail.outbox.clear()
    again = post(
        client, url, {**data, "email": "other@example.org", "form_started": fresh}, capture
    )
    assert again.status_code == 302
    assert Registration.objects.count() == 2


@pytest.mark.django_db
def test_a_refusal_after_validation_leaves_a_usable_token(
    client, event, occurrence, django_capture_on_commit_callbacks, settings
):
    """A rate limit (or a rule of the service) refusing a valid form must not burn the
    token the person needs to send the form again."""
    settings.HUB_FORM_RATE_LIMIT = 1
    capture = django_capture_on_commit_callbacks
    url = register_url(event, occurrence)
    post(client, url, form_data(), capture)
    refused = post(client, url, form_data(), capture)
    assert refused.status_code == 429
    token = shown_token(refused.content.decode())
    assert antispam.started_at(token, RegistrationForm) is not None
    nonce = antispam.read_started(token)["nonce"]
    assert not antispam.cache.get("hub:antispam:spent:" + nonce)
