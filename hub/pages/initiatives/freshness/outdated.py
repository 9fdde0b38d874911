"""The editors' list of "possibly outdated" initiatives.

Listed are live, not ended initiatives whose reminder went out more than the grace period
ago without an answer — and stale ones without a contact e-mail address, which no
reminder can reach, so that an editor looks after them at once. Nothing here hides or
deletes an entry: the list only tells editors whom to phone or what to check.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import F, Q, QuerySet
from wagtail.models import Page

from hub.pages.initiatives.freshness.entries import live_source_pages
from hub.pages.initiatives.freshness.services import months_before
from hub.pages.models import InitiativeFreshness, InitiativePage, InitiativeSubmission


@dataclass(frozen=True)
class OutdatedEntry:
    page: InitiativePage
    freshness: InitiativeFreshness
    correction_pending: bool

    @property
    def last_confirmed_at(self) -> datetime:
        return self.freshness.last_confirmed_at

    @property
    def reminder_sent_at(self) -> datetime | None:
        return self.freshness.reminder_sent_at

    @property
    def title(self) -> str:
        return self.page.title

    @property
    def contact_email(self) -> str:
        return self.page.contact_email

    @property
    def contact_name(self) -> str:
        return self.page.contact_name

    @property
    def status(self) -> str:
        return str(self.page.get_status_display())


def outdated_entries(
    *,
    now: datetime,
    grace_days: int,
    months: int,
    visible_pages: QuerySet[Page] | None = None,
) -> list[OutdatedEntry]:
    """Overdue initiatives, longest silent first; only those with a page in ``visible_pages``."""
    answer_due_by = now - timedelta(days=grace_days)
    rows = InitiativeFreshness.objects.filter(
        Q(reminder_sent_at__lte=answer_due_by, reminder_sent_at__gte=F("last_confirmed_at"))
        | Q(reminder_sent_at__isnull=True, last_confirmed_at__lt=months_before(now, months))
    )
    rows_by_key = {row.translation_key: row for row in rows}
    pages = live_source_pages(rows_by_key)
    if visible_pages is not None:
        allowed = set(
            visible_pages.filter(translation_key__in=list(pages)).values_list(
                "translation_key", flat=True
            )
        )
        pages = {key: page for key, page in pages.items() if key in allowed}
    pending = set(
        InitiativeSubmission.objects.filter(
            translation_key__in=list(pages),
            kind=InitiativeSubmission.Kind.CORRECTION,
            status=InitiativeSubmission.Status.PENDING,
        ).values_list("translation_key", flat=True)
    )
    entries = []
    for key, page in pages.items():
        row = rows_by_key[key]
        # Without a reminder, only an initiative that no reminder can reach is overdue.
        if page.is_ended or (row.reminder_sent_at is None and page.contact_email):
            continue
        entries.append(OutdatedEntry(page=page, freshness=row, correction_pending=key in pending))
    entries.sort(key=lambda entry: (entry.reminder_sent_at or entry.last_confirmed_at, entry.title))
    return entries
