"""The base of the management commands that cron runs to e-mail people (digests,
reminders): one ``--dry-run`` that shows who would get what and changes nothing."""

from django.core.management.base import BaseCommand
from django.utils import timezone


class MailingCommand(BaseCommand):
    dry_run_help = "Show who would get an e-mail; send nothing and change nothing."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help=self.dry_run_help)

    def handle(self, *args, **options):
        self.dry_run = options["dry_run"]
        self.mail(now=timezone.now(), dry_run=self.dry_run, options=options)

    def mail(self, *, now, dry_run: bool, options: dict) -> None:
        raise NotImplementedError

    def verb(self, done: str, would: str) -> str:
        """``done`` ("Sent") after a real run, ``would`` ("Would send") after a dry run."""
        return would if self.dry_run else done
