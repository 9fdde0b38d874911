"""The members' "My organisation" pages: who may see and change what, and the review flow
from a member's save to the editor's decision and the e-mail about it."""

import re
from datetime import time
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from wagtail.models import Revision, WorkflowState

from hub.network.models import HoursKind, OrganisationPage, ProfileChange
from tests.mail_queue import mail_delivered
from tests.network.selfservice_support import (
    PASSWORD,
    build_members,
    office_post,
    translate_with_localize,
)


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(name="commit")
def commit_fixture(django_capture_on_commit_callbacks):
    """Run what waits for the commit (e-mails, refreshed translations) at the block's end:
    the test's transaction itself is never committed."""
    return mail_delivered


@pytest.fixture(name="members")
def members_fixture(tree):
    return build_members(tree)


def url(name: str, language: str = "de", **kwargs) -> str:
    with translation.override(language):
        return reverse(f"network:{name}", kwargs=kwargs)


def office_key(page: OrganisationPage) -> str:
    return str(page.offices.first().translation_key)


def member_urls(page: OrganisationPage) -> list[str]:
    pk = page.pk
    return [
        url("organisation", pk=pk),
        url("edit_organisation", pk=pk),
        url("add_office", pk=pk),
        url("edit_office", pk=pk, key=office_key(page)),
        url("remove_office", pk=pk, key=office_key(page)),
        url("edit_contacts", pk=pk),
        url("members", pk=pk),
    ]


# --- permission matrix ----------------------------------------------------------------


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_login(client, members):
    for address in [url("my_organisation"), *member_urls(members.caritas)]:
        response = client.get(address)
        assert response.status_code == 302, address
        assert response["Location"].startswith(url("login") + "?next="), address


@pytest.mark.django_db
def test_a_member_sees_their_own_organisation_and_not_another(client, members):
    client.force_login(members.admin_a)
    for address in member_urls(members.caritas):
        assert client.get(address).status_code == 200, address
    for address in member_urls(members.diakonie):
        assert client.get(address).status_code == 404, address
        assert client.post(address, office_post()).status_code == 404, address
    assert not ProfileChange.objects.exists()
    # With a single organisation, "My organisation" leads straight to it.
    response = client.get(url("my_organisation"))
    assert response["Location"] == url("organisation", pk=members.caritas.pk)


@pytest.mark.django_db
def test_an_account_without_organisation_is_told_so(client, members):
    client.force_login(members.outsider)
    response = client.get(url("my_organisation"))
    assert response.status_code == 200
    assert "gehört zu keiner Mitgliedsorganisation" in response.content.decode()
    assert client.get(url("organisation", pk=members.caritas.pk)).status_code == 404


@pytest.mark.django_db
def test_members_cannot_open_the_wagtail_admin_or_approve(client, members):
    client.force_login(members.admin_a)
    assert client.get("/admin/").status_code == 302
    client.post(
        url("edit_office", pk=members.caritas.pk, key=office_key(members.caritas)),
        office_post(),
    )
    state = WorkflowState.objects.get(object_id=str(members.caritas.pk))
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[members.caritas.pk, "approve", state.current_task_state.pk],
    )
    response = client.post(approve, {"comment": ""})
    assert response.status_code in (302, 403)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    page = OrganisationPage.objects.get(pk=members.caritas.pk)
    assert page.offices.first().hours.get().opens == time(9)


@pytest.mark.django_db
def test_only_organisation_admins_invite_and_remove(client, members):
    client.force_login(members.editor_a)
    members_url = url("members", pk=members.caritas.pk)
    assert client.get(members_url).status_code == 200
    response = client.post(
        members_url,
        {"first_name": "Eve", "email": "eve@example.org", "role": "admin", "language": "de"},
    )
    assert response.status_code == 404
    assert not mail.outbox


# --- the review flow ------------------------------------------------------------------


def approve_as(client, moderator, page, commit, comment: str = "") -> None:
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    client.force_login(moderator)
    with commit():
        response = client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[page.pk, "approve", state.current_task_state.pk],
            ),
            {"comment": comment},
        )
    assert response.status_code in (200, 302)


def reject_as(client, moderator, page, commit, comment: str) -> None:
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    client.force_login(moderator)
    with commit():
        response = client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[page.pk, "reject", state.current_task_state.pk],
            ),
            {"comment": comment},
        )
    assert response.status_code in (200, 302)


@pytest.mark.django_db
def test_saving_makes_a_revision_for_review_and_leaves_the_live_page(client, members):
    page = members.caritas
    client.force_login(members.admin_a)
    response = client.post(
        url("edit_office", "ar", pk=page.pk, key=office_key(page)), office_post()
    )
    assert response.status_code == 302
    assert response["Location"] == url("organisation", "ar", pk=page.pk)

    change = ProfileChange.objects.get()
    assert (change.status, change.part, change.language) == ("pending", "office", "ar")
    assert change.submitted_by == members.admin_a
    revision = Revision.page_revisions.filter(object_id=str(page.pk)).latest("pk")
    assert change.revision == revision and revision.user == members.admin_a
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == "in_progress" and state.requested_by == members.admin_a

    live = OrganisationPage.objects.get(pk=page.pk)
    assert live.offices.first().hours.get().opens == time(9)
    draft = live.get_latest_revision_as_object()
    slot = draft.offices.first().hours.all()[0]
    assert (slot.tuesday, slot.thursday, slot.monday) == (True, True, False)
    assert (slot.opens, slot.closes, slot.mediator) == (time(14), time(17, 30), True)
    assert {language.slug for language in slot.languages.all()} == {"arabisch", "farsi"}
    # The form shows the draft, and the overview says what waits.
    overview = client.get(url("organisation", pk=page.pk)).content.decode()
    assert "Wartet auf Prüfung" in overview
    assert "14:00" in overview


@pytest.mark.django_db
def test_approval_publishes_refreshes_translations_and_emails_the_organisation(
    client, members, commit
):
    page = members.caritas
    arabic = translate_with_localize(page, "ar")
    closure = page.offices.first().closures.get()
    client.force_login(members.editor_a)
    kept_closure = {
        "closures-TOTAL_FORMS": "1",
        "closures-INITIAL_FORMS": "1",
        "closures-0-key": str(closure.translation_key),
        "closures-0-starts_on": "2026-12-24",
        "closures-0-ends_on": "2027-01-02",
        "closures-0-reason": "Ferien",
    }
    client.post(url("edit_office", pk=page.pk, key=office_key(page)), office_post(**kept_closure))
    mail.outbox.clear()

    approve_as(client, members.moderator, page, commit)

    change = ProfileChange.objects.get()
    assert change.status == "published" and change.decided_at is not None
    live = OrganisationPage.objects.get(pk=page.pk)
    assert live.offices.first().hours.get().opens == time(14)
    arabic = OrganisationPage.objects.get(pk=arabic.pk)
    assert arabic.offices.first().hours.get().opens == time(14)
    # The closure is updated in place (same translation key): its translation follows.
    arabic_closure = arabic.offices.first().closures.get()
    assert arabic_closure.translation_key == closure.translation_key
    assert str(arabic_closure.ends_on) == "2027-01-02"

    # The sender (editor, German) and the organisation admin (Arabic), once each; no
    # Wagtail admin e-mail to people who cannot open the admin.
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == ["paul@example.org", "samira@example.org"]
    by_address = {message.to[0]: message for message in mail.outbox}
    german = by_address["paul@example.org"]
    assert german.extra_headers["Content-Language"] == "de"
    assert "Caritas Beratung" in german.subject and "online" in german.subject
    assert "Standort und Öffnungszeiten: Beratung Nord" in german.body
    assert by_address["samira@example.org"].extra_headers["Content-Language"] == "ar"

    # The public page shows the new hours.
    client.logout()
    body = client.get(live.url).content.decode()
    assert "14:00" in body


@pytest.mark.django_db
def test_declining_emails_the_reason_and_keeps_the_draft(client, members, commit):
    page = members.caritas
    client.force_login(members.admin_a)
    client.post(
        url("edit_organisation", "ar", pk=page.pk),
        {"summary": "Neuer Text", "description": "", "kind": "association", "website": ""},
    )
    mail.outbox.clear()
    reject_as(client, members.moderator, page, commit, "Bitte die Website ergänzen.")

    change = ProfileChange.objects.get()
    assert change.status == "declined"
    assert change.decision_reason == "Bitte die Website ergänzen."
    assert [message.to for message in mail.outbox] == [["samira@example.org"]]
    message = mail.outbox[0]
    assert message.extra_headers["Content-Language"] == "ar"
    assert "Bitte die Website ergänzen." in message.body
    assert OrganisationPage.objects.get(pk=page.pk).summary != "Neuer Text"

    # The member sees the reason; sending again restarts the review.
    client.force_login(members.admin_a)
    overview = client.get(url("organisation", pk=page.pk)).content.decode()
    assert "Bitte die Website ergänzen." in overview
    client.post(
        url("edit_organisation", pk=page.pk),
        {
            "summary": "Neuer Text",
            "description": "",
            "kind": "association",
            "website": "https://caritas.example.org",
        },
    )
    assert WorkflowState.objects.filter(object_id=str(page.pk), status="in_progress").exists()
    approve_as(client, members.moderator, page, commit)
    live = OrganisationPage.objects.get(pk=page.pk)
    assert (live.summary, live.website) == ("Neuer Text", "https://caritas.example.org")
    assert ProfileChange.objects.filter(status="published").count() == 1


@pytest.mark.django_db
def test_two_saves_before_review_are_published_together(client, members, commit):
    page = members.caritas
    client.force_login(members.admin_a)
    client.post(url("edit_office", pk=page.pk, key=office_key(page)), office_post())
    client.post(
        url("edit_contacts", pk=page.pk),
        {
            "contacts-TOTAL_FORMS": "2",
            "contacts-INITIAL_FORMS": "1",
            "contacts-0-key": str(page.contact_persons.first().translation_key),
            "contacts-0-name": "Maria Schulz",
            "contacts-0-role": "Sozialberatung",
            "contacts-0-languages": ["arabisch"],
            "contacts-1-name": "Omid Karimi",
            "contacts-1-role": "Asylberatung",
            "contacts-1-email": "omid@example.org",
            "contacts-1-languages": ["farsi"],
        },
    )
    assert ProfileChange.objects.filter(status="pending").count() == 2
    approve_as(client, members.moderator, page, commit)
    live = OrganisationPage.objects.get(pk=page.pk)
    assert live.offices.first().hours.get().opens == time(14)  # the first save is kept
    assert [person.name for person in live.contact_persons.all()] == [
        "Maria Schulz",
        "Omid Karimi",
    ]
    assert ProfileChange.objects.filter(status="published").count() == 2


@pytest.mark.django_db
def test_monthly_slot_and_a_new_office(client, members):
    page = members.caritas
    client.force_login(members.admin_a)
    data = office_post(
        name="Sprechstunde Rathaus",
        **{
            "hours-INITIAL_FORMS": "0",
            "hours-0-kind": "monthly",
            "hours-0-days": [],
            "hours-0-ordinal": "1",
            "hours-0-weekday": "3",
            "hours-0-opens": "08:30",
            "hours-0-closes": "11:30",
        },
    )
    response = client.post(url("add_office", pk=page.pk), data)
    assert response.status_code == 302
    draft = OrganisationPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    names = [office.name for office in draft.offices.all()]
    assert names == ["Beratung Nord", "Sprechstunde Rathaus"]
    slot = draft.offices.all()[1].hours.all()[0]
    assert (slot.kind, slot.ordinal, slot.weekday) == (HoursKind.MONTHLY, 1, 3)
    assert ProfileChange.objects.get().part == "new_office"


@pytest.mark.django_db
def test_bad_hours_are_explained_in_the_members_language_and_kept(client, members):
    page = members.caritas
    client.force_login(members.admin_a)
    data = office_post(**{"hours-0-days": [], "hours-0-closes": "08:00"})
    response = client.post(url("edit_office", "ar", pk=page.pk, key=office_key(page)), data)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'id="error-summary"' in body
    with translation.override("ar"):
        from django.utils.translation import gettext

        expected = gettext("The closing time must be after the opening time.")
    assert expected in body
    assert 'value="14:00"' in body  # what was typed is still there
    assert not ProfileChange.objects.exists()


@pytest.mark.django_db
def test_add_row_button_adds_an_empty_slot_without_saving(client, members):
    page = members.caritas
    client.force_login(members.admin_a)
    data = office_post(**{"more-hours": "1"})
    response = client.post(url("edit_office", pk=page.pk, key=office_key(page)), data)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'name="hours-TOTAL_FORMS" value="2"' in body
    assert 'name="hours-1-opens"' in body
    assert not ProfileChange.objects.exists()


@pytest.mark.django_db
def test_removing_an_office_goes_to_review_too(client, members):
    page = members.caritas
    client.force_login(members.admin_a)
    response = client.post(url("remove_office", pk=page.pk, key=office_key(page)))
    assert response.status_code == 302
    assert OrganisationPage.objects.get(pk=page.pk).offices.count() == 1
    draft = OrganisationPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert list(draft.offices.all()) == []
    assert ProfileChange.objects.get().part == "removed_office"


# --- invitations and accounts ---------------------------------------------------------


def link_in(body: str) -> str:
    match = re.search(r"http://[^\s]+/account/invitation/[^\s]+", body)
    assert match, body
    return urlsplit(match.group(0)).path


@pytest.mark.django_db
def test_invitation_by_email_sets_a_password_and_logs_in(client, members, commit):
    client.force_login(members.admin_a)
    with commit():
        response = client.post(
            url("members", "ar", pk=members.caritas.pk),
            {
                "first_name": "Lina",
                "last_name": "Haddad",
                "email": "Lina@Example.org",
                "role": "editor",
                "language": "ar",
            },
        )
    assert response.status_code == 302
    message = mail.outbox[-1]
    assert message.to == ["Lina@Example.org"]
    assert message.extra_headers["Content-Language"] == "ar"
    assert "Caritas Beratung" in message.subject
    address = link_in(message.body)
    assert address.startswith("/ar/account/invitation/")

    client.logout()
    response = client.get(address)
    assert response.status_code == 302  # Django hides the token from the address bar
    form_url = response["Location"]
    assert client.get(form_url).status_code == 200
    response = client.post(
        form_url, {"new_password1": "Sonnenblume-42", "new_password2": "Sonnenblume-42"}
    )
    assert response.status_code == 302
    assert response["Location"] == url("my_organisation", "ar")
    assert client.get(url("organisation", pk=members.caritas.pk)).status_code == 200
    # The link works once.
    client.logout()
    response = client.get(address, follow=True)
    assert "validlink" in response.context and not response.context["validlink"]
    # And the new member logs in with the e-mail address.
    response = client.post(
        url("login"), {"username": "lina@example.org", "password": "Sonnenblume-42"}
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_inviting_an_existing_member_twice_is_refused(client, members):
    client.force_login(members.admin_a)
    response = client.post(
        url("members", pk=members.caritas.pk),
        {"first_name": "Paul", "email": "paul@example.org", "role": "editor", "language": "de"},
    )
    assert response.status_code == 200
    assert "ist bereits Mitglied dieser Organisation" in response.content.decode()


@pytest.mark.django_db
def test_the_last_organisation_admin_cannot_be_removed(client, members):
    from hub.network.models import Membership

    client.force_login(members.admin_a)
    own = Membership.objects.get(user=members.admin_a)
    other = Membership.objects.get(user=members.editor_a)
    members_url = url("members", pk=members.caritas.pk)
    client.post(members_url, {"action": "remove", "membership": own.pk})
    assert Membership.objects.filter(pk=own.pk).exists()
    # Another organisation's membership is out of reach.
    foreign = Membership.objects.get(user=members.admin_b)
    assert (
        client.post(members_url, {"action": "remove", "membership": foreign.pk}).status_code == 404
    )
    client.post(members_url, {"action": "remove", "membership": other.pk})
    assert not Membership.objects.filter(pk=other.pk).exists()
    members.editor_a.refresh_from_db()
    # The account was not created by the organisation's invitation: it stays active.
    assert members.editor_a.is_active


@pytest.mark.django_db
def test_login_page_rate_limits_failed_attempts(client, members, settings):
    for _attempt in range(settings.HUB_LOGIN_FAILURES - 1):
        response = client.post(url("login"), {"username": "samira", "password": "falsch"})
        assert response.status_code == 200
    response = client.post(url("login"), {"username": "samira", "password": "falsch"})
    assert response.status_code == 429
    response = client.post(url("login", "en"), {"username": "samira", "password": PASSWORD})
    assert response.status_code == 429
    assert "Too many failed attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_public_page_links_members_to_their_form(client, members):
    page = members.caritas
    form_url = url("organisation", pk=page.pk)
    assert form_url not in client.get(page.url).content.decode()
    client.force_login(members.admin_b)
    assert form_url not in client.get(page.url).content.decode()
    client.force_login(members.admin_a)
    assert form_url in client.get(page.url).content.decode()


@pytest.mark.django_db
def test_directory_lists_every_organisation_once_with_german_fallback(client, members):
    arabic = translate_with_localize(members.caritas, "ar")
    arabic.title = "كاريتاس"
    arabic.save_revision().publish()
    body = client.get("/ar/organisations/").content.decode()
    assert body.count("كاريتاس") == 1 and ">Caritas Beratung</a>" not in body
    # Diakonie has no Arabic version: listed in German, under the Arabic prefix.
    assert '<li lang="de"><a href="/ar/organisationen/diakonie/">Diakonie Treff</a>' in body
    assert body.index("كاريتاس") < body.index("Diakonie Treff")
    assert client.get("/ar/organisationen/diakonie/").status_code == 200


@pytest.mark.django_db
def test_moderators_are_told_in_their_language_not_the_members(client, members):
    page = members.caritas
    client.force_login(members.admin_a)
    with mail_delivered():
        client.post(url("edit_office", "ar", pk=page.pk, key=office_key(page)), office_post())
    to_moderator = [m for m in mail.outbox if m.to == ["moderation@example.org"]]
    assert to_moderator, [m.to for m in mail.outbox]
    assert not re.search(r"[\u0600-\u06FF]", to_moderator[0].body + to_moderator[0].subject)


@pytest.mark.django_db
def test_approval_leaves_a_translation_waiting_for_review_alone(client, members, commit):
    page = members.caritas
    arabic = translate_with_localize(page, "ar")
    # A translator's draft of the Arabic page waits for review.
    arabic.title = "كاريتاس (مسودة)"
    arabic.save_revision()
    client.force_login(members.editor_a)
    client.post(url("edit_office", pk=page.pk, key=office_key(page)), office_post())
    approve_as(client, members.moderator, page, commit)
    arabic = OrganisationPage.objects.get(pk=arabic.pk)
    assert arabic.offices.first().hours.get().opens == time(9)  # not refreshed
    assert arabic.has_unpublished_changes and arabic.title != "كاريتاس (مسودة)"


@pytest.mark.django_db
def test_without_a_workflow_the_editors_are_told_by_email(client, members, commit):
    from wagtail.models import WorkflowPage

    WorkflowPage.objects.all().delete()
    page = members.caritas
    client.force_login(members.admin_a)
    with commit():
        client.post(url("edit_office", "ar", pk=page.pk, key=office_key(page)), office_post())
    [message] = [m for m in mail.outbox if m.to == ["moderation@example.org"]]
    assert message.extra_headers["Content-Language"] == "de"
    assert "Caritas Beratung" in message.subject
    assert f"/admin/pages/{page.pk}/edit/" in message.body
    assert not WorkflowState.objects.exists()
    assert ProfileChange.objects.get().status == "pending"
