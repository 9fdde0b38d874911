"""``manage.py remind_stale_initiatives``: ask initiatives not confirmed for a while.

Meant to run daily from cron. Running it again the same day (or twice at once) sends
nothing new: each initiative gets one reminder per confirmation period. The e-mails go
through the mail queue, which retries them when the mail server does not answer.
"""

from argparse import ArgumentTypeError

from django.conf import settings
from django.utils import timezone

from hub.core.mailing_command import MailingCommand
from hub.pages.initiatives.freshness.reminders import ReminderReport, send_reminders
from hub.pages.initiatives.freshness.services import Entry


def positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise ArgumentTypeError("must be 1 or more")
    return number


class Command(MailingCommand):
    help = (
        "E-mail the contact of every live initiative whose entry has not been confirmed for "
        "HUB_STALE_AFTER_MONTHS months a link to confirm it or to correct it. "
        "Initiatives that stay silent are listed for editors under Reports."
    )

    dry_run_help = "Show who would be reminded; send nothing and change nothing."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--months",
            type=positive_int,
            default=None,
            help="Remind after this many months without confirmation "
            f"(default: HUB_STALE_AFTER_MONTHS, now {settings.HUB_STALE_AFTER_MONTHS}).",
        )

    def mail(self, *, now, dry_run, options):
        months = options["months"] or settings.HUB_STALE_AFTER_MONTHS
        report = send_reminders(now=now, months=months, dry_run=dry_run)
        self._details(report)
        self._summary(report, months)

    def _describe(self, entry: Entry, language: str | None = None) -> str:
        page = entry.page
        address = page.contact_email or "no e-mail address"
        confirmed = timezone.localtime(entry.freshness.last_confirmed_at)
        suffix = f" [{language}]" if language else ""
        return f"{page.title} <{address}>{suffix}, last confirmed {confirmed:%Y-%m-%d}"

    def _details(self, report: ReminderReport) -> None:
        plan = report.plan
        sent = plan.due if report.dry_run else report.sent
        verb = self.verb("Reminded", "Would remind")
        for entry in sent:
            self.stdout.write(f"{verb}: {self._describe(entry, plan.language_of(entry))}")
        if plan.without_email:
            self.stdout.write(
                self.style.WARNING("Stale, but without a contact e-mail address (editors check):")
            )
            for entry in plan.without_email:
                self.stdout.write(f"  {self._describe(entry)}")

    def _summary(self, report: ReminderReport, months: int) -> None:
        plan = report.plan
        reminded = len(plan.due) if report.dry_run else len(report.sent)
        verb = self.verb("Reminded", "Would remind")
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {reminded}, skipped {len(plan.without_email)} without e-mail, "
                f"already reminded {len(plan.already_reminded)}, "
                f"confirmed within {months} months {len(plan.fresh)}."
            )
        )
