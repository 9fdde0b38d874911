"""Forms never cut text silently: each limited text field of every public form says its
limit (in the visitor's digits) and is described by it; longer text is refused with an
error in the visitor's language and kept in full, never shortened and stored."""

import re

import pytest
from django.utils import translation
from django.utils.html import escape

from hub.core.digits import native_digits
from hub.demo.factories.events import EventIndexPageFactory, EventPageFactory
from hub.demo.factories.network import OrganisationIndexPageFactory
from hub.pages.models import InitiativeSubmission
from tests.events.calendar_support import occurrences
from tests.pages.initiatives.test_initiative_submission import (  # noqa: F401 - fixtures
    directory_fixture,
    fresh_cache_fixture,
    send,
    submit_url,
    valid_data,
)

SUMMARY_LIMIT = 300
# Django's own message, translated by Django into every language hub offers.
TOO_LONG = (
    "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
    "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
)


def limit_note(html: str, field: str) -> str:
    match = re.search(rf'<p class="form-field__limit" id="id_{field}_limit"[^>]*>([^<]*)</p>', html)
    assert match, field
    return match.group(1)


def at_most(code: str, limit: int) -> str:
    with translation.override(code):
        text = translation.ngettext(
            "At most %(limit)s character", "At most %(limit)s characters", limit
        ) % {"limit": limit}
        return escape(native_digits(text))


def widget(html: str, field: str) -> str:
    return re.search(rf'<(?:input|textarea)[^>]*id="id_{field}"[^>]*>', html).group(0)


def assert_limited(html: str, field: str, limit: int, code: str) -> None:
    """The note says the limit; the input stops there and is described by the note."""
    assert limit_note(html, field) == at_most(code, limit), field
    tag = widget(html, field)
    assert f'maxlength="{limit}"' in tag, tag
    assert re.search(rf'aria-describedby="[^"]*\bid_{field}_limit\b', tag), tag


def test_every_limited_text_field_shows_its_limit_in_the_visitors_digits(client, directory):
    html = client.get("/ar/initiatives/submit/").content.decode()
    assert_limited(html, "summary", SUMMARY_LIMIT, "ar")
    assert "٣٠٠" in limit_note(html, "summary")
    for field in ("title", "description", "contact_name", "meeting_place", "message"):
        limit_note(html, field)
    # The help text stays described too.
    assert re.search(r'aria-describedby="id_summary_helptext id_summary_limit"', html)
    # E-mail and web addresses are not counted; the script comes from a file, in the head.
    assert 'id="id_contact_email_limit"' not in html and 'id="id_website_limit"' not in html
    head = html.split("</head>", 1)[0]
    assert re.search(r'<script src="[^"]*js/counter\.js" defer></script>', head)
    # The live region for screen readers is polite and starts empty.
    assert re.search(r'id="id_summary_count" role="status" aria-live="polite"[^>]*></p>', html)


def test_persian_digits_and_the_counter_text(client, directory):
    html = client.get("/fa/initiativen/submit/", follow=True).content.decode()
    assert limit_note(html, "summary") == at_most("fa", SUMMARY_LIMIT)
    note = re.search(r'<p class="form-field__limit" id="id_summary_limit"[^>]*>', html).group(0)
    assert 'data-counter-digits="۰۱۲۳۴۵۶۷۸۹"' in note
    assert "{left}" in note and "۳۰۰" in note


@pytest.mark.parametrize("code", ["de", "ar"])
def test_over_long_text_is_refused_with_an_error_not_cut(
    code, client, directory, django_capture_on_commit_callbacks
):
    summary = "Wir reparieren Fahrräder. " * 12 + "Ende"  # 316 characters
    assert len(summary) > SUMMARY_LIMIT
    data = valid_data(summary=summary)
    response = send(client, submit_url(code), data, django_capture_on_commit_callbacks)
    html = response.content.decode()
    assert response.status_code == 200
    error = re.search(r'<p class="form-field__error" id="id_summary_error">([^<]*)</p>', html)
    with translation.override(code):
        expected = translation.ngettext(*TOO_LONG, SUMMARY_LIMIT) % {
            "limit_value": SUMMARY_LIMIT,
            "show_value": len(summary),
        }
        expected = escape(native_digits(expected))
    assert error and error.group(1) == expected
    assert 'href="#id_summary"' in html  # and named in the summary above the form
    assert escape(summary) + "</textarea>" in html  # kept in full, to shorten
    assert not InitiativeSubmission.objects.exists()


def test_membership_application_shows_its_limits(client, tree):
    index = OrganisationIndexPageFactory(parent=tree.homes["de"])
    html = client.get(index.url + index.apply_subpath()).content.decode()
    assert_limited(html, "summary", 1000, "de")
    limit_note(html, "message")


def test_registration_form_shows_its_limits(client, tree):
    calendar = EventIndexPageFactory(parent=tree.homes["de"])
    event = EventPageFactory(parent=calendar, capacity=5)
    occurrence = occurrences(event).get()
    url = event.url + event.reverse_subpage("register_route", args=[occurrence.pk])
    response = client.get(url, follow=True)
    html = response.content.decode()
    assert_limited(html, "name", 120, "de")
    assert_limited(html, "accessibility_needs", 1000, "de")
