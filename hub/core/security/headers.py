"""The Content-Security-Policy: strict on the public site, looser in the editors' admin.

django-csp writes the header; this module only decides *which* policy a response gets:

- Public pages: ``settings.CONTENT_SECURITY_POLICY`` (no inline script, no plugins, no
  framing), plus the host(s) of the finder's map tiles, read from ``HUB_MAP_TILE_URL`` at
  response time so that a changed tile server needs no second setting.
- The Wagtail admin and Django's admin (``ADMIN_PATH_PREFIXES``):
  ``settings.HUB_ADMIN_CONTENT_SECURITY_POLICY``. Wagtail 8's admin still writes inline
  ``<script>`` and ``<style>`` and takes image uploads as ``blob:`` previews, so it allows
  ``'unsafe-inline'`` there; inline event handlers stay blocked and it stays
  framing-safe.
- Responses that Wagtail means to show in the admin's own iframe — previews of pages and
  snippets, wagtail-localize's translation preview, block previews — are marked by Wagtail
  with ``X-Frame-Options: SAMEORIGIN`` (or, while Wagtail renders a preview through the
  middleware a second time, come from its dummy request): they get
  ``frame-ancestors 'self'`` instead of ``'none'``. A page preview keeps the *public*
  policy, so that an editor sees what visitors will get.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")
# Leaflet's default ``subdomains`` option, which finder.js keeps.
TILE_SUBDOMAINS = "abc"
_PLACEHOLDER = re.compile(r"\{[^}]*\}")


@lru_cache(maxsize=8)
def tile_sources(url: str) -> tuple[str, ...]:
    """The CSP sources the browser needs to load tiles from the template ``url``.

    ``https://{s}.tile.example.org/{z}/{x}/{y}.png`` → one source per subdomain Leaflet
    uses; an empty URL (map switched off), a ``data:`` URL or a path on the site itself
    need nothing beyond ``img-src 'self' data:``. Cached: it is asked on every response,
    and the answer depends on the URL alone.
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return ()
    hosts = (
        [parts.netloc.replace("{s}", letter) for letter in TILE_SUBDOMAINS]
        if "{s}" in parts.netloc
        else [parts.netloc]
    )
    # Any other placeholder in the host ({r}, a custom one) cannot be listed host by host.
    return tuple(f"{parts.scheme}://{_PLACEHOLDER.sub('*', host)}" for host in hosts)


def is_admin_path(path: str) -> bool:
    return path.startswith(ADMIN_PATH_PREFIXES)


def shown_in_admin_frame(request: HttpRequest, response: HttpResponseBase) -> bool:
    """Whether Wagtail will show this response inside an iframe of its own admin."""
    if getattr(request, "is_dummy", False):
        return True
    return response.get("X-Frame-Options", "").upper() == "SAMEORIGIN"


class HubCSPMiddleware(CSPMiddleware):
    """django-csp's middleware with the policy chosen per response (see module docstring).

    Views may still use django-csp's decorators (``@csp_update`` …) on top of this.
    """

    def get_policy_parts(
        self,
        request: HttpRequest,
        response: HttpResponseBase,
        report_only: bool = False,
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        admin = is_admin_path(request.path_info) and not getattr(request, "is_dummy", False)
        if parts.config is None and admin:
            parts.config = dict(settings.HUB_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        if not admin:
            tiles = tile_sources(settings.HUB_MAP_TILE_URL)
            if tiles:
                parts.update = {**(parts.update or {})}
                parts.update["img-src"] = [*parts.update.get("img-src", ()), *tiles]
        if shown_in_admin_frame(request, response):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts
