"""The initiatives directory: filters, counts, search, pagination, archive, languages."""

import html as htmllib
import re
from datetime import date

from hub.demo.factories.pages import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    by_language,
    translate,
)
from hub.demo.factories.snippets import translated_terms
from hub.pages.models import InitiativePage
from hub.snippets.models import Category
from tests.module_data import module_data

OPTION = re.compile(
    r'<input type="checkbox" name="([\w-]+)" value="([^"]+)"( checked)?>'
    r'.*?class="filters__count" aria-hidden="true">(\d+)<',
    re.S,
)
CARD_TITLE = re.compile(r'class="initiative-card__title"><a href="([^"]*)"[^>]*>([^<]+)</a>')


def titles(html: str) -> list[str]:
    return [htmllib.unescape(title) for _url, title in CARD_TITLE.findall(html)]


def facet_counts(html: str) -> dict[tuple[str, str], int]:
    return {(param, slug): int(count) for param, slug, _checked, count in OPTION.findall(html)}


def checked(html: str) -> set[tuple[str, str]]:
    return {(param, slug) for param, slug, on, _count in OPTION.findall(html) if on}


def main(html: str) -> str:
    """The page's own content, without the header (whose language links keep the query)."""
    return html.split('<main id="main"', 1)[1].split("</main>", 1)[0]


def get(client, url: str, params=None) -> str:
    response = client.get(url, params or {})
    assert response.status_code == 200, response.status_code
    return response.content.decode()


@module_data
def directory(tree):
    """Five current initiatives, two ended ones and a draft under a de/en/ar index.

    ==================== ================== ========= ======== ============== ======
    initiative           categories         district  group    languages      tag
    ==================== ================== ========= ======== ============== ======
    Sprachcafé Nordstadt sprache            nordstadt frauen   arabisch       abends
    Hausaufgabenhilfe    sprache            altstadt  familien farsi          schule
    Ämterlotsen          begleitung         nordstadt familien arabisch farsi aemter
    Fußball für alle     sport              altstadt  frauen   —              abends
    Frauentreff (paused) begleitung sprache altstadt  frauen   arabisch       —
    ==================== ================== ========= ======== ============== ======

    Sprachcafé and Hausaufgabenhilfe are translated into English, Sprachcafé into Arabic.
    """
    terms = translated_terms()
    indexes = by_language(
        InitiativeIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    )
    index = indexes["de"]
    t = terms
    pages = {
        "sprachcafe": InitiativePageFactory(
            parent=index,
            title="Sprachcafé Nordstadt",
            slug="sprachcafe",
            summary="Deutsch üben bei Kaffee und Kuchen, jeden Mittwoch.",
            terms=[t["sprache"], t["nordstadt"], t["frauen"], t["arabisch"]],
            tags=["abends"],
        ),
        "hausaufgaben": InitiativePageFactory(
            parent=index,
            title="Hausaufgabenhilfe",
            summary="Ehrenamtliche helfen Schulkindern jeden Mittwoch bei den Aufgaben.",
            terms=[t["sprache"], t["altstadt"], t["familien"], t["farsi"]],
            tags=["schule"],
        ),
        "lotsen": InitiativePageFactory(
            parent=index,
            title="Ämterlotsen",
            slug="aemterlotsen",
            summary="Wir begleiten Familien zu Behörden und Ärzten.",
            terms=[t["begleitung"], t["nordstadt"], t["familien"], t["arabisch"], t["farsi"]],
            tags=["aemter"],
        ),
        "fussball": InitiativePageFactory(
            parent=index,
            title="Fußball für alle",
            slug="fussball",
            summary="Offenes Training am Samstag auf dem Bolzplatz.",
            terms=[t["sport"], t["altstadt"], t["frauen"]],
            tags=["abends"],
        ),
        "frauentreff": InitiativePageFactory(
            parent=index,
            title="Frauentreff",
            summary="Treffpunkt für Frauen mit Deutschkurs, jeden Mittwoch.",
            terms=[t["begleitung"], t["sprache"], t["altstadt"], t["frauen"], t["arabisch"]],
            status="paused",
        ),
        "kleiderkammer": InitiativePageFactory(
            parent=index,
            title="Kleiderkammer",
            summary="Gab Kleidung an Neuankömmlinge aus.",
            terms=[t["begleitung"], t["nordstadt"]],
            status="ended",
            ended_on=date(2024, 5, 1),
        ),
        "naehwerkstatt": InitiativePageFactory(
            parent=index,
            title="Nähwerkstatt",
            slug="naehwerkstatt",
            summary="Nähte mit Geflüchteten Taschen und Kleider.",
            terms=[t["sprache"]],
            status="ended",
            ended_on=date(2025, 1, 15),
        ),
        "draft": InitiativePageFactory(
            parent=index, title="Geheimprojekt Mittwoch", terms=[t["sprache"]], publish=False
        ),
    }
    english = {
        "sprachcafe": translate(
            pages["sprachcafe"],
            "en",
            title="Language Café North End",
            slug="language-cafe",
            summary="Practise German over coffee and cake, every Wednesday.",
        ),
        "hausaufgaben": translate(
            pages["hausaufgaben"],
            "en",
            title="Homework help",
            slug="homework-help",
            summary="Volunteers help school children with homework every Wednesday.",
        ),
    }
    arabic = translate(
        pages["sprachcafe"],
        "ar",
        title="مقهى اللغة",
        slug="language-cafe",
        summary="تعلم الألمانية مع القهوة والكعك كل أربعاء.",
    )
    # A translation may link its own language's rows of a term; slugs still match.
    arabic.categories = [Category.objects.get(slug="sprache", locale=arabic.locale)]
    arabic.save_revision().publish()
    return {"terms": terms, "indexes": indexes, "pages": pages, "en": english, "ar": arabic}


CURRENT = ["Ämterlotsen", "Frauentreff", "Fußball für alle", "Hausaufgabenhilfe"]


def test_lists_current_initiatives_in_alphabetical_order(client, directory):
    html = get(client, "/de/initiativen/")
    # "Ä" sorts with "A", not after "Z" as a byte-wise ORDER BY would have it.
    assert titles(html) == [*CURRENT, "Sprachcafé Nordstadt"]
    assert "5 initiatives" in html or "5 Initiativen" in html
    # Ended initiatives live in the archive, drafts nowhere.
    assert "Kleiderkammer" not in html and "Geheimprojekt" not in html


def test_paused_initiative_is_listed_and_marked(client, directory):
    html = get(client, "/de/initiativen/")
    card = html.split("Frauentreff</a>", 1)[0].rsplit("<article", 1)[1]
    assert "initiative-card--paused" in card


ALONE = [
    ({"category": "sprache"}, ["Frauentreff", "Hausaufgabenhilfe", "Sprachcafé Nordstadt"]),
    ({"category": "sport"}, ["Fußball für alle"]),
    ({"district": "nordstadt"}, ["Ämterlotsen", "Sprachcafé Nordstadt"]),
    ({"target_group": "familien"}, ["Ämterlotsen", "Hausaufgabenhilfe"]),
    ({"language": "farsi"}, ["Ämterlotsen", "Hausaufgabenhilfe"]),
    ({"tag": "abends"}, ["Fußball für alle", "Sprachcafé Nordstadt"]),
    ({"tag": "schule"}, ["Hausaufgabenhilfe"]),
    ({"q": "Bolzplatz"}, ["Fußball für alle"]),
]


def test_each_filter_alone(client, directory):
    for params, expected in ALONE:
        assert titles(get(client, "/de/initiativen/", params)) == expected, params


def test_terms_within_a_dimension_are_alternatives(client, directory):
    html = get(client, "/de/initiativen/", {"category": ["sprache", "sport"]})
    assert titles(html) == [
        "Frauentreff",
        "Fußball für alle",
        "Hausaufgabenhilfe",
        "Sprachcafé Nordstadt",
    ]
    both = get(client, "/de/initiativen/", {"tag": ["schule", "aemter"]})
    assert titles(both) == ["Ämterlotsen", "Hausaufgabenhilfe"]


def test_dimensions_must_all_hold(client, directory):
    url = "/de/initiativen/"
    assert titles(get(client, url, {"category": "sprache", "district": "altstadt"})) == [
        "Frauentreff",
        "Hausaufgabenhilfe",
    ]
    assert titles(
        get(client, url, {"category": "sprache", "district": "altstadt", "language": "farsi"})
    ) == ["Hausaufgabenhilfe"]
    assert titles(
        get(client, url, {"target_group": "frauen", "tag": "abends", "district": "altstadt"})
    ) == ["Fußball für alle"]


def test_or_within_and_across_combined(client, directory):
    params = {"category": ["sprache", "begleitung"], "district": "nordstadt"}
    assert titles(get(client, "/de/initiativen/", params)) == [
        "Ämterlotsen",
        "Sprachcafé Nordstadt",
    ]
    params = {"category": ["sprache", "begleitung"], "language": ["farsi", "arabisch"]}
    params["target_group"] = "familien"
    assert titles(get(client, "/de/initiativen/", params)) == ["Ämterlotsen", "Hausaufgabenhilfe"]


def test_text_search_combines_with_filters(client, directory):
    url = "/de/initiativen/"
    assert titles(get(client, url, {"q": "Mittwoch"})) == [
        "Frauentreff",
        "Hausaufgabenhilfe",
        "Sprachcafé Nordstadt",
    ]
    assert titles(get(client, url, {"q": "Mittwoch", "district": "altstadt"})) == [
        "Frauentreff",
        "Hausaufgabenhilfe",
    ]
    assert titles(get(client, url, {"q": "Mittwoch", "category": "begleitung"})) == ["Frauentreff"]
    html = get(client, url, {"q": "Kleiderkammer"})
    assert titles(html) == []
    assert "No initiative matches" in html or "Keine Initiative" in html


def test_text_search_finds_the_shown_version_by_any_language(client, directory):
    url = "/en/initiatives/"
    assert titles(get(client, url, {"q": "Wednesday"})) == [
        "Homework help",
        "Language Café North End",
    ]
    # Known by its German name: the English version is the one shown.
    assert titles(get(client, url, {"q": "Hausaufgabenhilfe"})) == ["Homework help"]


def test_facet_counts_under_other_filters(client, directory):
    html = get(client, "/de/initiativen/", {"district": "altstadt"})
    counts = facet_counts(html)
    # Categories are counted among the Altstadt initiatives…
    assert counts[("category", "sprache")] == 2
    assert counts[("category", "sport")] == 1
    assert counts[("category", "begleitung")] == 1
    # …districts among all, as choosing another district widens the result.
    assert counts[("district", "altstadt")] == 3
    assert counts[("district", "nordstadt")] == 2
    assert counts[("language", "arabisch")] == 1
    assert counts[("tag", "abends")] == 1
    assert checked(html) == {("district", "altstadt")}

    html = get(client, "/de/initiativen/", {"district": "altstadt", "category": "sprache"})
    counts = facet_counts(html)
    assert counts[("category", "sprache")] == 2
    assert counts[("category", "begleitung")] == 1
    assert counts[("district", "altstadt")] == 2
    assert counts[("district", "nordstadt")] == 1
    assert counts[("target_group", "familien")] == 1
    assert counts[("target_group", "frauen")] == 1
    assert counts[("language", "farsi")] == 1


def test_options_without_results_are_hidden_unless_chosen(client, directory):
    html = get(client, "/de/initiativen/", {"category": "sport"})
    counts = facet_counts(html)
    assert ("district", "nordstadt") not in counts
    assert counts[("district", "altstadt")] == 1
    assert ("language", "farsi") not in counts
    html = get(client, "/de/initiativen/", {"category": "sport", "language": "farsi"})
    assert titles(html) == []
    # A chosen option stays visible (and can be unticked) even when it leaves nothing.
    assert facet_counts(html)[("language", "farsi")] == 0
    assert ("language", "farsi") in checked(html)


def test_facet_counts_respect_the_text_search(client, directory):
    counts = facet_counts(get(client, "/de/initiativen/", {"q": "Mittwoch"}))
    assert counts[("category", "sprache")] == 3
    assert counts[("district", "altstadt")] == 2
    assert ("category", "sport") not in counts


def test_active_filters_are_removable_chips(client, directory):
    html = get(client, "/de/initiativen/", {"category": "sprache", "district": "altstadt"})
    chips = re.findall(r'<a class="chip" href="([^"]+)">', html)
    assert [htmllib.unescape(url) for url in chips] == [
        "/de/initiativen/?district=altstadt",
        "/de/initiativen/?category=sprache",
    ]
    assert '<a class="chips__reset" href="/de/initiativen/">' in html
    html = get(client, "/de/initiativen/", {"q": "Mittwoch", "district": "altstadt"})
    chips = [htmllib.unescape(url) for url in re.findall(r'class="chip" href="([^"]+)"', html)]
    assert chips == ["/de/initiativen/?district=altstadt", "/de/initiativen/?q=Mittwoch"]
    assert 'name="q" value="Mittwoch"' in html


def test_unknown_slugs_and_bad_pages_are_ignored(client, directory):
    plain = titles(get(client, "/de/initiativen/", {"district": "nordstadt"}))
    html = get(
        client,
        "/de/initiativen/",
        {
            "category": "gibt-es-nicht",
            "district": ["nordstadt", "mond"],
            "tag": "<script>",
            "language": "",
            "page": "zwei",
        },
    )
    assert titles(html) == plain
    assert checked(html) == {("district", "nordstadt")}
    assert "mond" not in main(html) and "script" not in main(html)
    assert titles(get(client, "/de/initiativen/", {"category": "gibt-es-nicht"})) == [
        *CURRENT,
        "Sprachcafé Nordstadt",
    ]
    for page in ("0", "-1", "99", "1.5", "9" * 30):
        assert client.get("/de/initiativen/", {"page": page}).status_code == 200
    # Search syntax and control characters are words, not errors.
    for query in ('"', 'Kaffee "Kuchen', "a\x00b", "NEAR(", "*", "\u200c"):
        assert client.get("/de/initiativen/", {"q": query}).status_code == 200, query
    assert client.get("/de/initiativen/", {"tag": "\x00", "category": "\x00"}).status_code == 200
    assert titles(get(client, "/de/initiativen/", {"q": '"Bolzplatz'})) == ["Fußball für alle"]


def test_pagination_keeps_the_filters(client, directory):
    index = directory["indexes"]["de"]
    sport = directory["terms"]["sport"]
    for number in range(25):
        page = InitiativePage(
            title=f"Laufgruppe {number:02}", slug=f"laufgruppe-{number:02}", summary="Laufen."
        )
        page.categories = [sport]
        index.add_child(instance=page)
    html = get(client, "/de/initiativen/", {"category": "sport"})
    assert len(titles(html)) == 12
    assert "26 initiatives" in html or "26 Initiativen" in html
    assert 'rel="next" href="/de/initiativen/?category=sport&amp;page=2"' in html
    assert 'href="/de/initiativen/?category=sport&amp;page=3"' in html
    second = get(client, "/de/initiativen/", {"category": "sport", "page": "2"})
    assert titles(second)[0] == "Laufgruppe 11"
    assert 'rel="prev" href="/de/initiativen/?category=sport"' in second
    assert 'aria-current="page"' in second
    last = get(client, "/de/initiativen/", {"category": "sport", "page": "3"})
    assert titles(last) == ["Laufgruppe 23", "Laufgruppe 24"]
    assert main(get(client, "/de/initiativen/", {"category": "sport", "page": "x"})) == main(html)
    assert titles(get(client, "/de/initiativen/", {"category": "sport", "page": "9"})) == [
        "Laufgruppe 23",
        "Laufgruppe 24",
    ]


def test_filtered_pages_are_not_indexed_by_search_engines(client, directory):
    assert 'name="robots"' not in get(client, "/de/initiativen/")
    assert '"noindex, follow"' in get(client, "/de/initiativen/", {"district": "altstadt"})


def test_archive_lists_ended_initiatives_newest_first(client, directory):
    index_html = get(client, "/de/initiativen/")
    assert 'href="/de/initiativen/archive/"' in index_html
    html = get(client, "/de/initiativen/archive/")
    assert titles(html) == ["Nähwerkstatt", "Kleiderkammer"]
    assert "Nähte mit Geflüchteten Taschen und Kleider." in html
    assert "Gab Kleidung an Neuankömmlinge aus." in html
    assert "15. Januar 2025" in html and "1. Mai 2024" in html
    assert "Sprachcafé" not in html and "Geheimprojekt" not in html
    assert 'href="/de/initiativen/"' in html


def test_archive_in_english_and_paginated(client, directory):
    index = directory["indexes"]["de"]
    for number in range(21):
        page = InitiativePage(
            title=f"Projekt {number:02}",
            slug=f"projekt-{number:02}",
            summary="Vorbei.",
            status="ended",
            ended_on=date(2020, 1, 1 + number),
        )
        index.add_child(instance=page)
    html = get(client, "/en/initiatives/archive/")
    assert titles(html)[:3] == ["Nähwerkstatt", "Kleiderkammer", "Projekt 20"]
    assert "Jan. 15, 2025" in html
    assert 'rel="next" href="/en/initiatives/archive/?page=2"' in html
    # 23 ended projects, 20 per page.
    assert titles(get(client, "/en/initiatives/archive/", {"page": "2"})) == [
        "Projekt 02",
        "Projekt 01",
        "Projekt 00",
    ]


def test_english_directory_shows_translations_and_english_terms(client, directory):
    html = get(client, "/en/initiatives/", {"category": "sprache"})
    # What the visitor can read comes first, then what exists in German only.
    assert titles(html) == ["Homework help", "Language Café North End", "Frauentreff"]
    counts = facet_counts(html)
    assert counts[("category", "sprache")] == 3
    assert ">Language support</span>" in html
    assert ">North End</span>" in html
    assert ">Sprache<" not in html
    # Not yet translated: shown in German, marked as such, under the English prefix.
    card = html.split("Frauentreff</a>", 1)[0].rsplit("<article", 1)[1]
    assert 'href="/en/initiativen/frauentreff/" lang="de"' in card
    assert 'href="/en/initiatives/homework-help/"' in html


def test_arabic_directory_shows_arabic_term_names(client, directory):
    html = get(client, "/ar/initiatives/", {"category": "sprache", "district": "nordstadt"})
    assert '<html lang="ar" dir="rtl">' in html
    assert titles(html) == ["مقهى اللغة"]
    filters = html.split('class="filters__form"', 1)[1].split("</form>", 1)[0]
    for name in ("دعم اللغة", "الحي الشمالي", "البلدة القديمة", "النساء", "العربية"):
        assert f">{name}</span>" in filters
    for german in ("Sprache", "Nordstadt", "Altstadt", "Frauen", "Arabisch"):
        assert f">{german}<" not in filters
    chips = html.split('class="chips"', 1)[1].split("</ul>", 1)[0]
    assert "دعم اللغة" in chips and "الحي الشمالي" in chips
    assert 'action="/ar/initiatives/"' in html


def test_language_without_index_translation_falls_back(client, directory):
    html = get(client, "/fa/initiativen/", {"district": "nordstadt"})
    assert '<html lang="fa" dir="rtl">' in html
    assert "notice--fallback" in html
    assert titles(html) == ["Ämterlotsen", "Sprachcafé Nordstadt"]
    # No Persian names yet: German ones, marked as German.
    assert '<span lang="de">Nordstadt</span>' in html
    assert 'href="/fa/initiativen/aemterlotsen/"' in html


def test_other_language_index_redirects_to_the_visitors_own(client, directory):
    response = client.get("/en/initiativen/", {"district": "nordstadt"})
    assert response.status_code == 302
    assert response["Location"] == "/en/initiatives/?district=nordstadt"
    response = client.get("/ar/initiativen/archive/")
    assert response.status_code == 302
    assert response["Location"] == "/ar/initiatives/archive/"
