"""The registration form as a phone fills it in: ``autocomplete`` tokens, texts in their
own direction, and after a failed submit a page whose error summary takes the focus."""

import re

import pytest

from hub.demo.factories.events import translate_event
from tests.events.registration_support import (  # noqa: F401 - fixtures
    calendar_fixture,
    event_fixture,
    form_data,
    fresh_cache_fixture,
    occurrence_fixture,
    register_url,
)

pytestmark = pytest.mark.django_db


def tag(html: str, name: str) -> str:
    found = re.search(rf'<(?:input|textarea|select)[^>]*name="{name}"[^>]*>', html)
    assert found, name
    return found.group(0)


@pytest.mark.parametrize("code", ["de", "ar"])
def test_fields_carry_autocomplete_and_direction(client, event, occurrence, code):
    page = event if code == "de" else translate_event(event, "ar")
    html = client.get(f"{page.url}{occurrence.pk}/").content.decode()
    expected = {
        "name": ('autocomplete="name"', 'dir="auto"'),
        "email": ('autocomplete="email"', 'dir="ltr"'),
        "organisation": ('autocomplete="organization"', 'dir="auto"'),
        "language": ('autocomplete="language"',),
        "party_size": ('inputmode="numeric"',),
        "accessibility_needs": ('dir="auto"',),
    }
    for name, attributes in expected.items():
        for attribute in attributes:
            assert attribute in tag(html, name), (name, attribute)


def test_a_failed_submit_focuses_the_summary_and_keeps_the_input(client, event, occurrence):
    page_html = client.get(f"{event.url}{occurrence.pk}/").content.decode()
    # No fragment in the form's action: "#registration" would keep the browser from
    # focusing the summary (autofocus is skipped when the URL names a target).
    action = re.search(r'<form class="submission-form registration-form"[^>]*>', page_html)
    assert 'action="' + register_url(event, occurrence) + '"' in action.group(0)

    data = form_data(email="not-an-address", organisation="Café Welcome", party_size="2")
    data["accessibility_needs"] = "Rollstuhl"
    response = client.post(register_url(event, occurrence), data)
    assert response.status_code == 200
    html = response.content.decode()
    summary = re.search(r'<div class="error-summary"[^>]*>', html).group(0)
    assert "autofocus" in summary and 'tabindex="-1"' in summary
    assert 'href="#id_email"' in html
    assert 'value="not-an-address"' in tag(html, "email")
    assert 'value="Samira Haddad"' in tag(html, "name")
    assert 'value="Café Welcome"' in tag(html, "organisation")
    assert 'value="2"' in tag(html, "party_size")
    assert "Rollstuhl</textarea>" in html
