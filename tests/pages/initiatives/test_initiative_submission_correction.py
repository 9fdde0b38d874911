"""Corrections through the link in the reminder e-mail: a new revision, moderated again."""

import re
import time
from datetime import timedelta
from html import unescape
from io import BytesIO

import pytest
from django.core import mail
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.models import WorkflowState

from hub.core.antispam import issue_started
from hub.demo.factories.pages import InitiativePageFactory, translate
from hub.pages.initiatives.submissions.correction import CorrectionForm
from hub.pages.initiatives.submissions.uploads import create_image
from hub.pages.models import InitiativeFreshness, InitiativePage, InitiativeSubmission
from tests.mail_queue import mail_delivered
from tests.module_data import module_data
from tests.pages.initiatives.test_initiative_submission import (  # noqa: F401 - fixtures
    directory_fixture,
    fresh_cache_fixture,
    mails_to,
    send,
    translated,
    valid_data,
)

DESCRIPTION = (
    '<p>Wir treffen uns <a href="https://example.org/plan">laut Plan</a>.</p>'
    "<p>Alle willkommen.</p>"
)


@module_data(name="listed")
def listed_fixture(directory):
    terms = directory.terms
    page = InitiativePageFactory(
        parent=directory.indexes["de"],
        title="Lesepaten",
        terms=[terms["sprache"], terms["altstadt"], terms["arabisch"]],
        tags=["Lesen"],
        summary="Wir lesen mit Kindern.",
        description=DESCRIPTION,
        contact_name="Uwe Paul",
        contact_email="lesepaten@example.org",
        website="https://lesepaten.example.org",
    )
    freshness = InitiativeFreshness.objects.create(
        translation_key=page.translation_key,
        last_confirmed_at=timezone.now() - timedelta(days=200),
        reminder_sent_at=timezone.now() - timedelta(days=3),
    )
    return page, freshness


def correction_url(freshness, code="de") -> str:
    index = {"de": "initiativen"}.get(code, "initiatives")
    return f"/{code}/{index}/update/{freshness.token}/"


def correction_data(**overrides) -> dict:
    data = valid_data(
        form_started=issue_started(CorrectionForm, time.time() - 60),
        title="Lesepaten",
        summary="Wir lesen mit Kindern.",
        description="Wir treffen uns laut Plan.\n\nAlle willkommen.",
        categories=["sprache"],
        districts=["altstadt"],
        target_groups=[],
        spoken_languages=["arabisch"],
        tags="Lesen",
        involvement="",
        time_commitment="",
        contact_name="Uwe Paul",
        contact_email="lesepaten@example.org",
        contact_phone="",
        website="https://lesepaten.example.org",
        street_address="",
        postal_code="",
        locality="",
        meeting_place="",
        submitter_name="Uwe Paul",
        submitter_email="lesepaten@example.org",
        message="",
    )
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_form_is_prefilled_from_the_live_page(client, listed):
    page, freshness = listed
    response = client.get(correction_url(freshness))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="robots" content="noindex, nofollow"' in html
    assert 'value="Lesepaten"' in html
    assert ">\nWir lesen mit Kindern.</textarea>" in html
    # Rich text comes back as plain text, paragraphs separated by a blank line.
    assert ">\nWir treffen uns laut Plan.\n\nAlle willkommen.</textarea>" in html
    assert re.search(r'value="sprache" id="id_categories_0" checked', html)
    assert re.search(r'value="altstadt" id="id_districts_1" checked', html)
    assert 'value="Lesen"' in html
    assert 'value="lesepaten@example.org"' in html
    # A listed initiative may also have ended.
    assert 'value="ended"' in html and 'name="ended_on"' in html


def test_correction_saves_a_new_revision_and_leaves_the_live_page_alone(
    client, directory, listed, django_capture_on_commit_callbacks
):
    page, freshness = listed
    live_revision = page.live_revision_id
    data = correction_data(
        summary="Wir lesen mit Kindern und Eltern.",
        contact_phone="+49 30 555",
        districts=["nordstadt"],
        message="Neue Telefonnummer.",
    )
    response = send(client, correction_url(freshness), data, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert response["Location"] == correction_url(freshness) + "?sent=1"

    page.refresh_from_db()
    assert page.live and page.live_revision_id == live_revision
    assert page.summary == "Wir lesen mit Kindern."
    assert page.contact_phone == ""
    assert [term.slug for term in page.districts.all()] == ["altstadt"]
    assert page.has_unpublished_changes
    draft = page.get_latest_revision_as_object()
    assert page.latest_revision_id != live_revision
    assert draft.summary == "Wir lesen mit Kindern und Eltern."
    assert draft.contact_phone == "+49 30 555"
    assert [term.slug for term in draft.districts.all()] == ["nordstadt"]
    # Unchanged rich text keeps the editors' formatting (the link).
    assert draft.description == DESCRIPTION
    live = client.get("/de/initiativen/lesepaten/").content.decode()
    assert "Wir lesen mit Kindern und Eltern." not in live

    submission = InitiativeSubmission.objects.get()
    assert submission.kind == InitiativeSubmission.Kind.CORRECTION
    assert submission.page_id == page.pk
    assert submission.status == InitiativeSubmission.Status.PENDING
    assert submission.data["contact_phone"] == "+49 30 555"

    freshness.refresh_from_db()
    assert timezone.now() - freshness.last_confirmed_at < timedelta(minutes=1)
    assert freshness.reminder_sent_at is None

    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    to_editor = mails_to("moderation@example.org")[0]
    subject = "Correction for the initiative “%(title)s” waiting for review"
    assert to_editor.subject == unescape(translated("de", subject, title="Lesepaten"))
    assert "Neue Telefonnummer." in to_editor.body
    to_submitter = mails_to("lesepaten@example.org")[0]
    assert to_submitter.extra_headers["Content-Language"] == "de"

    # Approved: the correction goes live, the sender hears about it once.
    mail.outbox.clear()
    with mail_delivered():
        page.current_workflow_task_state.approve(user=directory.moderator)
    page.refresh_from_db()
    assert page.summary == "Wir lesen mit Kindern und Eltern."
    assert page.description == DESCRIPTION
    submission.refresh_from_db()
    assert submission.status == InitiativeSubmission.Status.PUBLISHED
    assert [m.to for m in mail.outbox] == [["lesepaten@example.org"]]
    assert "/de/initiativen/lesepaten/" in mail.outbox[0].body


def test_changed_description_replaces_the_rich_text_with_escaped_paragraphs(
    client, listed, django_capture_on_commit_callbacks
):
    page, freshness = listed
    data = correction_data(description="Neu: <i>jeden</i> Montag.")
    send(client, correction_url(freshness), data, django_capture_on_commit_callbacks)
    draft = InitiativePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert draft.description == "<p>Neu: &lt;i&gt;jeden&lt;/i&gt; Montag.</p>"


def test_an_ended_initiative_needs_its_end_date(client, listed, django_capture_on_commit_callbacks):
    page, freshness = listed
    url = correction_url(freshness)
    html = send(
        client, url, correction_data(status="ended"), django_capture_on_commit_callbacks
    ).content.decode()
    assert 'id="id_ended_on_error"' in html
    assert not InitiativeSubmission.objects.exists()

    response = send(
        client,
        url,
        correction_data(status="ended", ended_on="2025-03-31"),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    draft = InitiativePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert draft.status == "ended" and str(draft.ended_on) == "2025-03-31"


def test_consent_is_needed_for_corrections_too(client, listed, django_capture_on_commit_callbacks):
    page, freshness = listed
    response = send(
        client,
        correction_url(freshness),
        correction_data(consent=None),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 200
    assert 'id="id_consent_error"' in response.content.decode()
    assert not InitiativeSubmission.objects.exists()


def test_arabic_visitor_corrects_the_german_source(
    client, directory, listed, django_capture_on_commit_callbacks
):
    page, freshness = listed
    arabic = translate(page, "ar", title="رفاق القراءة", summary="نقرأ مع الأطفال.")
    response = client.get(correction_url(freshness, "ar"))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert 'value="Lesepaten"' in html  # the source text, with a notice why
    assert 'class="notice" role="note"' in html
    assert re.search(r'value="sprache" id="id_categories_0" checked>\s*دعم اللغة', html)

    send(
        client,
        correction_url(freshness, "ar"),
        correction_data(summary="Wir lesen auch vor."),
        django_capture_on_commit_callbacks,
    )
    submission = InitiativeSubmission.objects.get()
    assert submission.page_id == page.pk and submission.language == "ar"
    arabic.refresh_from_db()
    assert not arabic.has_unpublished_changes
    assert mails_to("lesepaten@example.org")[0].extra_headers["Content-Language"] == "ar"


def test_declined_correction_keeps_the_live_page_and_tells_the_reason(
    client, directory, listed, django_capture_on_commit_callbacks
):
    page, freshness = listed
    send(
        client,
        correction_url(freshness),
        correction_data(summary="Falsch."),
        django_capture_on_commit_callbacks,
    )
    mail.outbox.clear()
    with mail_delivered():
        page.current_workflow_task_state.reject(user=directory.moderator, comment="Unklar.")
    page.refresh_from_db()
    assert page.live and page.summary == "Wir lesen mit Kindern."
    submission = InitiativeSubmission.objects.get()
    assert submission.status == InitiativeSubmission.Status.DECLINED
    assert [m.to for m in mail.outbox] == [["lesepaten@example.org"]]
    assert "Unklar." in mail.outbox[0].body

    # A second correction after "request changes" starts moderation afresh.
    send(
        client,
        correction_url(freshness),
        correction_data(summary="Richtig."),
        django_capture_on_commit_callbacks,
    )
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS


@pytest.mark.parametrize("code", ["de", "ar"])
def test_unknown_or_unpublished_links_are_not_found_in_the_visitors_language(client, listed, code):
    page, freshness = listed
    response = client.get(
        correction_url(InitiativeFreshness(token=freshness.translation_key), code)
    )
    assert response.status_code == 404
    assert f'<html lang="{code}"' in response.content.decode()
    page.unpublish()
    assert client.get(correction_url(freshness, code)).status_code == 404


def test_current_image_is_shown_and_can_be_removed_or_kept(
    client, listed, django_capture_on_commit_callbacks
):
    page, freshness = listed
    buffer = BytesIO()
    PILImage.new("RGB", (60, 40), (200, 80, 40)).save(buffer, "PNG")
    buffer.seek(0)
    page.image = create_image(buffer, "lesepaten.png", "Lesepaten")
    page.save_revision().publish()

    html = client.get(correction_url(freshness)).content.decode()
    assert 'class="form-field__current"' in html and "<img " in html
    assert 'name="remove_image"' in html

    send(client, correction_url(freshness), correction_data(), django_capture_on_commit_callbacks)
    kept = InitiativePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert kept.image_id == page.image_id
    assert InitiativeSubmission.objects.get().data["image"]["filename"] == ""

    send(
        client,
        correction_url(freshness),
        correction_data(remove_image="on"),
        django_capture_on_commit_callbacks,
    )
    removed = InitiativePage.objects.get(pk=page.pk)
    assert removed.get_latest_revision_as_object().image is None
    assert removed.image_id == page.image_id  # live until approved
