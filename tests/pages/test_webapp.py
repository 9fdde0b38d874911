"""The site as a web app: /favicon.ico, touch and manifest icons, the manifest in the
visitor's language, the service worker at the root, the offline page and its list."""

import io
import json
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image
from wagtail.models import Locale

from tests.network.finder_data import finder_site  # noqa: F401 - fixture

LANGUAGE_CODES = [code for code, _ in settings.LANGUAGES]


def path_of(page) -> str:
    return urlsplit(page.url).path


def image_at(client, url: str) -> Image.Image:
    response = client.get(url)
    assert response.status_code == 200, url
    return Image.open(io.BytesIO(b"".join(response.streaming_content)))


def test_favicon_ico_exists(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    icon = Image.open(io.BytesIO(response.content))
    assert icon.format == "ICO"
    assert {(16, 16), (32, 32)} <= set(icon.info["sizes"])


def test_pages_link_touch_icon_and_manifest_in_their_language(client, tree):
    html = client.get("/ar/").content.decode()
    touch = re.search(r'<link rel="apple-touch-icon" href="([^"]+)"', html).group(1)
    assert image_at(client, touch).size == (180, 180)
    assert '<link rel="manifest" href="/manifest.webmanifest?lang=ar">' in html


@pytest.mark.parametrize("code", ["de", "ar", "fa"])
def test_manifest_speaks_the_language_it_is_linked_from(client, tree, code):
    response = client.get("/manifest.webmanifest", {"lang": code})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == tree.homes[code].title
    assert manifest["short_name"]
    assert manifest["lang"] == code
    assert manifest["dir"] == ("rtl" if code in {"ar", "fa"} else "ltr")
    assert manifest["start_url"] == f"/{code}/"
    sizes = {icon["sizes"]: icon["src"] for icon in manifest["icons"]}
    assert image_at(client, sizes["192x192"]).size == (192, 192)
    assert image_at(client, sizes["512x512"]).size == (512, 512)


def test_manifest_without_language_follows_the_visitor_and_says_so(client, tree):
    response = client.get("/manifest.webmanifest", HTTP_ACCEPT_LANGUAGE="fa")
    assert json.loads(response.content)["start_url"] == "/fa/"
    assert "Accept-Language" in response["Vary"] and "Cookie" in response["Vary"]


def test_service_worker_is_served_from_the_root_as_javascript(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    assert b'addEventListener("fetch"' in response.content


def test_every_page_registers_it_from_a_static_script(client, tree):
    html = client.get("/fa/").content.decode()
    tag = re.search(r"<script [^>]*data-worker[^>]*>", html).group(0)
    assert 'src="/static/js/offline.js"' in tag
    assert 'data-worker="/sw.js"' in tag and 'data-precache="/fa/offline/pages.json"' in tag
    assert "<script>" not in html  # nothing inline (CSP)


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_offline_page_in_every_language(client, tree, code):
    response = client.get(f"/{code}/offline/")
    assert response.status_code == 200
    with translation.override(code):
        assert gettext("You are offline") in response.content.decode()
    assert "private" not in response.get("Cache-Control", "")  # the worker may keep it


def test_offline_list_names_home_compass_and_organisations(client, tree, finder_site):  # noqa: F811
    response = client.get("/ar/offline/pages.json")
    assert response.status_code == 200
    pages = json.loads(response.content)["pages"]
    arabic = Locale.objects.get(language_code="ar")
    compass = finder_site["finder"].get_translation(arabic)
    organisations = finder_site["caritas"].get_parent().get_translation(arabic)
    assert pages[:4] == ["/ar/", "/ar/offline/", path_of(compass), path_of(organisations)]
    # Every live organisation of this site, translated or shown in German under /ar/;
    # no draft, nothing of the other site.
    caritas = finder_site["caritas"].get_translation(arabic)
    diakonie = path_of(finder_site["diakonie"]).replace("/de/", "/ar/", 1)
    assert pages[4:] == [path_of(caritas), diakonie]
    assert all(page.startswith("/ar/") for page in pages)
