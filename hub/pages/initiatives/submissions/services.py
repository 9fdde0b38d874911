"""Self-submission and correction of initiatives, and what happens when editors decide.

The public never publishes: a new entry becomes a draft ``InitiativePage`` (never live, no
live revision), a correction becomes a new revision of the listed page (the live version
stays as it is). Either is handed to Wagtail's moderation workflow that applies to the
page; editors approve ("publish") or request changes ("decline") there, and
``record_publication``/``record_rejection`` (wired to Wagtail's signals) close the
``InitiativeSubmission`` and tell the submitter — each exactly once.
"""

import logging
import uuid
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Revision, WorkflowState

from hub.core.moderation import start_moderation
from hub.core.page_tree import free_slug, source_locale_id
from hub.core.rich_text import richtext_to_text, same_text, text_to_richtext
from hub.pages.initiatives.submissions import emails, notifications, uploads
from hub.pages.initiatives.submissions.data import entered_data
from hub.pages.initiatives.submissions.forms import PLAIN_FIELDS
from hub.pages.models import (
    InitiativeFreshness,
    InitiativeIndexPage,
    InitiativePage,
    InitiativeSubmission,
)
from hub.snippets.form_terms import TAXONOMIES, linked_slugs, source_terms

logger = logging.getLogger(__name__)

RICH_TEXT_FIELDS = ("description", "involvement")


class SubmissionError(Exception):
    """The submission could not be stored; ``message`` is shown to the visitor."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Submitter:
    name: str
    email: str
    language: str
    message: str = ""


# --- public entry points -------------------------------------------------------------


def submit_initiative(
    index: InitiativeIndexPage, cleaned: dict, submitter: Submitter
) -> InitiativeSubmission:
    """Create a draft initiative under ``index`` (in its language) and start moderation."""
    with transaction.atomic():
        page = InitiativePage(
            locale=index.locale,
            live=False,
            has_unpublished_changes=True,
            slug=free_slug(index, cleaned["title"]),
        )
        _apply(page, cleaned)
        try:
            index.add_child(instance=page)
            page.save_revision(log_action=True)
        except ValidationError as error:
            logger.warning("Public submission rejected by the model: %s", error)
            raise SubmissionError(_("The entry could not be saved. Please check it.")) from error
        submission = _record(page, InitiativeSubmission.Kind.NEW, cleaned, submitter)
        _moderate_and_notify(submission)
    return submission


def submit_correction(
    page: InitiativePage, cleaned: dict, submitter: Submitter
) -> InitiativeSubmission:
    """Save a correction of a listed initiative as a new revision and start moderation.

    The live page is untouched until an editor approves. Sending a correction also counts
    as "still active" for the reminders.
    """
    with transaction.atomic():
        page = InitiativePage.objects.select_for_update().get(pk=page.pk)
        _apply(page, cleaned, correcting=True)
        # Recorded before the revision: a publication of any revision from here on
        # includes this correction (see ``record_publication``).
        submission = _record(page, InitiativeSubmission.Kind.CORRECTION, cleaned, submitter)
        try:
            page.save_revision(log_action=True)
        except ValidationError as error:
            logger.warning("Public correction rejected by the model: %s", error)
            raise SubmissionError(
                _("The correction could not be saved. Please check it.")
            ) from error
        InitiativeFreshness.objects.update_or_create(
            translation_key=page.translation_key,
            defaults={"last_confirmed_at": timezone.now(), "reminder_sent_at": None},
        )
        _moderate_and_notify(submission)
    return submission


def correctable_page(token: uuid.UUID) -> InitiativePage | None:
    """The live page a correction link (``InitiativeFreshness.token``) refers to.

    Corrections always edit the initiative's source page: contact data, terms and status
    are synchronised from it to every translation, and wagtail-localize rebuilds the
    translations from it, so an edit of a translated copy would be overwritten.
    """
    freshness = InitiativeFreshness.objects.filter(token=token).first()
    if freshness is None:
        return None
    pages = list(
        InitiativePage.objects.live()
        .filter(translation_key=freshness.translation_key)
        .select_related("locale")
    )
    if not pages:
        return None
    source_id = source_locale_id(pages[0])
    return min(pages, key=lambda page: (page.locale_id != source_id, page.pk))


def record_publication(page: Page, revision: Revision | None) -> list[InitiativeSubmission]:
    """Close the submissions a publication of ``page`` answers and tell their senders.

    A new entry counts as published the first time its page goes live (also after an
    earlier "request changes"); a correction when a revision made after it was received
    is published (an older one, say a scheduled publication, does not contain it). The
    status change is a conditional update, so a later re-publication never sends a
    second e-mail.
    """
    pending = InitiativeSubmission.objects.filter(page_id=page.pk)
    new_entries = pending.filter(
        kind=InitiativeSubmission.Kind.NEW,
        status__in=[InitiativeSubmission.Status.PENDING, InitiativeSubmission.Status.DECLINED],
    )
    corrections = pending.filter(
        kind=InitiativeSubmission.Kind.CORRECTION, status=InitiativeSubmission.Status.PENDING
    )
    if revision is not None:
        corrections = corrections.filter(created_at__lte=revision.created_at)
    return _decide(
        list(new_entries) + list(corrections),
        InitiativeSubmission.Status.PUBLISHED,
        emails.send_published,
    )


def record_rejection(workflow_state: WorkflowState) -> list[InitiativeSubmission]:
    """Decline the pending submissions of a page whose moderation asked for changes."""
    task_state = workflow_state.current_task_state
    reason = task_state.specific.get_comment() if task_state else ""
    pending = InitiativeSubmission.objects.filter(
        page_id=workflow_state.object_id, status=InitiativeSubmission.Status.PENDING
    )
    return _decide(
        list(pending),
        InitiativeSubmission.Status.DECLINED,
        emails.send_declined,
        reason=reason or "",
    )


# --- helpers -------------------------------------------------------------------------


def _decide(submissions, status, send, reason: str = "") -> list[InitiativeSubmission]:
    decided = []
    changes = {"status": status, "decided_at": timezone.now()}
    if status == InitiativeSubmission.Status.DECLINED:
        changes["decision_reason"] = reason
    for submission in submissions:
        # Conditional on the status just read: of two racing signals only one wins.
        if InitiativeSubmission.objects.filter(pk=submission.pk, status=submission.status).update(
            **changes
        ):
            for name, value in changes.items():
                setattr(submission, name, value)
            transaction.on_commit(lambda s=submission: send(s), robust=True)
            decided.append(submission)
    return decided


def _moderate_and_notify(submission: InitiativeSubmission) -> None:
    """Start moderation now; send the e-mails once the transaction has committed."""
    with notifications.public_submission():
        moderated = start_moderation(submission.page) is not None

    def notify() -> None:
        emails.send_to_editors(submission, moderated=moderated)
        emails.send_received(submission)

    transaction.on_commit(notify, robust=True)


def _record(page, kind, cleaned: dict, submitter: Submitter) -> InitiativeSubmission:
    return InitiativeSubmission.objects.create(
        page=page,
        translation_key=page.translation_key,
        kind=kind,
        submitter_name=submitter.name,
        submitter_email=submitter.email,
        language=submitter.language,
        message=submitter.message,
        data=entered_data(cleaned, image=page.image),
    )


def _apply(page: InitiativePage, cleaned: dict, correcting: bool = False) -> None:
    """Copy the form's values onto ``page`` (in memory; saving is the caller's job)."""
    for name in PLAIN_FIELDS:
        setattr(page, name, cleaned.get(name) or "")
    page.ended_on = cleaned.get("ended_on")
    for name in RICH_TEXT_FIELDS:
        text = cleaned.get(name) or ""
        if correcting and same_text(richtext_to_text(getattr(page, name)), text):
            continue  # unchanged: keep the editors' formatting
        setattr(page, name, text_to_richtext(text))
    for name, model in TAXONOMIES.items():
        slugs = cleaned.get(name) or []
        if correcting and set(slugs) == set(linked_slugs(page, name)):
            continue  # unchanged: keep whichever language's rows the page links
        setattr(page, name, source_terms(model, slugs))
    page.tags.set(cleaned.get("tags") or [])
    _apply_image(page, cleaned)


def _apply_image(page: InitiativePage, cleaned: dict) -> None:
    chosen = cleaned.get("chosen_image")
    if chosen is None:
        page.image = None
    elif isinstance(chosen, uploads.ParkedUpload):
        with chosen.open() as source:
            page.image = uploads.create_image(source, chosen.filename, page.title)
        chosen.discard()
    elif hasattr(chosen, "read"):
        page.image = uploads.create_image(chosen, chosen.name, page.title)
    else:
        page.image = chosen  # the page's current image, kept
