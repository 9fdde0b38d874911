"""A member's own data: the download (and the registry other parts add to) and deleting
the account (refused for the last organisation admin, a wrong password, repeated
guessing; other people's data and page history untouched; a goodbye in their language)."""

import json

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import models
from wagtail.models import Comment, CommentReply, Page, Revision

from hub.network.members import data
from hub.network.models import (
    MemberProfile,
    MemberRole,
    Membership,
    MembershipApplication,
    ProfileChange,
)
from tests.mail_queue import run_mail_queue
from tests.network.people_support import (  # noqa: F401 - fixture
    HIDDEN,
    SHOWN,
    members_fixture,
    set_profile,
    url,
)
from tests.network.selfservice_support import PASSWORD


@pytest.fixture(name="commit")
def commit_fixture(django_capture_on_commit_callbacks):
    """Run what waits for the commit (the goodbye e-mail's task) at the block's end."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def exists(user) -> bool:
    return get_user_model().objects.filter(pk=user.pk).exists()


# --- the page -----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["my_data", "download_my_data", "delete_account"])
def test_anonymous_visitors_are_sent_to_login(client, members, name):
    response = client.get(url(name, "fa"))
    assert response.status_code == 302
    assert response["Location"].startswith(url("login", "fa") + "?next=")


@pytest.mark.django_db
def test_any_signed_in_person_sees_their_data_page(client, members):
    client.force_login(members.outsider)
    response = client.get(url("my_data"))
    assert response.status_code == 200
    assert url("download_my_data") in response.content.decode()


# --- download -------------------------------------------------------------------------------


def download(client) -> tuple[object, dict]:
    response = client.get(url("download_my_data"))
    assert response.status_code == 200
    return response, json.loads(response.content.decode("utf-8"))


@pytest.mark.django_db
def test_the_download_holds_account_memberships_profile_changes_and_applications(client, members):
    user = members.admin_a
    user.first_name = "سميرة"
    user.save()
    set_profile(
        user,
        languages=[members.terms["arabisch"]],
        role="Sozialberatung",
        phone="+49 30 1234",
        phone_visibility=SHOWN,
    )
    ProfileChange.objects.create(
        organisation=members.caritas, part="profile", submitted_by=user, language="ar"
    )
    ProfileChange.objects.create(
        organisation=members.caritas, part="contacts", submitted_by=members.editor_a, language="de"
    )
    MembershipApplication.objects.create(
        organisation_name="Kulturverein",
        kind="association",
        summary="Wir helfen.",
        contact_name="Samira",
        email="SAMIRA@example.org",
        language="ar",
    )
    MembershipApplication.objects.create(
        organisation_name="Anderer Verein",
        kind="association",
        summary="Andere.",
        contact_name="Dora",
        email="dora@example.org",
        language="de",
    )
    client.force_login(user)
    response, exported = download(client)

    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="my-data-')
    assert "سميرة".encode() in response.content  # UTF-8, not \u escapes
    assert exported["format"] == "hub-member-data"
    account = exported["account"]
    assert account["username"] == "samira"
    assert account["first_name"] == "سميرة"
    assert account["email"] == "samira@example.org"
    assert account["language"] == "ar"
    assert account["date_joined"]
    assert "last_login" in account
    assert "password" not in json.dumps(exported)
    [membership] = exported["memberships"]
    assert membership["organisation"] == "Caritas Beratung"
    assert membership["role"] == "admin"
    assert membership["since"]
    profile = exported["member_profile"]
    assert profile["role"] == "Sozialberatung"
    assert profile["languages"] == ["Arabisch"]
    assert profile["visibility"]["phone"] == SHOWN
    assert profile["visibility"]["email"] == HIDDEN
    assert [change["part"] for change in exported["profile_changes"]] == ["profile"]
    assert [a["organisation_name"] for a in exported["membership_applications"]] == ["Kulturverein"]


@pytest.mark.django_db
def test_a_registered_exporter_appears_in_the_download(client, members):
    def export_notes(user):
        return {"notes": [f"Notiz von {user.first_name}"]}

    data.register_exporter("notes", export_notes)
    try:
        data.register_exporter("notes", export_notes)  # a second ready() is harmless
        with pytest.raises(ValueError):
            data.register_exporter("notes", lambda user: None)
        client.force_login(members.editor_a)
        _response, exported = download(client)
    finally:
        data.unregister_exporter("notes")
    assert exported["notes"] == {"notes": ["Notiz von Paul"]}
    assert list(exported)[-1] == "notes"
    assert "notes" not in data.exporter_keys()
    # The exchange board registers its own part.
    assert "board" in exported and "board" in data.exporter_keys()


# --- deletion ---------------------------------------------------------------------------------


def delete(client, language: str = "de", password: str = PASSWORD):
    return client.post(url("delete_account", language), {"password": password})


@pytest.mark.django_db
def test_the_last_organisation_admin_cannot_delete_their_account(client, members):
    client.force_login(members.admin_b)
    page = client.get(url("delete_account")).content.decode()
    assert "Diakonie Treff" in page
    assert 'name="password"' not in page
    response = delete(client, "en")  # the messages as written
    assert response.status_code == 200
    assert "only organisation admin" in response.content.decode()
    assert exists(members.admin_b)
    assert Membership.objects.filter(user=members.admin_b).exists()


@pytest.mark.django_db
def test_an_admin_with_a_fellow_admin_can_delete(client, members, commit):
    Membership.objects.filter(user=members.editor_a).update(role=MemberRole.ADMIN)
    client.force_login(members.admin_a)
    with commit():
        response = delete(client)
    assert response.status_code == 302
    assert not exists(members.admin_a)


@pytest.mark.django_db
def test_a_wrong_password_is_refused(client, members):
    client.force_login(members.editor_a)
    response = delete(client, "en", password="falsch")
    assert response.status_code == 200
    assert "This is not the password of your account." in response.content.decode()
    assert 'id="error-summary"' in response.content.decode()
    assert exists(members.editor_a)


@pytest.mark.django_db
def test_password_guessing_is_limited_like_the_login(client, members, settings):
    client.force_login(members.editor_a)
    for _attempt in range(settings.HUB_LOGIN_FAILURES):
        delete(client, "en", password="falsch")
    # The right password now waits too: whoever guesses cannot tell it was right.
    response = delete(client, "en")
    assert response.status_code == 429
    body = response.content.decode()
    assert "Too many failed attempts" in body
    assert f"wait {settings.HUB_LOGIN_COOLOFF_MINUTES} minutes" in body
    assert exists(members.editor_a)


@pytest.mark.django_db
def test_site_administrators_delete_accounts_in_the_editing_area(client, members):
    members.editor_a.is_superuser = True
    members.editor_a.save()
    client.force_login(members.editor_a)
    delete(client)
    assert exists(members.editor_a)


@pytest.mark.django_db
def test_comments_others_replied_to_are_not_taken_along(client, members):
    comment = Comment.objects.create(
        page=members.caritas, user=members.editor_a, text="Bitte prüfen", contentpath="title"
    )
    CommentReply.objects.create(comment=comment, user=members.moderator, text="Erledigt")
    client.force_login(members.editor_a)
    response = delete(client, "en")  # the messages as written
    assert "replied to your comments" in response.content.decode()
    assert exists(members.editor_a)
    assert CommentReply.objects.filter(user=members.moderator).exists()


@pytest.mark.django_db
def test_deleting_the_account(client, members, commit):
    user = members.editor_a
    set_profile(user, role="Ehrenamt")
    page = Page.objects.get(pk=members.caritas.pk)
    page.owner = user
    page.save()
    revision = members.caritas.save_revision(user=user)
    change = ProfileChange.objects.create(
        organisation=members.caritas, part="profile", submitted_by=user, language="ar"
    )
    Membership.objects.filter(user=members.admin_b).update(invited_by=user)
    others = Membership.objects.exclude(user=user).count()

    client.force_login(user)
    with commit():
        response = delete(client, "ar")

    assert response.status_code == 302
    assert response["Location"] == url("account_deleted", "ar")
    assert not exists(user)
    assert not Membership.objects.filter(user_id=user.pk).exists()
    assert not MemberProfile.objects.filter(user_id=user.pk).exists()
    # Logged out: the members' pages send the visitor to the login now.
    assert client.get(url("member_directory")).status_code == 302
    # Other people's data and the page's history stay.
    assert Membership.objects.count() == others
    assert Membership.objects.get(user=members.admin_b).invited_by is None
    revision = Revision.objects.get(pk=revision.pk)
    assert revision.user is None
    assert Page.objects.get(pk=members.caritas.pk).owner is None
    change.refresh_from_db()
    assert change.submitted_by is None
    assert exists(members.admin_a)

    goodbye = client.get(response["Location"])
    assert goodbye.status_code == 200
    assert goodbye.content.decode().startswith("<!DOCTYPE html>")
    assert 'lang="ar" dir="rtl"' in goodbye.content.decode()

    assert run_mail_queue() == 1
    [message] = mail.outbox
    assert message.to == ["paul@example.org"]
    assert message.extra_headers["Content-Language"] == "ar"
    assert "Paul Test" in message.body


@pytest.mark.django_db
def test_no_e_mail_goes_out_when_the_deletion_is_refused(client, members, commit):
    client.force_login(members.admin_b)
    with commit():
        delete(client)
    assert run_mail_queue() == 0


# Models whose rows belong to the user alone and go with the account. Every other
# foreign key to the user model must keep the row (SET_NULL, or DO_NOTHING without a
# constraint as Wagtail's log entries do), so that deleting one person never deletes
# what others wrote or need. Wagtail's comments are the one exception: the deletion
# refuses while others replied to them (``deletion_blockers``).
OWN_DATA = {
    "network.Membership",
    "network.MemberProfile",
    "network.IndividualMember",
    "network.NotificationPreference",
    "network.BoardDigest",
    "network.BoardDigestItem",
    "pages.TranslationDigest",
    "wagtailusers.UserProfile",
    "wagtailadmin.EditingSession",
    "wagtailadmin.FormState",
    "wagtailcore.APIToken",
    "wagtailcore.PageSubscription",
    "wagtailcore.Comment",
    "wagtailcore.CommentReply",
    "admin.LogEntry",
}


def test_deleting_a_user_deletes_nothing_that_belongs_to_others():
    user_model = get_user_model()
    cascading = set()
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if not field.is_relation or field.related_model is not user_model:
                continue
            on_delete = field.remote_field.on_delete
            kept = on_delete is models.SET_NULL or (
                on_delete is models.DO_NOTHING and not field.db_constraint
            )
            if not kept and model._meta.label not in OWN_DATA:
                cascading.add(f"{model._meta.label}.{field.name}")
    assert not cascading, (
        "These rows would be deleted (or block the deletion) with their user's account: "
        "use on_delete=SET_NULL, or add the model to OWN_DATA if its rows are that "
        "person's own data."
    )
