"""Who is due a reminder, and sending it — once per initiative, however often cron runs.

An initiative is due when it is live and not ended, its last confirmation is older than
the configured number of months, and no reminder went out since. Sending marks the
record in the same transaction (under a row lock) that queues the e-mail, so two
overlapping runs cannot both write to the same initiative; the mail queue
(``hub.core.mail``) retries a delivery that fails.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db import transaction

from hub.core.mail import queue_messages
from hub.pages.initiatives.freshness.emails import reminder_languages, reminder_message
from hub.pages.initiatives.freshness.entries import language_code_or_default, live_source_pages
from hub.pages.initiatives.freshness.services import (
    Entry,
    freshness_rows,
    is_stale,
    was_reminded,
)
from hub.pages.models import InitiativeFreshness


@dataclass
class ReminderPlan:
    """Every live, not ended initiative, sorted into what the reminder run does with it."""

    due: list[Entry] = field(default_factory=list)
    without_email: list[Entry] = field(default_factory=list)
    already_reminded: list[Entry] = field(default_factory=list)
    fresh: list[Entry] = field(default_factory=list)
    languages: dict = field(default_factory=dict)

    def language_of(self, entry: Entry) -> str:
        return self.languages.get(entry.page.translation_key, settings.LANGUAGE_CODE)


@dataclass
class ReminderReport:
    plan: ReminderPlan
    dry_run: bool
    sent: list[Entry] = field(default_factory=list)


def plan_reminders(*, now: datetime, months: int, create_missing: bool = True) -> ReminderPlan:
    sources = {key: page for key, page in live_source_pages().items() if not page.is_ended}
    rows = freshness_rows(sources, now=now, create_missing=create_missing)
    plan = ReminderPlan()
    for key, page in sorted(sources.items(), key=lambda item: item[1].title.casefold()):
        entry = Entry(page=page, freshness=rows[key])
        if not is_stale(entry.freshness, now=now, months=months):
            plan.fresh.append(entry)
        elif was_reminded(entry.freshness):
            plan.already_reminded.append(entry)
        elif not page.contact_email:
            plan.without_email.append(entry)
        else:
            plan.due.append(entry)
    known = {code for code, _name in settings.LANGUAGES}
    due_pages = {entry.page.translation_key: entry.page for entry in plan.due}
    plan.languages = {
        key: language_code_or_default(code)
        for key, code in reminder_languages(due_pages, known).items()
    }
    return plan


def send_reminders(*, now: datetime, months: int, dry_run: bool = False) -> ReminderReport:
    """Remind every due initiative once; ``dry_run`` only plans and changes nothing."""
    plan = plan_reminders(now=now, months=months, create_missing=not dry_run)
    report = ReminderReport(plan=plan, dry_run=dry_run)
    if dry_run or not plan.due:
        return report
    for entry in plan.due:
        if _remind(entry, now=now, months=months, plan=plan):
            report.sent.append(entry)
    return report


def _remind(entry: Entry, *, now: datetime, months: int, plan: ReminderPlan) -> bool:
    with transaction.atomic():
        row = InitiativeFreshness.objects.select_for_update().get(pk=entry.freshness.pk)
        # Confirmed or reminded by someone else since the plan was made.
        if not is_stale(row, now=now, months=months) or was_reminded(row):
            return False
        row.reminder_sent_at = now
        row.save(update_fields=["reminder_sent_at"])
        message = reminder_message(
            entry.page,
            token=row.token,
            last_confirmed_at=row.last_confirmed_at,
            language=plan.language_of(entry),
            months=months,
            grace_days=settings.HUB_STALE_GRACE_DAYS,
        )
        queue_messages([message])
    return True
