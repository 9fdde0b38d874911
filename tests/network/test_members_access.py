"""Who gets into the members' area: anonymous visitors go to the login (in their language,
and back), members and editors get in, signed-in non-members get the 403 page (never a
redirect loop). Start page, members-only pages, documents and minutes alike."""

from urllib.parse import quote

import pytest
from django.urls import reverse

from tests.events.calendar_support import occurrences
from tests.module_data import module_data
from tests.network.members_access_data import (
    MINUTES_TEXT,
    SECRET_CHILD,
    SECRET_DOCUMENT,
    SECRET_TITLE,
    Area,
    build_area,
)

pytestmark = pytest.mark.django_db


@module_data
def area(tree) -> Area:
    return build_area(tree)


def _who(area: Area, role: str):
    return {
        "member": area.members.admin_b,
        "individual": area.individual,
        "editor": area.members.moderator,
        "outsider": area.members.outsider,
    }[role]


def _login(client, area: Area, role: str) -> None:
    if role != "anonymous":
        client.force_login(_who(area, role))


def _urls(area: Area) -> dict[str, str]:
    return {
        "start page": "/de/members/",
        "members-only page": area.page.url,
        "child of a members-only page": area.child.url,
        "translated members-only page": area.page_en.url,
        "document": area.document.url,
        "minutes": f"/de/members/minutes/{area.occurrence.pk}/",
    }


PLACES = [
    "start page",
    "members-only page",
    "child of a members-only page",
    "translated members-only page",
    "document",
    "minutes",
]


@pytest.mark.parametrize("place", PLACES)
def test_anonymous_visitors_are_sent_to_the_login_and_back(client, area, place):
    url = _urls(area)[place]
    response = client.get(url)
    assert response.status_code == 302
    language = "en" if place == "translated members-only page" else "de"
    assert response["Location"] == f"/{language}/account/login/?next={quote(url, safe='/')}"


def test_a_document_sends_to_the_login_in_the_visitors_language(client, area):
    response = client.get(area.document.url, HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 302
    assert response["Location"].startswith("/ar/account/login/?next=")


@pytest.mark.parametrize("role", ["member", "individual", "editor"])
@pytest.mark.parametrize("place", PLACES)
def test_members_and_editors_get_in(client, area, role, place):
    _login(client, area, role)
    response = client.get(_urls(area)[place])
    assert response.status_code == 200
    if place == "minutes":
        assert MINUTES_TEXT in response.content.decode()
    if place == "document":
        assert b"".join(response.streaming_content).startswith(b"%PDF")


@pytest.mark.parametrize("place", PLACES)
def test_signed_in_non_members_get_the_403_page(client, area, place):
    _login(client, area, "outsider")
    response = client.get(_urls(area)[place])
    assert response.status_code == 403
    html = response.content.decode()
    assert "member organisations of the network" in html or "Mitgliedsorganisationen" in html
    assert SECRET_TITLE not in html
    assert "/account/logout/" in html


def test_403_page_is_translated_and_offers_the_membership_form(client, area):
    _login(client, area, "outsider")
    response = client.get("/en/members/")
    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "Members only" in html
    assert area.members.directory.url_path  # the directory exists: a link to its form
    assert "/apply/" in html or "mitglied-werden/" in html


def test_start_page_lists_minutes_documents_and_pages(client, area):
    _login(client, area, "member")
    html = client.get("/de/members/").content.decode()
    assert f"/de/members/minutes/{area.occurrence.pk}/" in html
    assert SECRET_DOCUMENT in html and "PDF" in html
    assert SECRET_TITLE in html and area.page.url in html


def test_start_page_shows_pages_in_the_visitors_language(client, area):
    _login(client, area, "member")
    html = client.get("/en/members/").content.decode()
    assert f"{SECRET_TITLE} (en)" in html
    assert area.page_en.url in html


def test_occurrence_page_links_the_minutes_for_members_only(client, area):
    url = area.event.url + f"{area.occurrence.pk}/"
    minutes_url = reverse("network:minutes", args=[area.occurrence.pk])
    anonymous = client.get(url).content.decode()
    assert minutes_url not in anonymous and "Minutes (members only)" not in anonymous
    _login(client, area, "outsider")
    assert minutes_url not in client.get(url).content.decode()
    client.logout()
    _login(client, area, "member")
    assert minutes_url in client.get(url).content.decode()


def test_minutes_of_a_date_without_minutes_are_404_for_members(client, area):
    _login(client, area, "member")
    other = area.secret_event  # its dates have no minutes
    response = client.get(f"/de/members/minutes/{occurrences(other).first().pk}/")
    assert response.status_code == 404


def test_members_see_the_members_area_in_the_menu(client, area):
    assert "/de/members/" not in client.get("/de/").content.decode()
    _login(client, area, "outsider")
    assert "/de/members/" not in client.get("/de/").content.decode()
    client.logout()
    _login(client, area, "member")
    assert 'href="/de/members/"' in client.get("/de/").content.decode()


def test_translation_shares_the_members_restriction(area):
    source = area.page.view_restrictions.get()
    copy = area.page_en.view_restrictions.get()
    assert copy.restriction_type == source.restriction_type == "groups"
    assert set(copy.groups.values_list("name", flat=True)) == {
        "Members",
        "Moderators",
        "Editors",
    }


def test_removing_the_restriction_of_the_source_frees_the_translation(area):
    area.page.view_restrictions.all().delete()
    assert not area.page_en.view_restrictions.exists()


SECRETS = (SECRET_TITLE, SECRET_CHILD, SECRET_DOCUMENT)


@pytest.mark.parametrize("language", ["de", "en"])
def test_search_never_shows_members_only_titles(client, area, language):
    for word in ("Zwiebelhaus", "Kassenbericht", "Protokollanlage"):
        html = client.get(f"/{language}/search/", {"q": word}).content.decode()
        for secret in SECRETS:
            assert secret not in html


def test_sitemap_never_lists_members_only_pages(client, area):
    xml = client.get("/sitemap.xml").content.decode()
    assert area.page.url not in xml and area.page_en.url not in xml
    assert area.child.url not in xml and area.secret_event.url not in xml
    assert area.event.url in xml  # the public event is there


@pytest.mark.parametrize("url", ["/de/", "/en/", "/ar/", "/de/ueber-uns/"])
def test_navigation_footer_and_alternates_never_name_members_only_pages(client, area, url):
    html = client.get(url).content.decode()
    for secret in SECRETS:
        assert secret not in html
    assert "/intern-mitglieder/" not in html and "/internal/" not in html


def test_calendar_and_its_feeds_never_show_members_only_events(client, area):
    for url in ("/de/kalender/", "/de/kalender/feed/", "/en/calendar/feed/"):
        response = client.get(url)
        assert response.status_code == 200
        assert "Klausur" not in response.content.decode(), url
    assert client.get(area.secret_event.url + "feed/").status_code == 302
