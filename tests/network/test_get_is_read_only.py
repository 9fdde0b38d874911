"""Opening a members' page changes nothing (tests/test_no_writes_on_get.py crawls them
all); the language of a member's e-mails follows what they do: logging in on a page in
that language, or sending a form in it."""

import pytest
from django.core.cache import cache

from hub.network.models import MemberProfile, Membership
from tests.network.people_support import url
from tests.network.selfservice_support import PASSWORD, build_members


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(name="members")
def members_fixture(tree):
    return build_members(tree)


def language_of(user) -> str:
    return Membership.objects.get(user=user).language


@pytest.mark.django_db
def test_opening_my_organisation_in_another_language_keeps_the_email_language(client, members):
    client.force_login(members.admin_a)  # uses the site in Arabic
    for name in ("organisation", "edit_organisation", "edit_contacts", "members"):
        assert client.get(url(name, "en", pk=members.caritas.pk)).status_code == 200
    assert language_of(members.admin_a) == "ar"


@pytest.mark.django_db
def test_sending_a_form_in_a_language_makes_it_the_email_language(client, members):
    client.force_login(members.admin_a)
    client.post(url("members", "en", pk=members.caritas.pk), {"action": "none"})
    assert language_of(members.admin_a) == "en"


@pytest.mark.django_db
def test_logging_in_on_a_page_in_a_language_makes_it_the_email_language(client, members):
    response = client.post(url("login", "fr"), {"username": "samira", "password": PASSWORD})
    assert response.status_code == 302
    assert language_of(members.admin_a) == "fr"
    # The editing area's login has no language in its address: it changes nothing.
    client.logout()
    client.post(
        "/admin/login/", {"username": "samira", "password": PASSWORD}, HTTP_ACCEPT_LANGUAGE="de"
    )
    assert language_of(members.admin_a) == "fr"


@pytest.mark.django_db
def test_the_directory_and_the_profile_form_create_no_profile(client, members):
    client.force_login(members.editor_a)
    directory = client.get(url("member_directory", "en"))
    assert directory.status_code == 200
    assert "Paul Test" in directory.content.decode(), "listed without a saved profile"
    form = client.get(url("member_profile", "en"))
    assert 'value="Paul Test"' in form.content.decode(), "the form starts from the account"
    assert not MemberProfile.objects.filter(user=members.editor_a).exists()
