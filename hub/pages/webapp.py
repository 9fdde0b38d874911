"""The site as a web app a phone keeps: ``/manifest.webmanifest``, ``/sw.js`` (the service
worker, templates/pages/service_worker.js), ``/favicon.ico``, the offline page and the
list of pages a language's visitors get stored for offline reading.

Newcomers often have little mobile data or none (a refugee shelter's Wi-Fi, a prepaid card
run dry): the compass and the organisations' addresses and hours must still open then.
The service worker stores what a visitor opened and, on the first visit, the pages of
``offline_pages`` in their language. Apps higher up add their pages (the compass, the
organisations) through the ``OFFLINE_PAGES_HOOK`` Wagtail hook: ``fn(request) -> list[str]``
of paths in the active language.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language_info
from django.views.decorators.http import require_GET
from wagtail import hooks
from wagtail.models import Site

OFFLINE_PAGES_HOOK = "hub_offline_pages"
THEME_COLOUR = "#0b6e4f"  # --color-brand in hub.css
BACKGROUND_COLOUR = "#fdfcfa"  # --color-bg
MANIFEST_ICONS = {"img/icon-192.png": "192x192", "img/icon-512.png": "512x512"}
ONE_DAY = 86_400


@cache
def _favicon() -> bytes:
    return Path(finders.find("img/favicon.ico")).read_bytes()


@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    """``/favicon.ico``, which browsers, feed readers and bookmarks ask for by that name."""
    response = HttpResponse(_favicon(), content_type="image/x-icon")
    patch_cache_control(response, public=True, max_age=7 * ONE_DAY)
    return response


def _manifest_language(request: HttpRequest) -> str:
    """``?lang=`` as the pages link it, else the visitor's language (cookie, browser)."""
    codes = {code for code, _name in settings.LANGUAGES}
    asked = request.GET.get("lang", "")
    return asked if asked in codes else translation.get_language()


@require_GET
def manifest(request: HttpRequest) -> HttpResponse:
    """The web app manifest in one language: its name, start page and direction."""
    language = _manifest_language(request)
    site = Site.find_for_request(request)
    with translation.override(language):
        home = site.root_page.localized if site else None
        name = home.title if home else settings.WAGTAIL_SITE_NAME
        start_url = home.get_url(request) if home else f"/{language}/"
    data = {
        "id": "/",
        "name": name,
        "short_name": (site.site_name if site and site.site_name else name),
        "lang": language,
        "dir": "rtl" if get_language_info(language)["bidi"] else "ltr",
        "start_url": start_url,
        "scope": "/",
        "display": "standalone",
        "background_color": BACKGROUND_COLOUR,
        "theme_color": THEME_COLOUR,
        "icons": [
            {"src": static(path), "sizes": sizes, "type": "image/png", "purpose": "any"}
            for path, sizes in MANIFEST_ICONS.items()
        ],
    }
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False), content_type="application/manifest+json"
    )
    patch_cache_control(response, public=True, max_age=ONE_DAY)
    if "lang" not in request.GET:
        patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    """``/sw.js``: at the root, so that its scope is the whole site. Browsers check it for
    changes at every visit (``no-cache``); a changed file replaces the old worker."""
    response = render(
        request,
        "pages/service_worker.js",
        {"offline_path": "offline/"},
        content_type="text/javascript; charset=utf-8",
    )
    response["Service-Worker-Allowed"] = "/"
    patch_cache_control(response, no_cache=True)
    return response


@require_GET
def offline(request: HttpRequest) -> HttpResponse:
    """What the service worker shows when a page is neither online nor stored."""
    return render(request, "pages/offline.html", {"offline_page": True})


def offline_pages_for(request: HttpRequest) -> list[str]:
    """The paths stored for offline reading on a visitor's first visit, in their language."""
    site = Site.find_for_request(request)
    home = site.root_page.localized if site else None
    paths = [home.get_url(request)] if home else []
    paths.append(reverse("offline"))
    for hook in hooks.get_hooks(OFFLINE_PAGES_HOOK):
        paths.extend(hook(request))
    return list(dict.fromkeys(path for path in paths if path))


@require_GET
def offline_pages(request: HttpRequest) -> JsonResponse:
    response = JsonResponse({"pages": offline_pages_for(request)})
    patch_cache_control(response, public=True, max_age=ONE_DAY)
    return response
