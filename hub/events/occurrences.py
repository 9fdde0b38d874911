"""Editors' changes to a single date: cancel it or move it, with a reason.

The reason is written in the source language (``LANGUAGE_CODE``); editors may add its
translations into the other content languages, which visitors and registrants of those
languages read instead (``Occurrence.reason_in``). A new reason replaces the old one and
all of its translations.

Both are atomic and lock the occurrence row; both mark the date ``edited`` so that the
series generator (``hub.events.recurrence``) never overwrites the decision. Registrants
are told through ``hub.events.services.notify_occurrence_changed`` once the change is
committed — an e-mail about a change that was rolled back would be wrong.
"""

import logging
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hub.events.models import Occurrence

logger = logging.getLogger(__name__)


class OccurrenceChangeError(Exception):
    """A change an editor asked for that cannot be made; the message is for them."""


def notify_registrants(occurrence: Occurrence) -> None:
    """Tell everyone registered for ``occurrence`` about the change (registration app)."""
    try:
        from hub.events.services import notify_occurrence_changed
    except ImportError:
        logger.warning("hub.events.services.notify_occurrence_changed is not available yet")
        return
    notify_occurrence_changed(occurrence)


def _clean_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise OccurrenceChangeError(_("Please give a reason; visitors and registrants see it."))
    return reason


def clean_reason_translations(translations: dict[str, str] | None) -> dict[str, str]:
    """Language code → stripped text, without empty texts and without the source language."""
    cleaned = {}
    for code, text in (translations or {}).items():
        code = (code or "").strip().lower()
        text = (text or "").strip()
        if code and text and code != settings.LANGUAGE_CODE:
            cleaned[code] = text
    return cleaned


def cancel_occurrence(
    occurrence: Occurrence, reason: str, translations: dict[str, str] | None = None
) -> Occurrence:
    """Cancel one date of an event; its registrants are e-mailed.

    ``translations`` are the reason in other languages (language code → text).
    """
    reason = _clean_reason(reason)
    translations = clean_reason_translations(translations)
    with transaction.atomic():
        locked = Occurrence.objects.select_for_update().get(pk=occurrence.pk)
        if locked.status == Occurrence.Status.CANCELLED:
            raise OccurrenceChangeError(_("This date is already cancelled."))
        locked.status = Occurrence.Status.CANCELLED
        locked.reason = reason
        locked.reason_translations = translations
        locked.edited = True
        locked.save(update_fields=["status", "reason", "reason_translations", "edited"])
        transaction.on_commit(lambda: notify_registrants(locked))
    _copy(locked, occurrence)
    return occurrence


def move_occurrence(
    occurrence: Occurrence,
    starts_at: datetime,
    ends_at: datetime,
    reason: str,
    translations: dict[str, str] | None = None,
) -> Occurrence:
    """Move one date to another time (or reinstate a cancelled one at a new time).

    ``translations`` are the reason in other languages (language code → text).
    """
    reason = _clean_reason(reason)
    translations = clean_reason_translations(translations)
    if ends_at <= starts_at:
        raise OccurrenceChangeError(_("The new end must be after the new start."))
    if starts_at <= timezone.now():
        raise OccurrenceChangeError(_("A date can only be moved into the future."))
    with transaction.atomic():
        locked = Occurrence.objects.select_for_update().get(pk=occurrence.pk)
        if locked.starts_at == starts_at and locked.ends_at == ends_at and not locked.is_cancelled:
            raise OccurrenceChangeError(_("The new time is the same as the current one."))
        locked.starts_at = starts_at
        locked.ends_at = ends_at
        locked.status = Occurrence.Status.MOVED
        locked.reason = reason
        locked.reason_translations = translations
        locked.edited = True
        locked.save(
            update_fields=[
                "starts_at",
                "ends_at",
                "status",
                "reason",
                "reason_translations",
                "edited",
            ]
        )
        transaction.on_commit(lambda: notify_registrants(locked))
    _copy(locked, occurrence)
    return occurrence


def _copy(source: Occurrence, target: Occurrence) -> None:
    """Let the caller's instance reflect what was saved."""
    for name in ("starts_at", "ends_at", "status", "reason", "reason_translations", "edited"):
        setattr(target, name, getattr(source, name))
