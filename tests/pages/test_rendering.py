"""Every page type renders in every language with the right lang/dir and page frame."""

import re

import pytest
from django.conf import settings
from django.utils.translation import get_language_info

LANGUAGE_CODES = [code for code, _ in settings.LANGUAGES]


def assert_frame(html: str, code: str) -> None:
    bidi = get_language_info(code)["bidi"]
    assert f'<html lang="{code}" dir="{"rtl" if bidi else "ltr"}">' in html
    assert len(re.findall(r"<h1[\s>]", html)) == 1, "exactly one <h1>"
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    assert 'class="main-nav"' in html and 'class="language-switcher"' in html


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_home_page_renders_in_every_language(client, tree, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert_frame(html, code)
    assert tree.homes[code].title in html


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_content_page_renders_in_every_language(client, tree, code):
    page = tree.about.get(code, tree.about["de"])
    response = client.get(f"/{code}/{page.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert_frame(html, code)
    assert page.title in html


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_search_page_renders_in_every_language(client, tree, code):
    response = client.get(f"/{code}/search/", {"q": "Netzwerk"})
    assert response.status_code == 200
    assert_frame(response.content.decode(), code)


def test_navigation_lists_menu_pages_of_the_active_language(client, tree):
    html = client.get("/en/").content.decode()
    nav = html.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
    assert '<a href="/en/about-us/">About us</a>' in nav
    assert "Über uns" not in nav
    # Not translated into English: the German page keeps its place, marked as German.
    assert '<a href="/en/kontakt/" lang="de">Kontakt</a>' in nav


def test_draft_and_private_pages_are_not_public(client, tree):
    assert client.get("/de/entwurf/").status_code == 404
    response = client.get("/de/intern/")
    assert response.status_code == 302
    assert "login" in response["Location"]
