"""The directory costs the same number of SQL queries with 10 or 300 initiatives.

Pages are added with ``add_child`` only (live, no revisions): a revision per page would
make 300 initiatives take minutes and is not what the directory reads.
"""

from datetime import date

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from hub.demo.factories.pages import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    by_language,
    translate,
)
from hub.demo.factories.snippets import translated_terms
from hub.pages.models import InitiativePage
from hub.snippets.models import Category, District

URLS = [
    "/de/initiativen/",
    "/de/initiativen/?page=2",
    "/ar/initiatives/?category=sprache&category=sport&district=nordstadt&tag=abends",
    "/en/initiatives/?q=Nachbarschaft&language=arabisch",
    "/fa/initiativen/?target_group=familien",
    "/de/initiativen/archive/",
    "/de/initiativen/sprachcafe/",
    "/ar/initiatives/language-cafe/",
]


def add_initiatives(index, count: int, start: int, terms: dict, categories: list) -> None:
    districts = [terms["nordstadt"], terms["altstadt"]]
    languages = [terms["arabisch"], terms["farsi"]]
    groups = [terms["familien"], terms["frauen"]]
    for number in range(start, start + count):
        page = InitiativePage(
            title=f"Initiative {number:03}",
            slug=f"initiative-{number:03}",
            summary=f"Nachbarschaftshilfe Nummer {number}.",
        )
        if number % 10 == 5:
            page.status, page.ended_on = "ended", date(2024, 1, 1 + number % 28)
        page.categories = [categories[number % len(categories)], terms["sprache"]]
        page.districts = [districts[number % 2]]
        page.spoken_languages = languages[: 1 + number % 2]
        page.target_groups = [groups[number % 2]]
        page.tags.set(["abends", f"thema-{number}"])
        index.add_child(instance=page)


def more_terms(count: int) -> list:
    """Further categories and districts, translated into Arabic, to grow the facets."""
    arabic = Locale.objects.get(language_code="ar")
    created = []
    for number in range(count):
        category = Category.objects.create(name=f"Feld {number}", slug=f"feld-{number}")
        copy = category.copy_for_translation(arabic)
        copy.name = f"مجال {number}"
        copy.save()
        District.objects.create(name=f"Bezirk {number}", slug=f"bezirk-{number}")
        created.append(category)
    return created


def query_counts(client) -> dict[str, int]:
    counts = {}
    for url in URLS:
        client.get(url)  # warm per-process caches and create renditions
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[url] = len(captured)
    return counts


def test_query_count_does_not_grow_with_initiatives_or_terms(client, tree):
    terms = translated_terms()
    indexes = by_language(
        InitiativeIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    )
    index = indexes["de"]
    categories = [terms["sprache"], terms["begleitung"], terms["sport"]]
    cafe = InitiativePageFactory(
        parent=index,
        title="Sprachcafé",
        slug="sprachcafe",
        summary="Nachbarschaftscafé für alle.",
        terms=[terms["sprache"], terms["nordstadt"], terms["arabisch"], terms["familien"]],
        tags=["abends"],
    )
    translate(cafe, "en", title="Language café", slug="language-cafe")
    translate(cafe, "ar", title="مقهى اللغة", slug="language-cafe")
    add_initiatives(index, 9, 0, terms, categories)
    assert InitiativePage.objects.filter(locale__language_code="de").count() == 10
    before = query_counts(client)

    categories += more_terms(20)
    add_initiatives(index, 290, 9, terms, categories)
    assert InitiativePage.objects.filter(locale__language_code="de").count() == 300
    after = query_counts(client)
    assert after == before
    # The lists really grew: the filtered Arabic page has many results now.
    html = client.get(URLS[2]).content.decode()
    assert 'rel="next"' in html
