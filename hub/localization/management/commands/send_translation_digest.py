"""``manage.py send_translation_digest``: tell translators what fell behind.

Meant to run daily from cron. Each translator gets one e-mail listing the translations in
their languages that became outdated since the previous digest, and the new pages and
snippets not yet translated into them; running it again sends nothing until something
else changes.
"""

from hub.core.mailing_command import MailingCommand
from hub.localization.overview.digest import send_digests


class Command(MailingCommand):
    help = (
        "E-mail every translator (groups named Translators…) the pages and snippets whose "
        "translation into their languages became outdated, or that are new and not yet "
        "translated into them, since the last digest."
    )

    dry_run_help = "Show who would get a digest; send nothing and change nothing."

    def mail(self, *, now, dry_run, options):
        report = send_digests(now=now, dry_run=dry_run)
        verb = self.verb("Sent", "Would send")
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
