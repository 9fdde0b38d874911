"""Editors see memberships and profile changes in the admin; members and the public do not."""

from django.contrib.auth.models import Group
from django.utils import translation
from wagtail.users.models import UserProfile

from hub.demo.factories.network import OrganisationIndexPageFactory, OrganisationPageFactory
from hub.network.models import MemberRole, Membership, ProfileChange
from tests.module_data import module_data
from tests.network.test_applications import make_user

MEMBERSHIPS = "/admin/network/membership/"
CHANGES = "/admin/network/profilechange/"


@module_data
def organisation(tree):
    return OrganisationPageFactory(
        parent=OrganisationIndexPageFactory(parent=tree.homes["de"], translations=()),
        title="Caritas Beratung",
    )


def test_editors_add_change_and_end_memberships_by_the_rules(client, organisation):
    editor = make_user("redakteur", "redaktion@example.org", "Editors")
    person = make_user("nour", "nour@example.org", first_name="Nour", last_name="Aziz")
    client.force_login(editor)
    response = client.post(
        f"{MEMBERSHIPS}create/",
        {"organisation": organisation.pk, "user": person.pk, "role": "admin", "language": "ar"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    membership = Membership.objects.get(user=person)
    assert membership.role == MemberRole.ADMIN and membership.language == "ar"
    assert person.groups.filter(name="Members").exists()
    html = client.get(MEMBERSHIPS).content.decode()
    assert "Caritas Beratung" in html and "nour@example.org" in html

    # The only organisation admin stays admin, and cannot be removed.
    edit = client.post(
        f"{MEMBERSHIPS}edit/{membership.pk}/",
        {"organisation": organisation.pk, "user": person.pk, "role": "editor", "language": "ar"},
    )
    assert edit.status_code == 200
    client.post(f"{MEMBERSHIPS}delete/{membership.pk}/")
    assert Membership.objects.filter(pk=membership.pk).exists()

    colleague = make_user("ali", "ali@example.org")
    Membership.objects.create(
        organisation=organisation, user=colleague, role=MemberRole.ADMIN, language="de"
    )
    client.post(f"{MEMBERSHIPS}delete/{membership.pk}/")
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_the_admin_form_cannot_demote_the_last_organisation_admin(client, organisation):
    """The edit form goes through ``services.change_role``: its message, in the editor's
    admin language, is the form's error, and the role stays."""
    editor = make_user("editorin", "editorin@example.org", "Editors")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    person = make_user("samir", "samir@example.org")
    membership = Membership.objects.create(
        organisation=organisation, user=person, role=MemberRole.ADMIN, language="de"
    )
    client.force_login(editor)

    response = client.post(
        f"{MEMBERSHIPS}edit/{membership.pk}/",
        {"organisation": organisation.pk, "user": person.pk, "role": "editor", "language": "de"},
    )

    assert response.status_code == 200
    with translation.override("en"):
        assert "An organisation needs at least one organisation admin." in (
            response.content.decode()
        )
    membership.refresh_from_db()
    assert membership.role == MemberRole.ADMIN
    # With a second admin the same form changes the role.
    Membership.objects.create(
        organisation=organisation,
        user=make_user("lea", "lea@example.org"),
        role=MemberRole.ADMIN,
        language="de",
    )
    response = client.post(
        f"{MEMBERSHIPS}edit/{membership.pk}/",
        {"organisation": organisation.pk, "user": person.pk, "role": "editor", "language": "de"},
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.role == MemberRole.EDITOR


def test_profile_changes_are_listed_read_only_for_editors(client, organisation):
    member = make_user("mitglied", "mitglied@example.org", "Members")
    ProfileChange.objects.create(
        organisation=organisation,
        part=ProfileChange.Part.OFFICE,
        subject="Beratungsstelle Nordstadt",
        submitted_by=member,
        language="de",
    )
    client.force_login(member)
    assert client.get(CHANGES).status_code in (302, 403)
    assert client.get(MEMBERSHIPS).status_code in (302, 403)

    client.force_login(make_user("moderatorin", "moderation@example.org", "Moderators"))
    html = client.get(CHANGES).content.decode()
    assert "Beratungsstelle Nordstadt" in html and "mitglied@example.org" in html
    assert f"/admin/pages/{organisation.pk}/history/" in html
    assert client.get(f"{CHANGES}create/").status_code in (302, 403)
    assert Group.objects.filter(name="Moderators").exists()
