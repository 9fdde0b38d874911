"""/sitemap.xml and /robots.txt."""

import xml.etree.ElementTree as ET

from django.db import connection
from django.test.utils import CaptureQueriesContext

from hub.pages.models import ContentPage

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client) -> dict[str, set[tuple[str, str]]]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 — our own response
    return {
        url.findtext("sm:loc", namespaces=NS): {
            (link.get("hreflang"), link.get("href")) for link in url.findall("x:link", NS)
        }
        for url in root.findall("sm:url", NS)
    }


def test_sitemap_lists_every_live_page_in_every_language(client, tree):
    entries = sitemap_entries(client)
    root = tree.site.root_url
    for code in ("de", "en", "ar", "fa", "fr"):
        assert f"{root}/{code}/" in entries
    assert f"{root}/de/ueber-uns/" in entries
    assert f"{root}/en/about-us/" in entries
    assert f"{root}/ar/about-us/" in entries
    assert f"{root}/de/kontakt/" in entries
    assert not any("entwurf" in loc or "intern" in loc for loc in entries)


def test_sitemap_alternates_name_the_translations(client, tree):
    entries = sitemap_entries(client)
    root = tree.site.root_url
    assert entries[f"{root}/en/about-us/"] == {
        ("de", f"{root}/de/ueber-uns/"),
        ("en", f"{root}/en/about-us/"),
        ("ar", f"{root}/ar/about-us/"),
    }
    assert entries[f"{root}/de/kontakt/"] == set()


def test_sitemap_query_count_does_not_grow_with_pages(client, tree):
    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            client.get("/sitemap.xml")
        return len(queries)

    client.get("/sitemap.xml")  # warm Wagtail's site-root-path cache
    few = count_queries()
    home = tree.homes["de"]
    for number in range(30):
        page = home.add_child(instance=ContentPage(title=f"Seite {number}", slug=f"seite-{number}"))
        page.save_revision().publish()
    client.get("/sitemap.xml")
    assert count_queries() == few
    assert len(sitemap_entries(client)) >= 30


def test_robots_txt_points_to_sitemap(client, tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body
