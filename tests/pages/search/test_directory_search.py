"""The initiatives directory's search box matches as the site search does: spelling
variants, word beginnings, small typos, any language version; German-only initiatives
are listed (and found) in every language."""

import html as htmllib
import re

import pytest

from hub.demo.factories.pages import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    by_language,
    translate,
)
from tests.module_data import module_data

CARD_TITLE = re.compile(r'class="initiative-card__title"><a href="([^"]*)"[^>]*>([^<]+)</a>')


@module_data
def directory(tree):
    indexes = by_language(
        InitiativeIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar", "fa"))
    )
    homework = InitiativePageFactory(
        parent=indexes["de"],
        title="Hausaufgabenhilfe Nordstadt",
        slug="hausaufgabenhilfe",
        summary="Hilfe bei den Hausaufgaben für Schulkinder.",
    )
    translate(
        homework,
        "ar",
        title="المساعدة في الواجبات المدرسية",
        slug="homework",
        summary="مساعدة التلاميذ في الواجبات.",
    )
    translate(homework, "en", title="Homework help", slug="homework", summary="Help with homework.")
    InitiativePageFactory(
        parent=indexes["de"],
        title="Kleiderkammer St. Martin",
        slug="kleiderkammer",
        summary="Kleidung für Erwachsene und Kinder.",
    )
    course = InitiativePageFactory(
        parent=indexes["de"],
        title="Deutschkurs im Gemeindehaus",
        slug="deutschkurs",
        summary="Ehrenamtlicher Deutschkurs für Anfänger.",
        tags=["Sprache"],
    )
    translate(
        course,
        "fa",
        title="کلاس زبان آلمانی",
        slug="deutschkurs",
        summary="کلاس رایگان زبان آلمانی.",
    )
    return indexes


def titles(client, url: str, query: str) -> list[str]:
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    return [
        htmllib.unescape(title) for _url, title in CARD_TITLE.findall(response.content.decode())
    ]


@pytest.mark.parametrize(
    ("url", "query", "expected"),
    [
        ("/de/initiativen/", "Hausaufgabe", ["Hausaufgabenhilfe Nordstadt"]),
        ("/de/initiativen/", "hausaufgaben hilfe", ["Hausaufgabenhilfe Nordstadt"]),
        ("/de/initiativen/", "Deutschkrus", ["Deutschkurs im Gemeindehaus"]),
        ("/de/initiativen/", "kleiderkamer", ["Kleiderkammer St. Martin"]),
        ("/de/initiativen/", "anfaenger", ["Deutschkurs im Gemeindehaus"]),
        ("/en/initiatives/", "homework", ["Homework help"]),
        ("/en/initiatives/", "Hausaufgaben", ["Homework help"]),
        ("/ar/initiatives/", "kleiderkamer", ["Kleiderkammer St. Martin"]),
        ("/ar/initiatives/", "مساعدة", ["المساعدة في الواجبات المدرسية"]),
        ("/ar/initiatives/", "المساعدة", ["المساعدة في الواجبات المدرسية"]),
        ("/fa/initiatives/", "كلاس", ["کلاس زبان آلمانی"]),
        ("/fa/initiatives/", "زبان آلمانی", ["کلاس زبان آلمانی"]),
        ("/fa/initiatives/", "Kleiderkammer", ["Kleiderkammer St. Martin"]),
    ],
)
def test_directory_search_finds_what_the_visitor_means(client, directory, url, query, expected):
    assert titles(client, url, query) == expected
