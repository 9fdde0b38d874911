"""A translator asks for a review of a translated page; a reviewer publishes it.

wagtail-localize's editor stores each translated text at once but only someone with
publish permission can put the page live from there. Translators have none: when their
translation is ready they ask for review, which saves the translated page as a draft
revision in their name and starts the page's moderation workflow — reviewers see it on
their dashboard ("Awaiting your review") and approve it, which publishes that draft.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import translation as translation_utils
from django.utils.translation import gettext as _
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringTranslation, Translation

from hub.core.moderation import start_moderation
from hub.core.permissions import can_request_review


class ReviewError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def translation_of(page: Page) -> Translation | None:
    """The wagtail-localize translation whose target is ``page``."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def request_review(page: Page, user) -> WorkflowState | None:
    """Save the current translation of ``page`` as a draft and start its review.

    Texts not yet translated show in the source language in the draft (the reviewer
    sees them in the preview). Returns the workflow state, or None when no workflow
    applies to the page (then an editor has to publish the draft).
    """
    if not can_request_review(page, user):
        raise PermissionDenied
    translation = translation_of(page)
    if translation is None:
        raise ReviewError(_("This page is not a translation made with the translation tool."))
    with transaction.atomic():
        translation.source.create_or_update_translation(
            translation.target_locale, user=user, publish=False, fallback=True
        )
        page = Page.objects.get(pk=page.pk).specific
        # Wagtail writes to the reviewers in their admin language, else in the language
        # active now; the site's language is the safe default for both.
        with translation_utils.override(settings.LANGUAGE_CODE):
            return start_moderation(page, user=user)


def has_unreviewed_work(translation: Translation, target) -> bool:
    """True when the target holds translation work nobody has approved yet: a draft
    waiting for review, or texts translated after the page was last published."""
    if getattr(target, "has_unpublished_changes", False):
        return True
    state = getattr(target, "current_workflow_state", None)
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        return True
    published = getattr(target, "last_published_at", None)
    strings = StringTranslation.objects.filter(
        locale_id=translation.target_locale_id,
        translation_of__segments__source=translation.source,
    )
    if published is not None:
        strings = strings.filter(updated_at__gt=published)
    return published is not None and strings.exists()
