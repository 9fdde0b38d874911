"""``Cache-Control: private, no-store`` on every response that may show personal data.

Members' minutes and phone lists, a registrant's name behind a confirmation link, an
account's own data: none of it may stay in a shared cache (a proxy, a CDN, the
counselling office's caching gateway) or in the browser of a shared computer after the
person has left. Deciding this per view would let the next view forget it, so the rule
sits in a middleware and looks at the request and the response instead:

- the visitor is logged in (every response to them, admin included);
- the path lies in an area that is personal by nature: the admins, ``/<language>/account/``
  (login, password, invitation, own data, "My organisation"), ``/<language>/members/``;
- the URL carries a personal link: a URL argument named ``…token…`` or ``uidb64`` (event
  registration confirm/cancel, initiative confirm/correct, password reset, invitation) —
  also for routes inside Wagtail pages (``RoutablePageMixin``);
- the request is a form submission (anything but GET/HEAD/OPTIONS): its answer repeats what
  the person typed;
- the response starts a session (``Set-Cookie`` of the session cookie);
- the response already calls itself ``private`` or ``no-store``: Wagtail does this for
  pages with a view restriction and for previews, ``never_cache`` views do;
- a view or hook called ``mark_private(request)`` (documents in restricted collections,
  see ``hub.network.members.hooks``).

Such responses get ``private, no-store`` (and lose any ``public``/``s-maxage``) and
``Vary: Cookie``. Anything else — public pages for anonymous visitors — is left alone and
stays cacheable.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.utils.cache import patch_cache_control, patch_vary_headers

from hub.core.security.headers import is_admin_path

# Under every language prefix (``/de/account/…``, ``/ar/members/…``).
PRIVATE_LOCALISED_SECTIONS = ("account", "members")
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
_LOCALISED = re.compile(r"^/[^/]+/(?P<section>[^/]+)/")


def mark_private(request: HttpRequest) -> None:
    """Make the response to ``request`` private, whatever it turns out to be."""
    request.hub_private = True


def is_private_path(path: str) -> bool:
    if is_admin_path(path):
        return True
    match = _LOCALISED.match(path)
    return bool(match) and match["section"] in PRIVATE_LOCALISED_SECTIONS


def carries_personal_link(request: HttpRequest) -> bool:
    """Whether the URL holds a secret that identifies a person (see module docstring)."""
    for match in (
        getattr(request, "resolver_match", None),
        getattr(request, "routable_resolver_match", None),
    ):
        if match is not None and any(
            "token" in name or name == "uidb64" for name in (match.kwargs or {})
        ):
            return True
    return False


def is_logged_in(request: HttpRequest) -> bool:
    # Without a session cookie nobody is logged in: the session is not even loaded then,
    # so anonymous public responses get no ``Vary: Cookie`` from looking.
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


def already_private(response: HttpResponseBase) -> bool:
    directives = {
        part.strip().split("=", 1)[0].lower()
        for part in response.get("Cache-Control", "").split(",")
        if part.strip()
    }
    return bool(directives & {"private", "no-store"})


def is_personal(request: HttpRequest, response: HttpResponseBase) -> bool:
    return (
        getattr(request, "hub_private", False)
        or request.method not in SAFE_METHODS
        or is_private_path(request.path_info)
        or already_private(response)
        or settings.SESSION_COOKIE_NAME in response.cookies
        or carries_personal_link(request)
        or is_logged_in(request)
    )


def make_private(response: HttpResponseBase) -> None:
    """``private, no-store`` whatever the view said before, and ``Vary: Cookie``."""
    if "Cache-Control" in response:
        kept = [
            part.strip()
            for part in response["Cache-Control"].split(",")
            if part.strip()
            and part.strip().split("=", 1)[0].lower() not in ("public", "s-maxage", "max-age")
        ]
        response["Cache-Control"] = ", ".join(kept)
        if not kept:
            del response["Cache-Control"]
    patch_cache_control(response, private=True, no_store=True)
    patch_vary_headers(response, ("Cookie",))


class PrivateResponseMiddleware:
    """Applies the rule above; sits above SessionMiddleware to see the session cookie."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if is_personal(request, response):
            make_private(response)
        return response
