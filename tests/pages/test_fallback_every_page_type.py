"""Every page type, not yet translated, opens under every other language's prefix: in
German with a notice in the visitor's language, navigation in the visitor's language,
and hreflang naming only the translations that exist."""

import re

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from hub.core.i18n import translated_language_name
from hub.demo.factories.events import EventIndexPageFactory, EventPageFactory
from hub.demo.factories.network import (
    FindHelpPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
)
from hub.demo.factories.pages import InitiativeIndexPageFactory, InitiativePageFactory
from hub.demo.factories.snippets import translated_terms
from tests.module_data import module_data

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "de"]


@module_data(name="german_only")
def german_only_fixture(tree) -> dict[str, str]:
    """One German-only page per page type, by model name → its German URL."""
    translated_terms()
    index = InitiativeIndexPageFactory(parent=tree.homes["de"])
    calendar = EventIndexPageFactory(parent=tree.homes["de"])
    directory = OrganisationIndexPageFactory(parent=tree.homes["de"], translations=())
    pages = [
        tree.contact,
        index,
        InitiativePageFactory(parent=index, title="Nähcafé Nord"),
        calendar,
        EventPageFactory(parent=calendar, title="Sommerfest"),
        directory,
        OrganisationPageFactory(parent=directory, title="Caritas Beratung"),
        FindHelpPageFactory(parent=tree.homes["de"], translations=()),
    ]
    return {type(page.specific).__name__: page.url for page in pages}


def notice_in(code: str) -> str:
    """The notice names both languages in the visitor's language ("الألمانيّة" on /ar/)."""
    with translation.override(code):
        return gettext(
            "This page is not yet available in %(language)s. "
            "You are reading the original version in %(source)s."
        ) % {
            "language": translated_language_name(code, in_sentence=True),
            "source": translated_language_name("de", in_sentence=True),
        }


def test_the_notice_names_german_in_the_visitors_language():
    with translation.override("ar"):
        assert translated_language_name("de", in_sentence=True) == "الألمانيّة"
    with translation.override("fa"):
        assert translated_language_name("de", in_sentence=True) == "آلمانی"
    with translation.override("fr"):
        assert translated_language_name("de", in_sentence=True) == "allemand"


@pytest.mark.django_db
@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_every_page_type_falls_back_with_a_notice(client, german_only, code):
    assert len(german_only) == 8, german_only
    for model, german_url in german_only.items():
        address = f"/{code}/" + german_url.split("/", 2)[2]
        response = client.get(address)
        assert response.status_code == 200, (model, address)
        body = response.content.decode()
        assert f'<html lang="{code}"' in body, model
        assert notice_in(code) in body, (model, code)
        hreflangs = set(re.findall(r'<link rel="alternate" hreflang="([\w-]+)"', body))
        assert hreflangs <= {"de", "x-default"}, (model, hreflangs)
        # Navigation stays under the visitor's prefix.
        assert f'href="/{code}/' in body, model
