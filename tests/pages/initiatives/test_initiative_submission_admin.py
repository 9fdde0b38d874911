"""Editors see what the public sent: a listing with filters, a readable record, a hint
on the page they review."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from hub.pages.models import InitiativePage, InitiativeSubmission
from tests.pages.initiatives.test_initiative_submission import (  # noqa: F401 - fixtures
    directory_fixture,
    fresh_cache_fixture,
    send,
    submit_url,
    valid_data,
)

LISTING = "/admin/pages/initiativesubmission/"


def submit_two(client, capture) -> InitiativeSubmission:
    send(client, submit_url("ar"), valid_data(), capture)
    send(
        client,
        submit_url(),
        valid_data(title="Kleiderkammer", submitter_name="Ali Rahimi"),
        capture,
    )
    return InitiativeSubmission.objects.get(page__title="Fahrradwerkstatt Nordstadt")


def test_moderators_list_filter_and_read_submissions(
    client, directory, django_capture_on_commit_callbacks
):
    submission = submit_two(client, django_capture_on_commit_callbacks)
    page = submission.page
    InitiativeSubmission.objects.filter(page__title="Kleiderkammer").update(
        status=InitiativeSubmission.Status.DECLINED
    )
    client.force_login(directory.moderator)

    listing = client.get(LISTING)
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Fahrradwerkstatt Nordstadt" in html and "Kleiderkammer" in html
    assert "jana@example.org" in html
    assert f"/admin/pages/{page.pk}/edit/" in html

    pending = client.get(LISTING, {"status": "pending"}).content.decode()
    assert "Fahrradwerkstatt Nordstadt" in pending and "Kleiderkammer" not in pending
    new = client.get(LISTING, {"kind": "correction"}).content.decode()
    assert "Fahrradwerkstatt Nordstadt" not in new

    record = client.get(f"{LISTING}inspect/{submission.pk}/")
    assert record.status_code == 200
    html = record.content.decode()
    for entered in (
        "Wir reparieren Fahrräder mit Geflüchteten.",
        "Hauptstraße 5",
        "werkstatt@example.org",
        "Fahrrad, Reparatur",
        "Wir freuen uns!",
    ):
        assert entered in html
    assert "Sport" in html  # the term, named in the editor's language
    assert f"/admin/pages/{page.pk}/edit/" in html

    # Records are not edited or created by hand.
    assert client.get(f"{LISTING}edit/{submission.pk}/").status_code in (302, 403)
    assert client.get(f"{LISTING}create/").status_code in (302, 403)


def test_reviewing_the_page_shows_who_sent_it(
    client, directory, django_capture_on_commit_callbacks
):
    submission = submit_two(client, django_capture_on_commit_callbacks)
    client.force_login(directory.moderator)
    html = client.get(f"/admin/pages/{submission.page_id}/edit/").content.decode()
    assert "jana@example.org" in html
    assert f"{LISTING}inspect/{submission.pk}/" in html


def test_people_outside_the_editorial_groups_do_not_see_submissions(
    client, directory, django_capture_on_commit_callbacks
):
    submit_two(client, django_capture_on_commit_callbacks)
    translator = get_user_model().objects.create_user("leila", "leila@example.org", "x")
    translator.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(translator)
    assert client.get("/admin/").status_code == 200
    assert client.get(LISTING).status_code in (302, 403)
    assert LISTING not in client.get("/admin/").content.decode()


def test_the_public_cannot_reach_the_admin_records(client, directory):
    assert client.get(LISTING).status_code == 302
    assert not InitiativePage.objects.exists()
