"""The Content-Security-Policy: every public page type, in German and in Arabic, carries the
strict policy and contains nothing it would block; the map's tile host is allowed and no
other; the admin has its own, looser but framing-safe policy; Wagtail's previews may be
framed by the admin, and by nobody else."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from tests.core.security.inline_code import inline_code, parse_policy
from tests.core.security.public_site import in_language, public_pages_fixture  # noqa: F401 - fixture
from tests.network.finder_data import finder_site  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db

LANGUAGES = ["de", "ar"]
PUBLIC_POLICY = {
    "default-src": {"'self'"},
    "script-src": {"'self'"},
    "style-src": {"'self'"},
    "object-src": {"'none'"},
    "base-uri": {"'self'"},
    "form-action": {"'self'"},
    "frame-ancestors": {"'none'"},
}


def policy_of(response) -> dict[str, set[str]]:
    assert "Content-Security-Policy" in response, response.request["PATH_INFO"]
    return parse_policy(response["Content-Security-Policy"])


def get(client, path: str):
    response = client.get(path, follow=True)
    assert response.status_code in (200, 404), (path, response.status_code)
    return response


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_public_page_type_has_the_strict_policy(client, public_pages, code):
    assert len(public_pages) == 19
    for name, path in public_pages.items():
        response = get(client, in_language(path, code))
        policy = policy_of(response)
        for directive, sources in PUBLIC_POLICY.items():
            assert policy.get(directive) == sources, (name, directive, policy.get(directive))
        assert {"'self'", "data:"} <= policy["img-src"], name
        # The default tile server of the finder's map, and nothing else from elsewhere.
        assert policy["img-src"] - {"'self'", "data:"} == {"https://tile.openstreetmap.org"}
        assert response["X-Frame-Options"] == "DENY", name


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_public_page_type_needs_inline_script_or_style(client, public_pages, code):
    for name, path in public_pages.items():
        response = get(client, in_language(path, code))
        html = response.content.decode()
        if name != "not found":
            assert f'<html lang="{code}"' in html, name
        assert inline_code(html) == [], name


def test_the_finder_map_still_gets_its_data_island(client, public_pages):
    """The map's data is a JSON island, which the policy does not block (and which the
    inline check above lets through): the finder without it would have no map at all."""
    html = get(client, public_pages["finder with map"]).content.decode()
    assert '<script type="application/json" id="finder-map-data">' in html


@pytest.mark.parametrize(
    ("tile_url", "expected"),
    [
        (
            "https://{s}.tiles.example.org/{z}/{x}/{y}.png",
            {
                "https://a.tiles.example.org",
                "https://b.tiles.example.org",
                "https://c.tiles.example.org",
            },
        ),
        (
            "https://maps.example.net:8443/osm/{z}/{x}/{y}.png?key=k",
            {"https://maps.example.net:8443"},
        ),
        ("", set()),
        ("/static/tiles/{z}/{x}/{y}.png", set()),
    ],
)
def test_img_src_follows_the_map_tile_url(client, public_pages, settings, tile_url, expected):
    settings.HUB_MAP_TILE_URL = tile_url
    for path in (public_pages["finder with map"], public_pages["home page"]):
        policy = policy_of(get(client, path))
        assert policy["img-src"] == {"'self'", "data:"} | expected, path


def test_static_files_and_errors_carry_the_policy_too(client, public_pages):
    """An SVG opened on its own is a document that could run script."""
    for path in ("/static/img/favicon.svg", "/robots.txt", "/sitemap.xml", "/de/gibt-es-nicht/"):
        response = client.get(path)
        assert policy_of(response)["script-src"] == {"'self'"}, path
        assert policy_of(response)["frame-ancestors"] == {"'none'"}, path


@pytest.fixture
def editor(client, tree):
    user = get_user_model().objects.create_superuser("chefin", "chefin@example.org", "x")
    client.force_login(user)
    return user


@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", "/django-admin/"])
def test_the_admin_has_its_own_framing_safe_policy(client, editor, path):
    response = client.get(path)
    assert response.status_code == 200
    policy = policy_of(response)
    # Wagtail 8's widgets (choosers, date pickers, inline panels) and wagtail-localize's
    # editor still write inline <script> and <style>; nothing needs eval.
    assert policy["script-src"] == {"'self'", "'unsafe-inline'"}
    assert policy["script-src-attr"] == {"'none'"}
    assert policy["style-src"] == {"'self'", "'unsafe-inline'"}
    assert policy["img-src"] == {"'self'", "data:", "blob:"}
    for directive in ("default-src", "object-src", "base-uri", "form-action", "frame-ancestors"):
        assert policy[directive] == PUBLIC_POLICY[directive], directive
    assert not any("unsafe-eval" in sources for sources in policy.values())
    assert response["X-Frame-Options"] == "DENY"


def test_the_admin_login_has_the_admin_policy(client, tree):
    for path in ("/admin/login/", "/django-admin/login/"):
        policy = policy_of(client.get(path))
        assert policy["frame-ancestors"] == {"'none'"}, path
        assert policy["form-action"] == {"'self'"}, path


def test_a_preview_may_be_framed_by_the_admin_only(client, editor, tree):
    """wagtail-localize's preview of a translation is shown in an iframe of its editor: it
    gets frame-ancestors 'self' (and X-Frame-Options SAMEORIGIN, as Wagtail sets it), and
    keeps the public page's strict policy otherwise."""
    source, _created = TranslationSource.get_or_create_from_instance(tree.contact)
    job = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en")
    )
    job.save_target(publish=False)
    response = client.get(reverse("wagtail_localize:preview_translation", args=[job.pk]))
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    policy = policy_of(response)
    assert policy["frame-ancestors"] == {"'self'"}
    assert policy["script-src"] == {"'self'"}
    assert policy["style-src"] == {"'self'"}
