"""Business rules of the freshness check: confirming an initiative and asking it to.

Every function takes ``now`` from its caller, so that the rules can be tested against a
fixed moment and a daily cron run sees one consistent time for all initiatives.

The token in the e-mail links is ``InitiativeFreshness.token``: a random UUID that stays
valid until it is used and is replaced by every confirmation, so a forwarded or leaked
old e-mail can neither confirm again nor open the correction form after the fact.
"""

import calendar
import uuid
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log, registry

from hub.pages.initiatives.freshness.entries import index_of, live_source_pages
from hub.pages.models import InitiativeFreshness, InitiativeIndexPage, InitiativePage

# The page history in the admin shows this action (registered in wagtail_hooks.py).
CONFIRMED_ACTION = "hub.initiative_confirmed"


class FreshnessError(Exception):
    """A freshness action that cannot be carried out; ``message`` is shown to the visitor."""

    default_message = _("This action is not possible.")

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(str(self.message))


class InvalidConfirmationLink(FreshnessError):
    default_message = _(
        "This link is not valid (any more). Perhaps the entry has already been confirmed."
    )


@dataclass(frozen=True)
class Entry:
    """An initiative as the freshness check sees it: its source page and its record."""

    page: InitiativePage
    freshness: InitiativeFreshness


def months_before(moment: datetime, months: int) -> datetime:
    """The same local time ``months`` calendar months earlier (31 March − 1 → 28/29 Feb)."""
    local = timezone.localtime(moment)
    index = local.year * 12 + (local.month - 1) - months
    year, month = divmod(index, 12)
    day = min(local.day, calendar.monthrange(year, month + 1)[1])
    return local.replace(year=year, month=month + 1, day=day)


def was_reminded(row: InitiativeFreshness) -> bool:
    """Whether a reminder went out since the last confirmation."""
    return row.reminder_sent_at is not None and row.reminder_sent_at >= row.last_confirmed_at


def is_stale(row: InitiativeFreshness, *, now: datetime, months: int) -> bool:
    return row.last_confirmed_at < months_before(now, months)


def initial_confirmation(page: InitiativePage, now: datetime) -> datetime:
    """When an initiative without a record last showed signs of life: its last publication.

    Rows are created lazily (by the reminder command and by confirmations), so no signal
    handler is needed and initiatives published before this feature existed are covered.
    """
    return page.last_published_at or page.first_published_at or now


def freshness_rows(
    pages: dict[UUID, InitiativePage], *, now: datetime, create_missing: bool
) -> dict[UUID, InitiativeFreshness]:
    """The record of every initiative in ``pages``; missing ones created or made up unsaved.

    A dry run passes ``create_missing=False`` and so changes nothing in the database.
    """
    rows = {
        row.translation_key: row
        for row in InitiativeFreshness.objects.filter(translation_key__in=list(pages))
    }
    missing = [
        InitiativeFreshness(translation_key=key, last_confirmed_at=initial_confirmation(page, now))
        for key, page in pages.items()
        if key not in rows
    ]
    if not missing:
        return rows
    if not create_missing:
        rows.update({row.translation_key: row for row in missing})
        return rows
    # Another process may create the same rows at the same time; its rows win.
    InitiativeFreshness.objects.bulk_create(missing, ignore_conflicts=True)
    created = InitiativeFreshness.objects.filter(
        translation_key__in=[row.translation_key for row in missing]
    )
    rows.update({row.translation_key: row for row in created})
    return rows


def entry_for_token(token: UUID, index: InitiativeIndexPage | None = None) -> Entry | None:
    """The live initiative that ``token`` belongs to, if it is listed under ``index``.

    Checking the directory keeps one site's confirmation pages from answering for another
    site's initiatives.
    """
    row = InitiativeFreshness.objects.filter(token=token).first()
    return _entry_for_row(row, index)


def entry_for_key(translation_key: UUID, index: InitiativeIndexPage | None = None) -> Entry | None:
    """The live initiative with ``translation_key`` and its record, if it has one."""
    row = InitiativeFreshness.objects.filter(translation_key=translation_key).first()
    return _entry_for_row(row, index)


def _entry_for_row(
    row: InitiativeFreshness | None, index: InitiativeIndexPage | None
) -> Entry | None:
    if row is None:
        return None
    page = live_source_pages([row.translation_key]).get(row.translation_key)
    if page is None:
        return None
    if index is not None and index_of(page).translation_key != index.translation_key:
        return None
    return Entry(page=page, freshness=row)


def _mark_confirmed(row: InitiativeFreshness, now: datetime) -> None:
    row.last_confirmed_at = now
    row.reminder_sent_at = None
    row.token = uuid.uuid4()
    row.save()


@transaction.atomic
def confirm_by_token(
    token: UUID, *, now: datetime, index: InitiativeIndexPage | None = None
) -> Entry:
    """The contact says "still active" through the link in the reminder."""
    row = InitiativeFreshness.objects.select_for_update().filter(token=token).first()
    entry = _entry_for_row(row, index)
    if entry is None:
        raise InvalidConfirmationLink()
    _mark_confirmed(entry.freshness, now)
    _log(entry.page, now=now, via="link")
    return entry


@transaction.atomic
def record_confirmation(
    translation_key: UUID, *, now: datetime, user=None, via: str = "editor"
) -> InitiativeFreshness:
    """Someone vouched for the initiative otherwise: an editor, or a published correction.

    ``via`` ("editor", "correction") is kept in the page history entry.
    """
    row, _created = InitiativeFreshness.objects.select_for_update().get_or_create(
        translation_key=translation_key, defaults={"last_confirmed_at": now}
    )
    _mark_confirmed(row, now)
    page = live_source_pages([translation_key]).get(translation_key)
    if page is not None:
        _log(page, now=now, via=via, user=user)
    return row


def _log(page: InitiativePage, *, now: datetime, via: str, user=None) -> None:
    """Record the confirmation in the page history, once the admin hooks are loaded.

    Wagtail refuses log entries for unregistered actions; a confirmation must not fail
    because of that.
    """
    if registry.action_exists(CONFIRMED_ACTION):
        log(page, CONFIRMED_ACTION, user=user, timestamp=now, data={"via": via})
