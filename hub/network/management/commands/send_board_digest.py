"""``manage.py send_board_digest``: the weekly e-mail about new entries on the board.

Meant to run weekly from cron. Each member who chose "weekly digest" for a kind of entry
gets one e-mail, in their language, naming the new entries of those kinds since their
last digest; each entry once. Running it again sends nothing until new entries appear.
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from hub.network.board.digest import send_digests


class Command(BaseCommand):
    help = (
        "E-mail every member the new entries on the exchange board of the kinds they chose "
        "a weekly digest for, since their last digest."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Show who would get a digest; send nothing and change nothing.",
        )

    def handle(self, *args, **options):
        dry_run = options["dry_run"]
        report = send_digests(now=timezone.now(), dry_run=dry_run)
        verb = "Would send" if dry_run else "Sent"
        for address, count in report.sent:
            self.stdout.write(f"{verb} to {address}: {count} new entries")
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {len(report.sent)} digest(s); {report.without_news} member(s) "
                "without news."
            )
        )
