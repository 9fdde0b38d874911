"""The language switcher and hreflang: translations where they exist, fallback otherwise."""

import re

import pytest
from django.conf import settings

from hub.demo.factories.pages import InitiativeIndexPageFactory

LANGUAGE_CODES = [code for code, _ in settings.LANGUAGES]


def switcher_links(html: str) -> dict[str, str]:
    nav = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return {code: href for href, code in re.findall(r'<a href="([^"]+)" lang="([a-z-]+)"', nav)}


def test_switcher_leads_to_existing_translations(client, tree):
    links = switcher_links(client.get("/de/ueber-uns/").content.decode())
    assert links["de"] == "/de/ueber-uns/"
    assert links["en"] == "/en/about-us/"
    assert links["ar"] == "/ar/about-us/"


def test_switcher_leads_to_source_page_with_notice_where_no_translation(client, tree):
    links = switcher_links(client.get("/de/ueber-uns/").content.decode())
    assert links["fa"] == "/fa/ueber-uns/"
    response = client.get(links["fa"])
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fa" dir="rtl">' in html
    assert "Über uns" in html  # the German source text…
    assert 'class="notice notice--fallback"' in html  # …with the notice


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_no_switcher_link_is_a_dead_end(client, tree, code):
    for start in ("/de/", "/de/ueber-uns/", "/de/kontakt/", f"/{code}/search/?q=x"):
        links = switcher_links(client.get(start).content.decode())
        response = client.get(links[code], follow=True)
        assert response.status_code == 200, (start, links[code])
        assert f'<html lang="{code}"' in response.content.decode()


def test_fallback_notice_only_where_the_page_is_not_translated(client, tree):
    assert "notice--fallback" not in client.get("/ar/about-us/").content.decode()
    assert "notice--fallback" in client.get("/fr/kontakt/").content.decode()


def test_source_slug_under_translated_language_redirects_to_translation(client, tree):
    response = client.get("/en/ueber-uns/")
    assert response.status_code == 302
    assert response["Location"] == "/en/about-us/"


def test_unknown_page_is_still_a_404(client, tree):
    assert client.get("/ar/gibt-es-nicht/").status_code == 404
    assert client.get("/de/gibt-es-nicht/").status_code == 404


def test_hreflang_names_only_existing_translations(client, tree):
    html = client.get("/de/ueber-uns/").content.decode()
    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([a-zA-Z-]+)" href="([^"]+)"', html)
    )
    assert set(alternates) == {"de", "en", "ar", "x-default"}
    root = tree.site.root_url
    assert alternates["en"] == f"{root}/en/about-us/"
    assert alternates["x-default"] == f"{root}/de/ueber-uns/"


def test_root_redirects_to_preferred_language(client, tree):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ar,en;q=0.5")["Location"] == "/ar/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fa-IR")["Location"] == "/fa/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr-CH, fr;q=0.9")["Location"] == "/fr/"


def test_root_defaults_to_german(client, tree):
    assert client.get("/")["Location"] == "/de/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ja,zh;q=0.8")["Location"] == "/de/"


def test_switcher_keeps_sub_route_and_filters(client, tree):
    InitiativeIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    links = switcher_links(client.get("/de/initiativen/archive/").content.decode())
    assert links["en"] == "/en/initiatives/archive/"
    assert links["fa"] == "/fa/initiativen/archive/"
    links = switcher_links(client.get("/de/initiativen/?category=sprache").content.decode())
    assert links["ar"] == "/ar/initiatives/?category=sprache"
