"""``Cache-Control: private, no-store`` (and ``Vary: Cookie``) wherever a page shows
member-only or personal data — the members' area, account pages, personal links from
e-mails, members-only pages and documents, anything a logged-in person sees, the admin —
while public pages for anonymous visitors stay cacheable."""

import uuid

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.utils.cache import patch_cache_control
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from hub.core.security.private_responses import make_private
from hub.demo.factories.events import RegistrationFactory
from hub.demo.factories.pages import InitiativeIndexPageFactory, InitiativePageFactory
from hub.network.invitations import invitation_path
from hub.network.models import BoardEntry
from tests.module_data import module_data
from tests.network.members_access_data import Area, build_area

pytestmark = pytest.mark.django_db


@module_data
def area(tree) -> Area:
    return build_area(tree)


@module_data
def initiatives(tree) -> dict:
    index = InitiativeIndexPageFactory(parent=tree.homes["de"])
    return {"index": index, "initiative": InitiativePageFactory(parent=index, title="Nähcafé Nord")}


def directives(response) -> set[str]:
    return {
        part.strip().split("=", 1)[0].lower()
        for part in response.get("Cache-Control", "").split(",")
        if part.strip()
    }


def vary(response) -> set[str]:
    return {part.strip().lower() for part in response.get("Vary", "").split(",")}


def assert_private(response, what: str) -> None:
    assert {"private", "no-store"} <= directives(response), (what, response.get("Cache-Control"))
    assert "public" not in directives(response), what
    assert "s-maxage" not in directives(response), what
    assert "cookie" in vary(response), (what, response.get("Vary"))


def assert_cacheable(response, what: str) -> None:
    assert "no-store" not in directives(response), (what, response.get("Cache-Control"))
    assert "private" not in directives(response), (what, response.get("Cache-Control"))


def members_urls(area: Area) -> dict[str, str]:
    entry = BoardEntry.objects.create(
        kind="offer", title="Biete: Sprachkurs", text="Dienstags.", language="de",
        author=area.members.admin_b,
    )  # fmt: skip
    caritas = area.members.diakonie.pk
    return {
        "members' start page": "/de/members/",
        "board": "/de/members/board/",
        "board entry": f"/de/members/board/{entry.pk}/",
        "new board entry": "/de/members/board/new/",
        "board notifications": "/de/members/board/notifications/",
        "member directory": "/de/members/directory/",
        "own profile": "/de/members/profile/",
        "minutes": f"/de/members/minutes/{area.occurrence.pk}/",
        "members-only page": area.page.url,
        "child of a members-only page": area.child.url,
        "members-only document": area.document.url,
        "own data": "/de/account/data/",
        "own data download": "/de/account/data/download/",
        "delete account": "/de/account/data/delete/",
        "my organisation": "/de/account/organisation/",
        "organisation overview": f"/de/account/organisation/{caritas}/",
        "organisation profile form": f"/de/account/organisation/{caritas}/profile/",
        "organisation members": f"/de/account/organisation/{caritas}/members/",
    }


def test_members_area_and_account_pages_for_a_member(client, area):
    client.force_login(area.members.admin_b)
    for what, path in members_urls(area).items():
        response = client.get(path, follow=True)
        assert response.status_code == 200, (what, path, response.status_code)
        assert_private(response, what)


def test_members_area_asked_for_anonymously(client, area):
    """The redirect to the login (or the refusal) must not be cached for the next person
    either: it sits where the private page will be once they are logged in."""
    for what, path in members_urls(area).items():
        assert_private(client.get(path), what)


def test_account_pages_for_anonymous_visitors(client, area):
    user = area.members.admin_b
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    reset = f"/de/account/password/{uidb64}/{default_token_generator.make_token(user)}/"
    for what, path in {
        "login": "/de/account/login/",
        "login in Arabic": "/ar/account/login/",
        "password reset": "/de/account/password/",
        "password reset sent": "/de/account/password/sent/",
        "password reset link": reset,
        "invitation link": invitation_path(user, "de"),
    }.items():
        response = client.get(path, follow=True)
        assert response.status_code == 200, (what, response.status_code)
        assert_private(response, what)


def test_personal_links_from_e_mails(client, area, initiatives):
    registration = RegistrationFactory(
        occurrence=area.occurrence, email="amal@example.org", name="Amal Haddad"
    )
    event = area.event.url
    for what, path in {
        "registration confirmation": f"{event}confirm/{registration.confirm_token}/",
        "registration cancellation": f"{event}cancel/{registration.cancel_token}/",
        "outdated registration link": f"{event}cancel/{uuid.uuid4()}/",
        "initiative confirmation": f"{initiatives['index'].url}confirm/{uuid.uuid4()}/",
        "initiative correction": f"{initiatives['index'].url}update/{uuid.uuid4()}/",
    }.items():
        response = client.get(path)
        assert response.status_code in (200, 404), (what, response.status_code)
        assert_private(response, what)
    page = client.get(f"{event}cancel/{registration.cancel_token}/").content.decode()
    assert "Amal" in page or "amal@example.org" in page


def test_a_form_submission_answer_is_private(client, area):
    """A re-shown form repeats what the person typed (name, e-mail)."""
    response = client.post(
        f"{area.event.url}{area.occurrence.pk}/register/",
        {"name": "Amal Haddad", "email": "not-an-address", "language": "de"},
    )
    assert_private(response, "registration form with errors")


def public_urls(tree, area: Area, initiatives: dict) -> dict[str, str]:
    organisation = area.members.caritas
    return {
        "home page": "/de/",
        "home page in Arabic": "/ar/",
        "content page": tree.about["de"].url,
        "calendar": area.event.get_parent().url,
        "event": area.event.url,
        "date": f"{area.event.url}{area.occurrence.pk}/",
        "organisations directory": organisation.get_parent().url,
        "organisation": organisation.url,
        "initiatives directory": initiatives["index"].url,
        "initiative": initiatives["initiative"].url,
        "search": "/de/search/?q=Beratung",
        "sitemap": "/sitemap.xml",
        "robots.txt": "/robots.txt",
    }


def test_public_pages_stay_cacheable_for_anonymous_visitors(client, tree, area, initiatives):
    for what, path in public_urls(tree, area, initiatives).items():
        response = client.get(path)
        assert response.status_code == 200, (what, response.status_code)
        assert_cacheable(response, what)


def test_every_response_to_a_logged_in_person_is_private(client, tree, area, initiatives):
    """A logged-in member sees their name and the members' menu on every page."""
    client.force_login(area.members.admin_b)
    for what, path in public_urls(tree, area, initiatives).items():
        response = client.get(path)
        assert response.status_code == 200, (what, response.status_code)
        assert_private(response, what)


def test_the_admin_is_private(client, area):
    client.force_login(area.members.moderator)
    assert_private(client.get("/admin/login/"), "admin login")
    client.logout()
    for path in ("/admin/login/", "/django-admin/login/", "/admin/password_reset/"):
        assert_private(client.get(path), path)


def test_a_view_that_asked_for_public_caching_is_overruled():
    """Private wins over whatever a view said before (``public``, ``s-maxage``)."""
    from django.http import HttpResponse

    response = HttpResponse("x")
    patch_cache_control(response, public=True, max_age=900, s_maxage=900)
    make_private(response)
    assert directives(response) == {"private", "no-store"}
    assert "cookie" in vary(response)
