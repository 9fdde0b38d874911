"""The language a visitor reads in, remembered: whoever chose Arabic in the switcher or
followed a link to an Arabic page and later opens ``/`` (a bookmark, the home-screen
icon, the address typed from a flyer) is sent to ``/ar/`` again.

Django's ``LocaleMiddleware`` already redirects ``/`` by ``LANGUAGE_COOKIE_NAME`` (then
Accept-Language) and marks that redirect ``Vary: Accept-Language, Cookie``; nothing set
the cookie, since the switcher consists of plain links. This middleware sets it on every
page under a language prefix whose language differs from the cookie's, so the switcher
needs neither a form nor JavaScript.

Caches: a page's content never depends on the cookie (the language is in its URL), so
public pages stay cacheable; only the response that changes the cookie carries a
``Set-Cookie`` (the first page read in a new language), which shared caches do not store.
The one response that depends on the cookie, the redirect of ``/``, varies on it.

The admins do not follow it: their language is the editor's setting, else the browser's.
A translator who checks the Arabic pages would otherwise find the admin in Arabic. So
the middleware sits above ``LocaleMiddleware`` and hides the cookie from it there.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.utils.translation import get_language_from_path

from hub.core.security.headers import is_admin_path


def remembers(request: HttpRequest, response: HttpResponseBase) -> str | None:
    """The language to remember from this response, or None."""
    if request.method != "GET" or response.status_code != 200:
        return None
    if not response.get("Content-Type", "").startswith("text/html"):
        return None
    if is_admin_path(request.path_info):
        return None
    language = get_language_from_path(request.path_info)
    if not language or request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) == language:
        return None
    return language


class LanguageCookieMiddleware:
    """Sets the language cookie to the language of the page read (see module docstring)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if is_admin_path(request.path_info) and settings.LANGUAGE_COOKIE_NAME in request.COOKIES:
            request.COOKIES = {
                name: value
                for name, value in request.COOKIES.items()
                if name != settings.LANGUAGE_COOKIE_NAME
            }
        response = self.get_response(request)
        language = remembers(request, response)
        if language:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response
