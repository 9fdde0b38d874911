"""The "find help" page: filters and their counts, open now, URL state, the map's data,
German fallback in Arabic, site scoping, and a query count that does not grow."""

import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import Locale

from hub.demo.factories.network import add_offices
from hub.network.models import Office
from tests.network.finder_data import MONDAY_10, OTHER_HOST


@pytest.fixture
def at_monday_10(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: MONDAY_10)


def cards(content: str) -> list[str]:
    """The office names of the result cards, in order."""
    return re.findall(r'class="office-card__title"[^>]*><span[^>]*>([^<]*)</span>', content)


def get(client, url: str, **params) -> str:
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def test_one_card_per_office_of_live_organisations_of_this_site(client, finder_site):
    content = get(client, finder_site["finder"].url)
    assert cards(content) == ["Beratungsstelle Nordstadt", "Büro Altstadt", "Büro Nordstadt"]
    assert "Geheimbüro" not in content and "Büro Anderstadt" not in content
    assert 'href="/de/organisationen/caritas/"' in content


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"service": "sprache"}, ["Beratungsstelle Nordstadt"]),
        ({"district": "nordstadt"}, ["Beratungsstelle Nordstadt", "Büro Nordstadt"]),
        ({"language": "fa"}, ["Beratungsstelle Nordstadt", "Büro Altstadt"]),
        ({"language": "ar"}, ["Beratungsstelle Nordstadt"]),
        ({"service": "begleitung", "district": "nordstadt"}, ["Büro Nordstadt"]),
        ({"service": "begleitung", "language": "fa"}, ["Büro Altstadt"]),
        ({"district": "altstadt", "language": "ar"}, []),
        # Unknown values (an old bookmark) stop filtering instead of failing.
        ({"district": "gibts-nicht", "language": "xx"}, None),
    ],
)
def test_filters_and_their_combinations(client, finder_site, params, expected):
    content = get(client, finder_site["finder"].url, **params)
    if expected is None:
        expected = ["Beratungsstelle Nordstadt", "Büro Altstadt", "Büro Nordstadt"]
    assert cards(content) == expected


def option_counts(content: str, param: str) -> dict[str, str]:
    select = re.search(rf'<select id="finder-{param}" name="{param}">(.*?)</select>', content, re.S)
    return dict(re.findall(r'<option value="([^"]+)"[^>]*>[^<]*\((\d+)\)</option>', select[1]))


def test_counts_are_taken_under_the_other_filters(client, finder_site):
    content = get(client, finder_site["finder"].url, service="begleitung")
    assert option_counts(content, "district") == {"altstadt": "1", "nordstadt": "1"}
    assert option_counts(content, "language") == {"fa": "1"}
    # The chosen dimension itself still offers its alternatives.
    assert option_counts(content, "service") == {"sprache": "1", "begleitung": "2"}
    # A term no office has is not offered.
    assert "sport" not in option_counts(get(client, finder_site["finder"].url), "service")


def test_open_now_only(client, finder_site, at_monday_10):
    content = get(client, finder_site["finder"].url, open="1")
    assert cards(content) == ["Beratungsstelle Nordstadt"]
    assert "Open now until" in content or "Jetzt geöffnet bis" in content
    assert re.search(r'name="open" value="1" checked> [^<]*\(1\)', content)
    closed = get(client, finder_site["finder"].url, open="1", service="begleitung")
    assert cards(closed) == []
    # Nothing open: the way out shows the offices regardless of opening hours.
    assert 'href="/de/hilfe-finden/?service=begleitung"' in closed


def test_open_now_at_another_time(client, finder_site, monkeypatch):
    tuesday = datetime(2026, 12, 1, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    monkeypatch.setattr(timezone, "now", lambda: tuesday)
    assert cards(get(client, finder_site["finder"].url, open="1")) == ["Büro Altstadt"]


def test_url_state_is_rendered_back_into_the_form_and_chips(client, finder_site, at_monday_10):
    with translation.override("en"):
        url = finder_site["finder"].url.replace("/de/", "/en/")
        content = get(client, url, service="sprache", language="ar", open="1")
    assert '<option value="sprache" selected>' in content
    assert re.search(r'<option value="ar" selected[^>]*>', content)
    assert 'name="open" value="1" checked' in content
    chips = re.findall(r'<a class="chip" href="([^"]+)"', content)
    assert sorted(chips) == sorted(
        [
            "/en/hilfe-finden/?language=ar&amp;open=1",
            "/en/hilfe-finden/?service=sprache&amp;open=1",
            "/en/hilfe-finden/?service=sprache&amp;language=ar",
        ]
    )
    assert '<meta name="robots" content="noindex, follow">' in content
    assert "Language support" in content


def test_empty_result_has_a_way_out(client, finder_site):
    with translation.override("en"):
        content = get(client, "/en/hilfe-finden/", district="altstadt", language="ar")
    assert "No office matches all of these filters." in content
    assert "show all offices</a>" in content and 'href="/en/hilfe-finden/"' in content


def map_island(content: str) -> dict:
    match = re.search(
        r'<script type="application/json" id="finder-map-data">(.*?)</script>', content
    )
    return json.loads(match.group(1))


def test_markup_works_without_javascript(client, finder_site, settings):
    settings.HUB_MAP_TILE_URL = "https://tiles.example/{z}/{x}/{y}.png"
    content = get(client, finder_site["finder"].url)
    assert re.search(r'<form class="finder__form" method="get" action="/de/hilfe-finden/"', content)
    assert '<button type="submit">' in content
    # The map area and its button are hidden until finder.js shows them; Leaflet comes
    # from the site itself, and only when the visitor asks for the map.
    assert re.search(r'<div class="finder__map" [^>]*data-finder-map [^>]*hidden>', content)
    assert re.search(r'<p class="finder__map-toggle" data-finder-map-toggle hidden>', content)
    assert 'data-leaflet-js="/static/vendor/leaflet/leaflet.js"' in content
    assert not re.search(r"<(script|link)[^>]+vendor/leaflet", content)
    data = map_island(content)
    assert data["tiles"]["url"] == "https://tiles.example/{z}/{x}/{y}.png"
    # Only offices with coordinates are on the map.
    assert [marker["office"] for marker in data["markers"]] == [
        "Beratungsstelle Nordstadt",
        "Büro Altstadt",
    ]
    assert data["markers"][0]["url"] == "/de/organisationen/caritas/"


def test_map_island_is_script_safe(client, finder_site):
    office = Office.objects.get(name="Beratungsstelle Nordstadt", locale__language_code="de")
    office.name = "</script><script>alert(1)</script>"
    office.save()
    content = get(client, finder_site["finder"].url)
    assert "<script>alert(1)" not in content
    assert map_island(content)["markers"][0]["office"] == office.name


def test_no_map_without_tile_url(client, finder_site, settings):
    settings.HUB_MAP_TILE_URL = ""
    content = get(client, finder_site["finder"].url)
    assert "data-finder-map" not in content and "leaflet" not in content
    assert len(cards(content)) == 3


def test_arabic_page_with_german_fallback(client, finder_site):
    content = get(client, "/ar/find-help/")
    assert "ابحث عن مساعدة" in content and 'dir="rtl"' in content
    # Translated organisation: Arabic title, Arabic URL, no language mark.
    assert '<a href="/ar/organisations/caritas/">كاريتاس</a>' in content
    # Not translated: the German page under the Arabic prefix, marked as German.
    assert re.search(r'<a href="/ar/organisationen/diakonie/" lang="de"[^>]*>Diakonie', content)
    assert re.search(r'<span lang="de" dir="auto">Büro Altstadt</span>', content)
    # Terms and languages in Arabic.
    assert "الحي الشمالي" in content and "الفارسية" in content
    assert ">Nordstadt<" not in content


def test_german_url_in_arabic_redirects_to_the_translation(client, finder_site):
    response = client.get("/ar/hilfe-finden/?district=nordstadt")
    assert response.status_code == 302
    assert response["Location"] == "/ar/find-help/?district=nordstadt"


def test_translated_finder_page(client, finder_site):
    arabic = finder_site["finder"].get_translation(Locale.objects.get(language_code="ar"))
    assert arabic.live and arabic.intro == "<p>بماذا تحتاج إلى المساعدة؟</p>"
    content = get(client, arabic.url)
    assert "بماذا تحتاج إلى المساعدة؟" in content
    assert "notice--fallback" not in content
    # Not translated into Persian: the German page with a notice, never a 404.
    persian = get(client, "/fa/hilfe-finden/")
    assert "notice--fallback" in persian and "Wobei brauchen Sie Hilfe?" in persian


def test_other_site_lists_only_its_own_organisations(client, finder_site):
    response = client.get("/de/hilfe-finden/", HTTP_HOST=OTHER_HOST)
    assert response.status_code == 200
    assert cards(response.content.decode()) == ["Büro Anderstadt"]


def test_pagination_keeps_the_filters(client, finder_site):
    add_offices(finder_site["diakonie"], 30, district=finder_site["terms"]["altstadt"])
    content = get(client, finder_site["finder"].url, district="altstadt")
    assert len(cards(content)) == 20
    assert 'href="/de/hilfe-finden/?district=altstadt&amp;page=2"' in content
    second = get(client, finder_site["finder"].url, district="altstadt", page="2")
    assert len(cards(second)) == 11


def test_query_count_does_not_depend_on_the_number_of_offices(client, finder_site):
    terms = finder_site["terms"]
    pages = [finder_site["caritas"], finder_site["diakonie"]]
    url = finder_site["finder"].url
    counts = []
    for extra in (7, 290):  # 10 offices, then 300
        add_offices(pages[1], extra, languages=(terms["arabisch"],), district=terms["nordstadt"])
        total = Office.objects.filter(page__in=pages).count()
        assert client.get(url).status_code == 200  # warm the site and page caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, {"language": "ar"})
        assert response.status_code == 200
        counts.append((total, len(queries)))
    assert [total for total, _queries in counts] == [10, 300]
    assert counts[0][1] == counts[1][1]
