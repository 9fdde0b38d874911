"""Changes members make to their organisation's page go live only after an editor
approves them.

``submit_change`` applies an edit to the organisation's latest draft (not to the live
page, so that a second edit keeps the first one still waiting for approval), saves it as a
new revision in the member's name (page history) and hands it to the page's moderation
workflow. Editors approve or request changes in the Wagtail admin; ``record_publication``
and ``record_rejection`` (wired to Wagtail's signals) close the waiting ``ProfileChange``s
and e-mail the organisation the outcome — each exactly once.

After an approval the page's translations are refreshed from the source: office hours,
addresses and other synchronised values reach every language at once, texts that are
new or changed show in German until a translator has translated them. A translation
with work waiting for review is left alone (it would go live unreviewed).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Page, Revision, WorkflowState
from wagtail_localize.models import TranslationSource

from hub.core.moderation import start_moderation
from hub.localization.translators.review_request import has_unreviewed_work
from hub.network import emails
from hub.network.models import OrganisationPage, ProfileChange
from hub.network.services import MembershipError, source_page

logger = logging.getLogger(__name__)


def draft_of(organisation: OrganisationPage) -> OrganisationPage:
    """The organisation as its latest revision has it (what the members' form edits)."""
    return organisation.get_latest_revision_as_object()


def pending_changes(organisation: OrganisationPage) -> list[ProfileChange]:
    return list(
        ProfileChange.objects.filter(
            organisation=organisation, status=ProfileChange.Status.PENDING
        ).select_related("submitted_by")
    )


def last_decision(organisation: OrganisationPage) -> ProfileChange | None:
    return (
        ProfileChange.objects.filter(organisation=organisation)
        .exclude(status=ProfileChange.Status.PENDING)
        .order_by("-decided_at", "-pk")
        .first()
    )


def submit_change(
    organisation: OrganisationPage,
    *,
    user,
    language: str,
    part: str,
    subject: str,
    apply: Callable[[OrganisationPage], None],
) -> ProfileChange:
    """Apply ``apply`` to the latest draft, save a revision as ``user``, ask for review."""
    organisation = source_page(organisation)
    with transaction.atomic():
        page = OrganisationPage.objects.select_for_update().get(pk=organisation.pk)
        draft = draft_of(page)
        apply(draft)
        try:
            revision = draft.save_revision(user=user, log_action=True)
        except ValidationError as error:
            logger.warning("Members' change rejected by the model: %s", error)
            raise MembershipError(_("The change could not be saved. Please check it.")) from error
        change = ProfileChange.objects.create(
            organisation=page,
            revision=revision,
            part=part,
            subject=subject[:200],
            submitted_by=user,
            language=language,
        )
        page.refresh_from_db()
        # Wagtail's own "submitted" e-mail to the moderators names the member and links
        # to the page; no extra e-mail needed unless no workflow applies.
        # Wagtail e-mails the moderators in their admin language, else in the language
        # active now — the member's (say Arabic); editors read the site's language.
        with translation.override(settings.LANGUAGE_CODE):
            moderated = start_moderation(page, user=user) is not None
        if not moderated:
            transaction.on_commit(lambda: emails.send_change_to_editors(change), robust=True)
    return change


def record_publication(page: Page, revision: Revision | None) -> list[ProfileChange]:
    """Close the changes a publication of ``page`` contains and tell the organisation."""
    pending = ProfileChange.objects.filter(
        organisation_id=page.pk, status=ProfileChange.Status.PENDING
    )
    if revision is not None:
        pending = pending.filter(revision_id__lte=revision.pk)
    decided = _decide(list(pending), ProfileChange.Status.PUBLISHED)
    if decided:
        transaction.on_commit(lambda: refresh_translations(page), robust=True)
    return decided


def record_rejection(workflow_state: WorkflowState) -> list[ProfileChange]:
    """Decline the waiting changes of a page whose moderation asked for changes."""
    task_state = workflow_state.current_task_state
    reason = (task_state.specific.get_comment() if task_state else "") or ""
    pending = ProfileChange.objects.filter(
        organisation_id=workflow_state.object_id, status=ProfileChange.Status.PENDING
    )
    return _decide(list(pending), ProfileChange.Status.DECLINED, reason=reason)


def _decide(changes: list[ProfileChange], status: str, reason: str = "") -> list[ProfileChange]:
    decided = []
    values = {"status": status, "decided_at": timezone.now()}
    if status == ProfileChange.Status.DECLINED:
        values["decision_reason"] = reason
    for change in changes:
        # Conditional on the status just read: of two racing signals only one wins.
        if ProfileChange.objects.filter(pk=change.pk, status=change.status).update(**values):
            for name, value in values.items():
                setattr(change, name, value)
            decided.append(change)
    if decided:
        transaction.on_commit(lambda: emails.send_outcome(decided), robust=True)
    return decided


def refresh_translations(page: Page) -> int:
    """Bring the page's existing translations up to date with the published source.

    Translated texts are kept; new or changed source texts show in the source language
    until translated (wagtail-localize's fallback). Returns the number of translations
    refreshed. A failure is logged, never raised: the approval itself has succeeded.
    """
    try:
        source = TranslationSource.objects.get_for_instance_or_none(page.specific)
        if source is None:
            return 0
        source.update_from_db()
        count = 0
        for translation in source.translations.filter(enabled=True).select_related("target_locale"):
            target = translation.get_target_instance()
            if has_unreviewed_work(translation, target):
                # A translator's work waits for review there: publishing now would put
                # it live unreviewed. The reviewer's approval brings the hours along.
                continue
            source.create_or_update_translation(
                translation.target_locale, publish=True, fallback=True
            )
            count += 1
        return count
    except Exception:  # noqa: BLE001 - logged; the publication itself stands
        logger.exception("Could not refresh the translations of page %s", page.pk)
        return 0
