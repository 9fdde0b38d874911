"""``manage.py send_translation_digest``: tell translators what fell behind.

Meant to run daily from cron. Each translator gets one e-mail listing the translations in
their languages that became outdated since the previous digest, and the new pages and
snippets not yet translated into them; running it again sends nothing until something
else changes.
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from hub.localization.overview.digest import send_digests


class Command(BaseCommand):
    help = (
        "E-mail every translator (groups named Translators…) the pages and snippets whose "
        "translation into their languages became outdated, or that are new and not yet "
        "translated into them, since the last digest."
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
        for address, outdated, missing in report.sent:
            self.stdout.write(
                f"{verb} to {address}: {outdated} outdated, {missing} new untranslated"
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {len(report.sent)} digest(s); {report.unchanged} translator(s) "
                "without news."
            )
        )
