"""The "find help" page in a real Chromium: Arabic, phone width, filter, results, and
the map, which loads only when asked for.

The tile URL is a blank PNG as a data: URL, so the map needs no network; every request
the page makes must stay on the site (or be that data: URL).
"""

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.network.finder_data import finder_site  # noqa: F401 - fixture

BLANK_TILE = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk"
    "YAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


@pytest.mark.usefixtures("finder_site")
def test_finder_in_arabic_on_a_phone(
    transactional_db,
    live_server,
    new_page,
    screenshot_dir,
    settings,
):
    settings.HUB_MAP_TILE_URL = BLANK_TILE
    page = new_page(viewport=(360, 780))
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{live_server.url}/ar/find-help/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == "ابحث عن مساعدة"
    assert page.locator(".office-card").count() == 3

    page.locator("#finder-language").select_option("fa")
    page.locator(".finder__form button[type=submit]").click()
    page.wait_for_url("**/ar/find-help/?*")
    assert parse_qs(urlsplit(page.url).query)["language"] == ["fa"]
    assert page.locator(".office-card").count() == 2
    assert page.locator(".chip").count() == 1

    # No map until asked for: neither Leaflet nor a tile was requested.
    map_area = page.locator("[data-finder-map]")
    assert not map_area.is_visible()
    assert not [url for url in requests if "leaflet" in url or url.startswith("data:")]
    page.locator("[data-finder-map-toggle] button").click()
    # The map appeared (it is hidden without JavaScript) with one marker per place.
    map_area.locator(".leaflet-marker-icon").first.wait_for()
    assert map_area.is_visible()
    assert map_area.locator(".leaflet-marker-icon").count() == 2
    map_area.locator(".leaflet-marker-icon").first.click()
    popup = map_area.locator(".leaflet-popup-content a")
    popup.first.wait_for()
    assert popup.first.get_attribute("href").startswith("/ar/organisations")

    assert any(url.endswith("leaflet.js") for url in requests)
    assert not page.locator("[data-finder-map-toggle]").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert all(url.startswith((live_server.url, "data:")) for url in requests), requests
    page.screenshot(path=screenshot_dir / "finder-ar-phone.png", full_page=True)


@pytest.mark.usefixtures("finder_site")
def test_finder_without_javascript(
    transactional_db,
    live_server,
    new_page,
    settings,
):
    settings.HUB_MAP_TILE_URL = BLANK_TILE
    page = new_page(java_script_enabled=False)
    page.goto(f"{live_server.url}/de/hilfe-finden/?district=nordstadt")
    assert page.locator(".office-card").count() == 2
    assert not page.locator("[data-finder-map]").is_visible()
    assert not page.locator("[data-finder-map-toggle]").is_visible()
    page.locator("#finder-district").select_option("")
    page.locator(".finder__form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".office-card").count() == 3


PAGE_BUDGET = 100 * 1024


@pytest.mark.usefixtures("finder_site")
def test_first_load_on_a_phone_stays_small_and_off_the_map(
    transactional_db,
    live_server,
    new_page,
    settings,
):
    """At 360 px the compass loads no map script, style or tile, and its HTML, CSS and
    JavaScript stay within 100 KB (images aside)."""
    settings.HUB_MAP_TILE_URL = "https://tiles.invalid/{z}/{x}/{y}.png"
    page = new_page(viewport=(360, 780))
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(f"{live_server.url}/de/hilfe-finden/")
    page.wait_for_load_state("networkidle")
    urls = [response.url for response in responses]
    assert not [url for url in urls if "leaflet" in url or "tiles.invalid" in url], urls
    assert page.locator("[data-finder-map-toggle] button").is_visible()
    kinds = ("document", "stylesheet", "script")
    weight = sum(
        len(response.body()) for response in responses if response.request.resource_type in kinds
    )
    assert 10_000 < weight <= PAGE_BUDGET, weight
