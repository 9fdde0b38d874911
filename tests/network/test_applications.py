"""Membership applications: the public form, the editors' e-mails, approve and decline.

An approval creates and publishes the organisation's page and invites its first
organisation admin, whose link from the e-mail leads to "choose your password" and on
into "My organisation".
"""

import re
import time
from dataclasses import dataclass
from unittest import mock

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation
from django.utils.html import escape
from wagtail.models import GroupPagePermission

from hub.core.antispam import ADDRESS_RATE_LIMIT_MESSAGE, RATE_LIMIT_MESSAGE, issue_started
from hub.core.digits import native_digits
from hub.demo.factories.network import OrganisationIndexPageFactory
from hub.demo.factories.snippets import translated_terms
from hub.demo.factories.users import UserFactory
from hub.network import applications, services
from hub.network.joining.forms import MembershipApplicationForm
from hub.network.models import (
    MemberRole,
    Membership,
    MembershipApplication,
    OrganisationIndexPage,
    OrganisationPage,
)
from tests.mail_queue import mail_delivered
from tests.module_data import module_data

FORM_DE = "/de/organisationen/mitglied-werden/"
FORM_AR = "/ar/organisations/apply/"
LISTING = "/admin/network/membershipapplication/"


@dataclass
class Setting:
    directory: OrganisationIndexPage
    editor: object
    moderator: object
    member: object


def make_user(username: str, email: str, group: str | None = None, **extra):
    return UserFactory(
        username=username,
        email=email,
        password="geheim-123",
        groups=[group] if group else [],
        **extra,
    )


@module_data(name="setting")
def setting_fixture(tree) -> Setting:
    translated_terms()
    setting = Setting(
        directory=OrganisationIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar")),
        editor=make_user("redakteur", "redaktion@example.org", "Editors"),
        moderator=make_user("moderatorin", "moderation@example.org", "Moderators"),
        member=make_user("mitglied", "mitglied@example.org", "Members"),
    )
    # Approving publishes a page: the deciding editors may publish in the directory.
    for group in ("Editors", "Moderators"):
        for codename in ("add_page", "publish_page"):
            GroupPagePermission.objects.get_or_create(
                group=Group.objects.get(name=group),
                page=tree.homes["de"],
                permission=Permission.objects.get(codename=codename),
            )
    return setting


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters live in the cache, which outlives a test."""
    cache.clear()
    yield
    cache.clear()


def valid_data(**overrides) -> dict:
    data = {
        "organisation_name": "Nachbarschaftshilfe Lindenau e.V.",
        "kind": "association",
        "summary": "Wir begleiten Familien zu Ämtern und Ärzten.",
        "website": "nachbarschaft-lindenau.example.org",
        "services": ["begleitung", "sprache"],
        "street_address": "Lindenweg 12",
        "postal_code": "١٢٣٤٥",  # Arabic-Indic digits, as an Arabic keyboard types them
        "locality": "Lindenstadt",
        "contact_name": "Samira Haddad",
        "email": "samira@example.org",
        "phone": "+49 30 987654",
        "message": "Wir möchten beim Vernetzungstreffen mitmachen.",
        "consent": "on",
        "form_started": issue_started(MembershipApplicationForm, time.time() - 60),
        "homepage": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def send(client, url, data, capture):
    with mail_delivered():
        return client.post(url, data)


def arabic(msgid: str) -> str:
    """The message as an Arabic visitor reads it: translated, in Arabic-Indic digits."""
    with translation.override("ar"):
        return escape(native_digits(translation.gettext(msgid)))


def mails_to(address: str) -> list:
    return [message for message in mail.outbox if address in message.to]


def apply_in_arabic(client, capture) -> MembershipApplication:
    response = send(client, FORM_AR, valid_data(), capture)
    assert response.status_code == 302, response.content.decode()[:2000]
    return MembershipApplication.objects.get()


# --- the public form -----------------------------------------------------------------


def test_the_directory_links_to_the_form_which_speaks_the_visitors_language(client, setting):
    html = client.get("/de/organisationen/").content.decode()
    assert 'href="/de/organisationen/mitglied-werden/"' in html
    assert 'href="/ar/organisations/apply/"' in client.get("/ar/organisations/").content.decode()

    response = client.get(FORM_AR)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    # Services are named in Arabic and carry the slug.
    assert re.search(r'value="sprache" id="id_services_0">\s*دعم اللغة', html)
    assert 'class="honeypot" aria-hidden="true"' in html
    assert "privacy" in html or 'name="consent"' in html


def test_the_german_route_under_the_arabic_prefix_moves_to_the_arabic_directory(client, setting):
    response = client.get("/ar/organisationen/mitglied-werden/")
    assert response.status_code == 302
    assert response["Location"] == FORM_AR


def test_errors_are_in_arabic_with_a_summary_and_nothing_typed_is_lost(
    client, setting, django_capture_on_commit_callbacks
):
    data = valid_data(organisation_name="", email="kein-at", consent=None, kind=None, phone="abc")
    response = send(client, FORM_AR, data, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert arabic("Please check the following") in html
    assert arabic("Please agree to the privacy notice.") in html
    assert arabic("Choose the kind of organisation.") in html
    assert arabic("Enter a phone number with digits only, e.g. +49 30 1234567.") in html
    assert 'href="#id_kind_0"' in html and 'href="#id_organisation_name"' in html
    # What was typed is still there.
    assert "Wir begleiten Familien zu Ämtern und Ärzten." in html
    assert 'value="Samira Haddad"' in html
    assert re.search(r'value="begleitung"[^>]*checked', html)
    assert not MembershipApplication.objects.exists()
    assert mail.outbox == []


def test_a_valid_application_is_stored_and_both_sides_get_an_email_in_their_language(
    client, setting, django_capture_on_commit_callbacks
):
    response = send(client, FORM_AR, valid_data(), django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert response["Location"] == FORM_AR + "?sent=1"
    thanks = client.get(response["Location"]).content.decode()
    assert 'role="status"' in thanks

    application = MembershipApplication.objects.get()
    assert application.language == "ar"
    assert application.status == MembershipApplication.Status.NEW
    assert application.services == ["begleitung", "sprache"]
    assert application.postal_code == "12345"
    assert application.website == "https://nachbarschaft-lindenau.example.org"

    to_applicant = mails_to("samira@example.org")
    assert len(to_applicant) == 1
    assert to_applicant[0].extra_headers["Content-Language"] == "ar"
    assert "Nachbarschaftshilfe Lindenau e.V." in to_applicant[0].subject
    assert "المرافقة" in to_applicant[0].body  # the service, named in Arabic

    for address in ("redaktion@example.org", "moderation@example.org"):
        [to_editor] = mails_to(address)
        assert to_editor.extra_headers["Content-Language"] == "de"
        assert to_editor.reply_to == ["samira@example.org"]
        assert f"http://testserver{LISTING}inspect/{application.pk}/" in to_editor.body
        assert "Begleitung" in to_editor.body  # named in the editor's language
    assert not mails_to("mitglied@example.org")


def test_a_filled_honeypot_gets_thanks_but_nothing_is_kept(
    client, setting, django_capture_on_commit_callbacks
):
    response = send(
        client,
        FORM_AR,
        valid_data(homepage="http://spam.example"),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302 and response["Location"].endswith("?sent=1")
    assert not MembershipApplication.objects.exists()
    assert mail.outbox == []


@override_settings(HUB_FORM_RATE_LIMIT=2)
def test_the_rate_limit_keeps_the_form_and_stores_nothing_more(
    client, setting, django_capture_on_commit_callbacks
):
    for number in range(2):
        response = send(
            client,
            FORM_DE,
            valid_data(organisation_name=f"Verein {number}"),
            django_capture_on_commit_callbacks,
        )
        assert response.status_code == 302
    response = send(
        client,
        FORM_DE,
        valid_data(organisation_name="Verein 3"),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 429
    html = response.content.decode()
    assert escape(str(ADDRESS_RATE_LIMIT_MESSAGE)) in html
    assert 'value="Verein 3"' in html
    assert MembershipApplication.objects.count() == 2

    # Someone else at the same connection (an office's one PC) can still apply.
    response = send(
        client,
        FORM_DE,
        valid_data(organisation_name="Verein 4", email="kollegin@example.org"),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    assert MembershipApplication.objects.count() == 3


@override_settings(HUB_FORM_IP_RATE_LIMIT=2)
def test_the_connection_limit_stops_a_flood(client, setting, django_capture_on_commit_callbacks):
    for number in range(2):
        data = valid_data(organisation_name=f"Verein {number}", email=f"v{number}@example.org")
        assert send(client, FORM_DE, data, django_capture_on_commit_callbacks).status_code == 302
    data = valid_data(organisation_name="Verein 3", email="v3@example.org")
    response = send(client, FORM_DE, data, django_capture_on_commit_callbacks)
    assert response.status_code == 429
    assert escape(str(RATE_LIMIT_MESSAGE)) in response.content.decode()


# --- approve ---------------------------------------------------------------------------


def test_approve_creates_the_page_and_invites_the_admin_who_sets_a_password(
    client, setting, django_capture_on_commit_callbacks
):
    application = apply_in_arabic(client, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    client.force_login(setting.editor)

    inspect = client.get(f"{LISTING}inspect/{application.pk}/").content.decode()
    approve_url = f"/admin/network/applications/{application.pk}/approve/"
    assert approve_url in inspect and "Lindenweg 12" in inspect
    assert client.get(approve_url).status_code == 200  # the confirmation page

    with mail_delivered():
        response = client.post(approve_url, follow=True)
    page = OrganisationPage.objects.get(title="Nachbarschaftshilfe Lindenau e.V.")
    assert f"/admin/pages/{page.pk}/edit/" in response.content.decode()

    assert page.live and page.get_parent().pk == setting.directory.pk
    assert page.locale.language_code == "de"
    assert page.slug == "nachbarschaftshilfe-lindenau-ev"
    assert page.kind == "association"
    assert page.website == "https://nachbarschaft-lindenau.example.org"
    assert sorted(page.services.values_list("slug", flat=True)) == ["begleitung", "sprache"]
    [office] = page.offices.all()
    assert (office.street_address, office.postal_code, office.locality) == (
        "Lindenweg 12",
        "12345",
        "Lindenstadt",
    )
    assert page.live_revision.user_id == setting.editor.pk

    application.refresh_from_db()
    assert application.status == MembershipApplication.Status.APPROVED
    assert application.organisation_id == page.pk
    assert application.decided_by_id == setting.editor.pk and application.decided_at
    membership = Membership.objects.get(organisation=page)
    assert membership.role == MemberRole.ADMIN and membership.language == "ar"
    assert membership.user.email == "samira@example.org"
    assert (membership.user.first_name, membership.user.last_name) == ("Samira", "Haddad")
    assert membership.invited_by_id == setting.editor.pk
    assert not membership.user.has_usable_password()

    [invitation] = mails_to("samira@example.org")
    assert invitation.extra_headers["Content-Language"] == "ar"
    link = re.search(r"http://\S+/ar/account/invitation/\S+/", invitation.body).group(0)

    client.logout()
    path = link.split("://", 1)[1].split("/", 1)[1]
    response = client.get("/" + path)
    assert response.status_code == 302
    assert response["Location"].endswith("/set-password/")
    form = client.get(response["Location"])
    assert form.status_code == 200 and 'name="new_password1"' in form.content.decode()
    response = client.post(
        response["Location"],
        {"new_password1": "Linden-Baum-2026!", "new_password2": "Linden-Baum-2026!"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/ar/account/organisation/"
    assert client.get("/ar/account/organisation/", follow=True).status_code == 200
    membership.user.refresh_from_db()
    assert membership.user.check_password("Linden-Baum-2026!")
    assert int(client.session["_auth_user_id"]) == membership.user.pk


def test_a_double_approval_creates_one_page(client, setting, django_capture_on_commit_callbacks):
    application = apply_in_arabic(client, django_capture_on_commit_callbacks)
    client.force_login(setting.editor)
    url = f"/admin/network/applications/{application.pk}/approve/"
    with mail_delivered():
        client.post(url)
        second = client.post(url, follow=True)
    assert "already been decided" in second.content.decode() or (
        "bereits entschieden" in second.content.decode()
    )
    assert OrganisationPage.objects.filter(title__startswith="Nachbarschaftshilfe").count() == 1
    assert Membership.objects.count() == 1
    with pytest.raises(applications.ApplicationError):
        applications.approve(application, setting.editor)


def test_a_failed_approval_changes_nothing(client, setting, django_capture_on_commit_callbacks):
    application = apply_in_arabic(client, django_capture_on_commit_callbacks)
    # Someone who may decide applications but not publish pages.
    viewer = make_user("leila", "leila@example.org")
    viewer.user_permissions.add(Permission.objects.get(codename="change_membershipapplication"))
    with pytest.raises(applications.ApplicationError):
        applications.approve(application, viewer)
    # The invitation fails inside the transaction (an existing membership is impossible
    # for a new page, so the failure is forced): the page and the decision roll back.
    with (
        mock.patch.object(
            applications.services, "invite_member", side_effect=services.MembershipError("x")
        ),
        pytest.raises(applications.ApplicationError),
    ):
        applications.approve(application, setting.editor)
    assert not OrganisationPage.objects.filter(title__startswith="Nachbarschaftshilfe").exists()
    OrganisationIndexPage.objects.all().delete()
    with pytest.raises(applications.ApplicationError):
        applications.approve(application, setting.editor)
    application.refresh_from_db()
    assert application.status == MembershipApplication.Status.NEW
    assert not Membership.objects.exists()


def test_two_organisations_of_the_same_name_get_their_own_slug(
    client, setting, django_capture_on_commit_callbacks
):
    for _number in range(2):
        send(client, FORM_DE, valid_data(), django_capture_on_commit_callbacks)
    first, second = MembershipApplication.objects.order_by("pk")
    applications.approve(first, setting.editor)
    second.email = "andere@example.org"
    second.save()
    approval = applications.approve(second, setting.editor)
    assert approval.page.slug == "nachbarschaftshilfe-lindenau-ev-2"


# --- decline ---------------------------------------------------------------------------


def test_decline_needs_a_reason_and_emails_it_in_the_applicants_language(
    client, setting, django_capture_on_commit_callbacks
):
    application = apply_in_arabic(client, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    client.force_login(setting.moderator)
    url = f"/admin/network/applications/{application.pk}/decline/"
    assert client.get(url).status_code == 200
    empty = client.post(url, {"reason": "  "})
    assert empty.status_code == 200
    application.refresh_from_db()
    assert application.status == MembershipApplication.Status.NEW

    with mail_delivered():
        response = client.post(
            url, {"reason": "Wir nehmen nur Organisationen aus Lindenstadt auf."}
        )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == MembershipApplication.Status.DECLINED
    assert application.decided_by_id == setting.moderator.pk
    [message] = mails_to("samira@example.org")
    assert message.extra_headers["Content-Language"] == "ar"
    assert "Wir nehmen nur Organisationen aus Lindenstadt auf." in message.body
    assert not OrganisationPage.objects.filter(title__startswith="Nachbarschaftshilfe").exists()
    # Decided is decided: no approval afterwards.
    with pytest.raises(applications.ApplicationError):
        applications.approve(application, setting.moderator)


# --- who sees what ------------------------------------------------------------------


def test_only_editors_see_and_decide_applications(
    client, setting, django_capture_on_commit_callbacks
):
    application = apply_in_arabic(client, django_capture_on_commit_callbacks)
    urls = [
        LISTING,
        f"{LISTING}inspect/{application.pk}/",
        f"/admin/network/applications/{application.pk}/approve/",
        f"/admin/network/applications/{application.pk}/decline/",
    ]
    for url in urls:
        assert client.get(url).status_code == 302  # anonymous: to the login
    client.force_login(setting.member)
    for url in urls:
        assert client.get(url).status_code in (302, 403)
    assert client.post(urls[2]).status_code in (302, 403)
    assert not OrganisationPage.objects.filter(title__startswith="Nachbarschaftshilfe").exists()

    translator = make_user("leila", "leila@example.org")
    translator.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(translator)
    assert client.get(LISTING).status_code in (302, 403)
    translator.user_permissions.add(Permission.objects.get(codename="view_membershipapplication"))
    assert client.get(LISTING).status_code == 200
    inspect = client.get(urls[1]).content.decode()
    assert urls[2] not in inspect  # may look, not decide
    assert client.post(urls[2]).status_code in (302, 403)
    application.refresh_from_db()
    assert application.status == MembershipApplication.Status.NEW

    client.force_login(setting.editor)
    listing = client.get(LISTING)
    assert (
        listing.status_code == 200
        and "Nachbarschaftshilfe Lindenau e.V." in listing.content.decode()
    )
    assert "Nachbarschaftshilfe" not in client.get(LISTING, {"status": "declined"}).content.decode()
