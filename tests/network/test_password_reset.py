"""'Forgot your password?' on the site: the e-mail in the visitor's language, a link that
works once, the same answer for unknown addresses, and the spam defences."""

import re
import time
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache

from hub.antispam import issue_started
from hub.network.accounts.forms import PasswordResetRequestForm

RESET = "/ar/account/password/"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(name="member")
def member_fixture(db):
    return get_user_model().objects.create_user(
        "samira@example.org", "samira@example.org", "alt-Passwort-1", first_name="Samira"
    )


def form(email: str, **extra) -> dict:
    return {
        "email": email,
        "form_started": issue_started(PasswordResetRequestForm, time.time() - 10),
        **extra,
    }


def test_reset_link_in_the_visitors_language_sets_a_new_password(client, member):
    response = client.post(RESET, form("Samira@Example.org"))
    assert response.status_code == 302
    assert response["Location"] == "/ar/account/password/sent/"
    [message] = mail.outbox
    assert message.to == ["samira@example.org"]
    assert "/ar/account/password/" in message.body
    body = message.body
    assert re.search(r"[\u0600-\u06FF]", body), "the e-mail is written in Arabic"

    link = urlsplit(re.search(r"http://\S+/account/password/\S+/", body).group(0)).path
    form_url = client.get(link)["Location"]
    response = client.post(
        form_url, {"new_password1": "Neues-Passwort-77", "new_password2": "Neues-Passwort-77"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/ar/account/organisation/"
    member.refresh_from_db()
    assert member.check_password("Neues-Passwort-77")
    client.logout()
    assert client.get(link, follow=True).context["validlink"] is False


def test_unknown_address_gets_the_same_answer_and_no_mail(client, member):
    response = client.post(RESET, form("niemand@example.org"))
    assert response["Location"] == "/ar/account/password/sent/"
    assert not mail.outbox


def test_honeypot_sends_nothing(client, member):
    response = client.post(RESET, form("samira@example.org", homepage="http://spam.example"))
    assert response.status_code == 302
    assert not mail.outbox


def test_rate_limit(client, member, settings):
    settings.HUB_FORM_RATE_LIMIT = 2
    for _attempt in range(2):
        assert client.post(RESET, form("samira@example.org")).status_code == 302
    response = client.post(RESET, form("samira@example.org"))
    assert response.status_code == 200
    assert 'id="error-summary"' in response.content.decode()
    assert len(mail.outbox) == 2


def test_login_page_offers_the_reset(client, db):
    body = client.get("/de/account/login/").content.decode()
    assert 'href="/de/account/password/"' in body
