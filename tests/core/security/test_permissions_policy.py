"""Permissions-Policy, Cross-Origin-Opener-Policy, Referrer-Policy and nosniff on every
response Django makes — public pages, members' pages, the admin, static files, errors —
in every settings module, not only in production."""

import json
import os
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model

from tests.test_settings import NOT_INHERITED, PRODUCTION_ENV, ROOT

# Off for the site and everything it could embed. The finder has no "near me".
OFF = {
    "camera",
    "microphone",
    "geolocation",
    "payment",
    "usb",
    "serial",
    "hid",
    "browsing-topics",
    "interest-cohort",
    "display-capture",
    "publickey-credentials-get",
    "xr-spatial-tracking",
}


def permissions(response) -> dict[str, str]:
    header = response["Permissions-Policy"]
    return dict(part.strip().split("=", 1) for part in header.split(","))


def paths(tree) -> list[str]:
    return [
        "/de/",
        "/ar/",
        tree.about["de"].url,
        "/de/account/login/",
        "/de/members/",
        "/de/gibt-es-nicht/",
        "/admin/login/",
        "/django-admin/login/",
        "/robots.txt",
        "/sitemap.xml",
        "/static/css/hub.css",
        "/static/vendor/leaflet/leaflet.js",
    ]


def assert_headers(response, path: str) -> None:
    policy = permissions(response)
    for feature in OFF:
        assert policy.get(feature) == "()", (path, feature)
    assert response["Cross-Origin-Opener-Policy"] == "same-origin", path
    assert response["Referrer-Policy"] == "same-origin", path
    assert response["X-Content-Type-Options"] == "nosniff", path


@pytest.mark.django_db
def test_every_kind_of_response_carries_the_headers(client, tree):
    for path in paths(tree):
        assert_headers(client.get(path), path)


@pytest.mark.django_db
def test_logged_in_responses_carry_them_too(client, tree):
    client.force_login(get_user_model().objects.create_superuser("chefin", "c@example.org", "x"))
    for path in ("/de/", "/admin/", "/admin/pages/", "/django-admin/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert_headers(response, path)


@pytest.mark.parametrize("module", ["dev", "production"])
def test_every_settings_module_sends_them(module):
    """``make run`` (dev) must not hide what production will send."""
    code = (
        "import json; from django.conf import settings as s; print(json.dumps(["
        "s.SECURE_CONTENT_TYPE_NOSNIFF, s.SECURE_REFERRER_POLICY, "
        "s.SECURE_CROSS_ORIGIN_OPENER_POLICY, s.X_FRAME_OPTIONS, s.MIDDLEWARE, "
        "sorted(s.PERMISSIONS_POLICY)]))"
    )
    env = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
    env.update(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE=f"hub.settings.{module}")
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    nosniff, referrer, coop, frames, middleware, features = json.loads(result.stdout)
    assert (nosniff, referrer, coop, frames) == (True, "same-origin", "same-origin", "DENY")
    assert "django_permissions_policy.PermissionsPolicyMiddleware" in middleware
    assert "hub.core.security.headers.HubCSPMiddleware" in middleware
    assert "hub.core.security.private_responses.PrivateResponseMiddleware" in middleware
    assert set(features) >= OFF
