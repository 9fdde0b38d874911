"""The feedback route of the accessibility statement (BITV 2.0 § 7): "Report a barrier"
at /<language>/report-a-barrier/. A report reaches every editor by e-mail through the mail
queue; spam is turned away like on the other public forms; mistakes are explained in the
visitor's language with nothing typed lost; nothing is stored on the site."""

import re
import time

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation
from django.utils.html import escape

from hub.core.antispam import RATE_LIMIT_MESSAGE, TOO_FAST_MESSAGE, issue_started
from hub.demo.factories.users import UserFactory
from hub.pages.feedback.forms import BarrierReportForm
from tests.mail_queue import mail_delivered

URL = "/{code}/report-a-barrier/"
DESCRIPTION = "Die Karte auf „Hilfe finden“ lässt sich nicht mit der Tastatur bedienen."


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counters live in the cache, which outlives a test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(name="editor")
def editor_fixture(db):
    return UserFactory(username="redaktion", email="redaktion@example.org", groups=["Editors"])


def report(**overrides) -> dict:
    data = {
        "page_url": "http://testserver/de/hilfe-finden/",
        "description": DESCRIPTION,
        "name": "Amal",
        "email": "amal@example.org",
        "consent": "on",
        # Shown a minute ago: not too fast.
        "form_started": issue_started(BarrierReportForm, time.time() - 60),
        "homepage": "",
    }
    data.update(overrides)
    return data


def translated(code: str, msgid: str) -> str:
    with translation.override(code):
        return escape(translation.gettext(msgid))


def test_a_report_reaches_the_editors_and_the_visitor_is_thanked(client, tree, editor):
    with mail_delivered():
        response = client.post(URL.format(code="fr"), report())
    assert response.status_code == 302
    assert response["Location"] == "/fr/report-a-barrier/?sent=1"
    [message] = mail.outbox
    assert message.to == ["redaktion@example.org"]
    assert message.reply_to == ["amal@example.org"]
    assert DESCRIPTION in message.body and "/de/hilfe-finden/" in message.body
    # The editor reads it in German, and learns which language the person wrote from.
    assert message.extra_headers["Content-Language"] == "de"
    assert "Französisch" in message.body

    done = client.get(response["Location"]).content.decode()
    assert 'lang="fr"' in done
    assert translated("fr", "Thank you!") in done


def test_the_form_comes_from_the_page_with_the_barrier(client, tree):
    response = client.get(URL.format(code="ar"), HTTP_REFERER="http://testserver/ar/about-us/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="http://testserver/ar/about-us/"' in html
    assert translated("ar", "Report a barrier") in html
    # Another site's address is not taken over.
    other = client.get(URL.format(code="ar"), HTTP_REFERER="https://evil.example/x").content
    assert b"evil.example" not in other


def test_mistakes_are_explained_in_the_visitors_language_and_nothing_is_lost(client, tree, editor):
    data = report(description="", name="Reza", page_url="http://testserver/fa/")
    with mail_delivered():
        response = client.post(URL.format(code="fa"), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="error-summary"' in html and "autofocus" in html
    assert translated("fa", "This field is required.") in html
    assert 'href="#id_description"' in html
    assert 'value="Reza"' in html and 'value="http://testserver/fa/"' in html
    assert not mail.outbox


def test_too_long_text_is_refused_not_cut(client, tree, editor):
    long_text = "ب" * 3_001
    with mail_delivered():
        response = client.post(URL.format(code="ar"), report(description=long_text))
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'<p class="form-field__error" id="id_description_error">', html)
    assert long_text + "</textarea>" in html
    assert 'maxlength="3000"' in html
    assert not mail.outbox


def test_bots_get_the_thank_you_but_nobody_gets_mail(client, tree, editor):
    with mail_delivered():
        response = client.post(URL.format(code="de"), report(homepage="http://spam.example"))
    assert response.status_code == 302
    assert not mail.outbox


def test_a_form_sent_within_seconds_is_refused(client, tree, editor):
    data = report(form_started=issue_started(BarrierReportForm))
    with mail_delivered():
        response = client.post(URL.format(code="ar"), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert translated("ar", TOO_FAST_MESSAGE) in html
    assert escape(DESCRIPTION) in html
    assert not mail.outbox


@override_settings(HUB_FORM_IP_RATE_LIMIT=2)
def test_a_flood_from_one_connection_is_stopped(client, tree, editor):
    for n in range(2):
        with mail_delivered():
            sent = client.post(URL.format(code="de"), report(email=f"p{n}@example.org"))
        assert sent.status_code == 302
    with mail_delivered():
        response = client.post(URL.format(code="en"), report(email="p3@example.org"))
    assert response.status_code == 429
    assert translated("en", RATE_LIMIT_MESSAGE) in response.content.decode()
    assert len(mail.outbox) == 2
