"""``manage.py send_board_digest``: the weekly e-mail about new entries on the board.

Meant to run weekly from cron. Each member who chose "weekly digest" for a kind of entry
gets one e-mail, in their language, naming the new entries of those kinds since their
last digest; each entry once. Running it again sends nothing until new entries appear.
"""

from hub.core.mailing_command import MailingCommand
from hub.network.board.digest import send_digests


class Command(MailingCommand):
    help = (
        "E-mail every member the new entries on the exchange board of the kinds they chose "
        "a weekly digest for, since their last digest."
    )

    dry_run_help = "Show who would get a digest; send nothing and change nothing."

    def mail(self, *, now, dry_run, options):
        report = send_digests(now=now, dry_run=dry_run)
        verb = self.verb("Sent", "Would send")
        for address, count in report.sent:
            self.stdout.write(f"{verb} to {address}: {count} new entries")
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {len(report.sent)} digest(s); {report.without_news} member(s) "
                "without news."
            )
        )
