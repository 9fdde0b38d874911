"""The site search finds an initiative in every language it is translated into — only there."""

import re
from datetime import date

from hub.demo.factories.pages import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    by_language,
    translate,
)
from hub.demo.factories.snippets import translated_terms


def results(client, code: str, query: str) -> str:
    response = client.get(f"/{code}/search/", {"q": query})
    assert response.status_code == 200
    parts = response.content.decode().split('class="search-results"', 1)
    return parts[1].split("</ol>", 1)[0] if len(parts) > 1 else ""


def result_titles(client, code: str, query: str) -> list[str]:
    return re.findall(r"<h3><a [^>]+>([^<]+)</a></h3>", results(client, code, query))


def test_initiative_found_in_each_language_it_exists_in(client, tree):
    terms = translated_terms()
    indexes = by_language(
        InitiativeIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    )
    page = InitiativePageFactory(
        parent=indexes["de"],
        title="Nähcafé Hafenviertel",
        slug="naehcafe",
        summary="Gemeinsam Kleidung flicken und Deutsch sprechen.",
        terms=[terms["sprache"]],
        tags=["handarbeit"],
    )
    translate(
        page,
        "en",
        title="Sewing café harbour quarter",
        slug="sewing-cafe",
        summary="Mending clothes together while speaking German.",
    )
    translate(
        page,
        "ar",
        title="مقهى الخياطة",
        slug="sewing-cafe",
        summary="إصلاح الملابس معا والتحدث بالألمانية.",
    )
    InitiativePageFactory(
        parent=indexes["de"],
        title="Altes Nähprojekt",
        slug="altes-naehprojekt",
        summary="Kleidung flicken, bis 2023.",
        status="ended",
        ended_on=date(2023, 12, 31),
    )

    assert result_titles(client, "de", "Nähcafé") == ["Nähcafé Hafenviertel"]
    assert result_titles(client, "en", "sewing") == ["Sewing café harbour quarter"]
    assert result_titles(client, "ar", "الخياطة") == ["مقهى الخياطة"]
    # The summary is the teaser of a result.
    assert "Mending clothes together while speaking German." in results(client, "en", "mending")
    # Each language finds its own version only; Persian and French have none.
    assert result_titles(client, "en", "Nähcafé") == []
    assert result_titles(client, "de", "sewing") == []
    for code in ("fa", "fr"):
        assert result_titles(client, code, "Nähcafé") == []
        assert result_titles(client, code, "sewing") == []
    # Ended initiatives stay findable: their pages document what they did.
    assert "Altes Nähprojekt" in result_titles(client, "de", "flicken")
