"""A badge saying which language a text is in names that language in the visitor's
language: "الألمانيّة" on /ar/, "allemand" on /fr/, never "Deutsch" to a visitor who
cannot read German."""

import re

import pytest
from django.utils import translation

from hub.demo.factories.pages import InitiativeIndexPageFactory, InitiativePageFactory, by_language
from tests.module_data import module_data

BADGE = re.compile(r'<span class="badge badge--language">([^<]*)</span>')


@module_data
def german_only(tree):
    indexes = by_language(
        InitiativeIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar", "fa", "fr"))
    )
    InitiativePageFactory(parent=indexes["de"], title="Nähcafé Nord", slug="naehcafe")
    return {code: page.url for code, page in indexes.items()}


@pytest.mark.parametrize(
    ("code", "german"),
    [("ar", "الألمانيّة"), ("fa", "آلمانی"), ("en", "German"), ("fr", "allemand")],
)
def test_card_badge_names_german_in_the_visitors_language(client, german_only, code, german):
    response = client.get(german_only[code])
    assert response.status_code == 200
    badges = BADGE.findall(response.content.decode())
    with translation.override(code):
        expected = translation.gettext("Text in %(language)s") % {"language": german}
    assert badges == [expected]
    assert "Deutsch" not in badges[0]
