"""The site search finds an initiative through any of its language versions and shows the
one in the visitor's language, or the German one where there is none."""

from datetime import date

from hub.demo.factories.pages import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    by_language,
    translate,
)
from hub.demo.factories.snippets import translated_terms
from tests.pages.search.support import result_titles, results


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
    [found] = results(client, "en", "mending")
    assert found["excerpt"].startswith("<mark>Mending</mark> clothes together")
    # Any version's text finds the initiative, shown in the visitor's language; Persian
    # and French have no version and get the German one.
    assert result_titles(client, "en", "Nähcafé") == ["Sewing café harbour quarter"]
    assert result_titles(client, "de", "sewing") == ["Nähcafé Hafenviertel"]
    for code in ("fa", "fr"):
        assert result_titles(client, code, "Nähcafé") == ["Nähcafé Hafenviertel"]
        assert result_titles(client, code, "sewing") == ["Nähcafé Hafenviertel"]
    # Ended initiatives stay findable: their pages document what they did.
    assert "Altes Nähprojekt" in result_titles(client, "de", "flicken")
