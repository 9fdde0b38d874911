"""The language a visitor reads in is remembered: opening ``/`` again returns to it."""

import pytest
from django.conf import settings

COOKIE = settings.LANGUAGE_COOKIE_NAME


def vary(response) -> set[str]:
    return {part.strip() for part in response.get("Vary", "").split(",")}


def test_a_visitor_who_read_arabic_returns_to_arabic(client, tree):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de")["Location"] == "/de/"
    assert client.get("/ar/about-us/", HTTP_ACCEPT_LANGUAGE="de").status_code == 200

    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 302
    assert response["Location"] == "/ar/"
    # Caches keep one redirect per cookie and browser language, never one for everybody.
    assert {"Cookie", "Accept-Language"} <= vary(response)


def test_the_switcher_choice_wins_over_the_browser_language(client, tree):
    client.get("/ar/about-us/", HTTP_ACCEPT_LANGUAGE="ar")
    client.get("/fa/ueber-uns/", HTTP_ACCEPT_LANGUAGE="ar")  # the switcher's link to Persian
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ar")["Location"] == "/fa/"


def test_the_cookie_is_set_only_when_the_language_changes(client, tree):
    first = client.get("/ar/")
    cookie = first.cookies[COOKIE]
    assert cookie.value == "ar"
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert int(cookie["max-age"]) >= 180 * 24 * 60 * 60  # outlives the browser session
    assert COOKIE not in client.get("/ar/about-us/").cookies  # unchanged: no Set-Cookie


@pytest.mark.parametrize(("path", "status"), [("/ar/gibt-es-nicht/", 404), ("/sitemap.xml", 200)])
def test_errors_and_files_remember_nothing(client, tree, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert COOKIE not in response.cookies


def test_nothing_remembered_from_the_admin(admin_client, tree):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert COOKIE not in response.cookies


def test_the_admin_keeps_the_browser_language(admin_client, tree):
    """A translator who checked the Arabic pages still gets the admin in their language."""
    admin_client.get("/ar/about-us/")
    response = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert response["Content-Language"] == "en"
    assert admin_client.get("/", HTTP_ACCEPT_LANGUAGE="en")["Location"] == "/ar/"
