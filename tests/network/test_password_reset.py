"""'Forgot your password?' on the site: the e-mail in the visitor's language, a link that
works once, the same answer for unknown addresses, and the spam defences."""

import re
import time
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache

from hub.core.antispam import issue_started
from hub.network.accounts.forms import PasswordResetRequestForm
from tests.mail_queue import mail_delivered

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


def post(client, url: str, data: dict, **extra):
    """POST, with the e-mail it queued delivered."""
    with mail_delivered():
        return client.post(url, data, **extra)


def form(email: str, **extra) -> dict:
    return {
        "email": email,
        "form_started": issue_started(PasswordResetRequestForm, time.time() - 10),
        **extra,
    }


def test_reset_link_in_the_visitors_language_sets_a_new_password(client, member):
    response = post(client, RESET, form("Samira@Example.org"))
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
    response = post(client, RESET, form("niemand@example.org"))
    assert response["Location"] == "/ar/account/password/sent/"
    assert not mail.outbox


def test_honeypot_sends_nothing(client, member):
    response = post(client, RESET, form("samira@example.org", homepage="http://spam.example"))
    assert response.status_code == 302
    assert not mail.outbox


def test_mails_per_address_are_limited_and_the_answer_stays_the_same(client, member, settings):
    settings.HUB_PASSWORD_RESETS_PER_EMAIL = 2
    for _attempt in range(4):
        response = post(client, RESET, form("samira@example.org"))
        assert response.status_code == 302
        assert response["Location"] == "/ar/account/password/sent/"
    assert len(mail.outbox) == 2, "beyond the limit no mail goes out"
    # Another person on the same connection still gets theirs.
    get_user_model().objects.create_user("lina@example.org", "lina@example.org", "x-Passwort-2")
    post(client, RESET, form("lina@example.org"))
    assert mail.outbox[-1].to == ["lina@example.org"]


def test_unknown_addresses_count_too_so_the_limit_reveals_nothing(client, member, settings):
    settings.HUB_PASSWORD_RESETS_PER_EMAIL = 1
    for address in ("samira@example.org", "niemand@example.org"):
        first = post(client, RESET, form(address))
        second = post(client, RESET, form(address))
        assert first["Location"] == second["Location"] == "/ar/account/password/sent/"
    assert len(mail.outbox) == 1


def test_requests_per_connection_are_limited(client, member, settings):
    settings.HUB_PASSWORD_RESETS_PER_IP = 3
    for n in range(3):
        post(client, RESET, form(f"someone-{n}@example.org"))
    response = post(client, RESET, form("samira@example.org"))
    assert response["Location"] == "/ar/account/password/sent/"
    assert not mail.outbox
    post(client, RESET, form("samira@example.org"), REMOTE_ADDR="198.51.100.8")
    assert len(mail.outbox) == 1


def test_the_admins_reset_is_limited_the_same_way(client, member, settings):
    """Wagtail's /admin/password_reset/ used to send any number of mails."""
    settings.HUB_PASSWORD_RESETS_PER_EMAIL = 3
    answers = set()
    for _attempt in range(10):
        response = post(client, "/admin/password_reset/", {"email": "samira@example.org"})
        answers.add((response.status_code, response["Location"]))
    assert answers == {(302, "/admin/password_reset/done/")}
    assert len(mail.outbox) == 3
    # The admin's and the site's form share the allowance of an address.
    post(client, RESET, form("samira@example.org"))
    assert len(mail.outbox) == 3


def test_login_page_offers_the_reset(client, db):
    body = client.get("/de/account/login/").content.decode()
    assert 'href="/de/account/password/"' in body
