"""What an organisation admin can do to accounts, tried as an attacker would: only their
own organisation's memberships, never re-activating a deactivated account, never
deactivating an account that belongs to someone else, never learning whether an address
has an account, and a limited number of invitations a day."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.cache import cache

from hub.network.models import IndividualMember, MemberRole, Membership
from tests.mail_queue import mail_delivered
from tests.network.people_support import url
from tests.network.selfservice_support import PASSWORD, MemberAccountFactory, build_members


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(name="members")
def members_fixture(tree):
    return build_members(tree)


@pytest.fixture(name="commit")
def commit_fixture(django_capture_on_commit_callbacks):
    return mail_delivered


def members_url(page, language: str = "en") -> str:
    return url("members", language, pk=page.pk)


def invite(client, page, email: str, *, first_name: str = "Eve", role: str = "editor"):
    return client.post(
        members_url(page),
        {
            "first_name": first_name,
            "last_name": "Test",
            "email": email,
            "role": role,
            "language": "en",
        },
        follow=True,
    )


def row_of(body: str, email: str) -> str:
    """The table row of ``email`` on the "People with access" page, names normalised."""
    match = re.search(r"<tr>\s*<td>(?:(?!</tr>).)*?" + re.escape(email) + r".*?</tr>", body, re.S)
    assert match, email
    row = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", match.group(0))
    return re.sub(r'value="\d+"|id="role-\d+"|for="role-\d+"', "", row).replace(email, "ADDRESS")


# --- only one's own organisation ------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "action", [{"action": "remove"}, {"action": "role", "role": "admin"}, {"action": "resend"}]
)
def test_another_organisations_membership_is_out_of_reach(client, members, action):
    foreign = Membership.objects.get(user=members.admin_b)
    before = list(Membership.objects.values_list("pk", "role", "user__is_active"))
    client.force_login(members.admin_a)
    sent = len(mail.outbox)
    response = client.post(members_url(members.caritas), {"membership": foreign.pk, **action})
    assert response.status_code == 404
    assert list(Membership.objects.values_list("pk", "role", "user__is_active")) == before
    assert len(mail.outbox) == sent


@pytest.mark.django_db
def test_an_admin_elsewhere_is_only_an_editor_here(client, members):
    """Samira is admin of Caritas and a plain editor of Diakonie: Diakonie's page is not
    hers to manage."""
    Membership.objects.create(
        organisation=members.diakonie, user=members.admin_a, role=MemberRole.EDITOR, language="de"
    )
    client.force_login(members.admin_a)
    dora = Membership.objects.get(user=members.admin_b)
    for data in (
        {"action": "remove", "membership": dora.pk},
        {"action": "role", "membership": dora.pk, "role": "editor"},
        {"first_name": "Eve", "email": "eve@example.org", "role": "admin", "language": "de"},
    ):
        assert client.post(members_url(members.diakonie), data).status_code == 404
    assert Membership.objects.filter(organisation=members.diakonie).count() == 2
    assert Membership.objects.get(pk=dora.pk).role == MemberRole.ADMIN


# --- never re-activate, never reveal --------------------------------------------------


@pytest.fixture(name="former_editor")
def former_editor_fixture(members):
    """A former network editor whose account the office deactivated (groups kept)."""
    user = MemberAccountFactory(
        username="ex-redaktion",
        email="ex-redaktion@example.org",
        groups=["Editors"],
        first_name="Erik",
    )
    user.is_superuser = True
    user.is_staff = True
    user.is_active = False
    user.save()
    return user


@pytest.mark.django_db
def test_inviting_a_deactivated_account_does_not_reactivate_it(
    client, members, former_editor, commit
):
    client.force_login(members.admin_a)
    with commit():
        invite(client, members.caritas, "Ex-Redaktion@example.org")
    former_editor.refresh_from_db()
    assert not former_editor.is_active
    # The address gets nothing (its account cannot log in); the editors are asked.
    assert not [m for m in mail.outbox if "ex-redaktion@example.org" in [a.lower() for a in m.to]]
    # (in the editors' language, German: the subject is not matched in English)
    edit_link = f"/admin/users/edit/{former_editor.pk}/"
    [question] = [m for m in mail.outbox if edit_link in m.body]
    assert "moderation@example.org" in question.to
    assert "ex-redaktion@example.org" in question.body
    assert question.subject.startswith("Einladung an ein deaktiviertes Konto")
    # And nobody can use the old account: not on the site, not in the editing area.
    client.logout()
    client.post(url("login", "en"), {"username": "ex-redaktion", "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    client.post("/admin/login/", {"username": "ex-redaktion", "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


@pytest.mark.django_db
def test_the_inviter_cannot_tell_whether_an_address_has_an_account(
    client, members, former_editor, commit
):
    """A new address, an active account and a deactivated one look the same to the
    inviter: the same message, the same row (no name of an existing account)."""
    MemberAccountFactory(username="bekannt", email="bekannt@example.org", first_name="Berta")
    client.force_login(members.admin_a)
    answers, rows = [], []
    for email in ("neu@example.org", "bekannt@example.org", "ex-redaktion@example.org"):
        with commit():
            response = invite(client, members.caritas, email, first_name="Eve")
        body = response.content.decode()
        answers.append(body.count(f"The invitation has been sent to {email}."))
        rows.append(row_of(body, email))
    assert answers == [1, 1, 1]
    assert rows[0] == rows[1] == rows[2]
    assert "Berta" not in rows[1] and "Erik" not in rows[2]
    assert "Invited, has not logged in yet" in rows[0]


@pytest.mark.django_db
def test_an_existing_account_shows_its_name_once_the_person_logged_in(client, members, commit):
    person = MemberAccountFactory(
        username="bekannt", email="bekannt@example.org", first_name="Berta"
    )
    client.force_login(members.admin_a)
    with commit():
        invite(client, members.caritas, "bekannt@example.org")
    client.force_login(person)  # the person logs in after the invitation
    client.force_login(members.admin_a)
    body = client.get(members_url(members.caritas)).content.decode()
    assert "Berta Test" in body


# --- never deactivate someone else's account ------------------------------------------


def invited_colleague(client, members, commit, email="lina@example.org"):
    client.force_login(members.admin_a)
    with commit():
        invite(client, members.caritas, email)
    return get_user_model().objects.get(email=email)


def remove(client, members, user):
    membership = Membership.objects.get(user=user, organisation=members.caritas)
    client.force_login(members.admin_a)
    return client.post(
        members_url(members.caritas), {"action": "remove", "membership": membership.pk}
    )


@pytest.mark.django_db
def test_removing_a_colleague_the_invitation_created_deactivates_that_account(
    client, members, commit
):
    lina = invited_colleague(client, members, commit)
    remove(client, members, lina)
    lina.refresh_from_db()
    assert not lina.is_active
    assert not Membership.objects.filter(user=lina).exists()


def _staff(user):
    user.is_staff = True
    user.save()


def _superuser(user):
    user.is_superuser = True
    user.save()


def _editor(user):
    user.groups.add(Group.objects.get_or_create(name="Editors")[0])


def _translator(user):
    user.groups.add(Group.objects.get_or_create(name="Translators")[0])


def _own_permission(user):
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))


def _individual_member(user):
    IndividualMember.objects.create(user=user, language="de")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "other_role",
    [_staff, _superuser, _editor, _translator, _own_permission, _individual_member, "other"],
)
def test_removing_never_deactivates_an_account_with_another_role(
    client, members, commit, other_role
):
    lina = invited_colleague(client, members, commit)
    if other_role == "other":
        Membership.objects.create(
            organisation=members.diakonie, user=lina, role=MemberRole.EDITOR, language="de"
        )
    else:
        other_role(lina)
    remove(client, members, lina)
    assert not Membership.objects.filter(user=lina, organisation=members.caritas).exists()
    lina.refresh_from_db()
    assert lina.is_active


@pytest.mark.django_db
def test_removing_never_deactivates_an_account_that_existed_before(client, members, commit):
    """An address with an account of its own (not created for this organisation)."""
    person = MemberAccountFactory(username="bekannt", email="bekannt@example.org")
    client.force_login(members.admin_a)
    with commit():
        invite(client, members.caritas, "bekannt@example.org")
    remove(client, members, person)
    person.refresh_from_db()
    assert person.is_active


@pytest.mark.django_db
def test_the_last_admin_cannot_step_down(client, members):
    own = Membership.objects.get(user=members.admin_a)
    client.force_login(members.admin_a)
    response = client.post(
        members_url(members.caritas),
        {"action": "role", "membership": own.pk, "role": "editor"},
        follow=True,
    )
    assert "needs at least one organisation admin" in response.content.decode()
    assert Membership.objects.get(pk=own.pk).role == MemberRole.ADMIN


# --- invitations are throttled --------------------------------------------------------


@pytest.mark.django_db
def test_invitations_per_day_are_limited_per_organisation_and_inviter(
    client, members, commit, settings
):
    settings.HUB_INVITATIONS_PER_DAY = 3
    client.force_login(members.admin_a)
    for n in range(3):
        with commit():
            invite(client, members.caritas, f"person-{n}@example.org")
    sent = len(mail.outbox)
    with commit():
        response = invite(client, members.caritas, "person-9@example.org")
    body = response.content.decode()
    assert "Many invitations have been sent today" in body
    assert 'value="person-9@example.org"' in body  # what was typed stays
    assert len(mail.outbox) == sent
    assert not get_user_model().objects.filter(email="person-9@example.org").exists()
    # A second admin of the same organisation has no fresh allowance.
    Membership.objects.filter(user=members.editor_a).update(role=MemberRole.ADMIN)
    client.force_login(members.editor_a)
    with commit():
        response = invite(client, members.caritas, "person-10@example.org")
    assert "Many invitations have been sent today" in response.content.decode()
    # Another organisation does.
    client.force_login(members.admin_b)
    with commit():
        invite(client, members.diakonie, "person-11@example.org")
    assert mail.outbox[-1].to == ["person-11@example.org"]


@pytest.mark.django_db
def test_one_address_gets_few_invitations_a_day(client, members, commit, settings):
    """Resending is an invitation too: no mail-bombing an address."""
    settings.HUB_INVITATIONS_PER_EMAIL = 2
    client.force_login(members.admin_a)
    with commit():
        invite(client, members.caritas, "lina@example.org")
    lina = Membership.objects.get(user__email="lina@example.org")
    resend = {"action": "resend", "membership": lina.pk}
    with commit():
        client.post(members_url(members.caritas), resend)
    with commit():
        response = client.post(members_url(members.caritas), resend, follow=True)
    assert "Many invitations have been sent today" in response.content.decode()
    assert len([m for m in mail.outbox if m.to == ["lina@example.org"]]) == 2
    # Other organisations cannot add to it either.
    client.force_login(members.admin_b)
    with commit():
        response = invite(client, members.diakonie, "Lina@Example.org")
    assert "Many invitations have been sent today" in response.content.decode()
    assert len([m for m in mail.outbox if m.to[0].lower() == "lina@example.org"]) == 2
