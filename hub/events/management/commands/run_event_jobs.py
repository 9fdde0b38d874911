"""Cron job, every 15 minutes: expire unconfirmed registrations, queue the reminders,
remove personal data of past dates. Each step is idempotent, so a run that overlaps or
repeats another does no harm (reminders are marked as sent in the same transaction)."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from hub.events import services


class Command(BaseCommand):
    help = "Expire unconfirmed registrations, send reminders, anonymise past registrations."

    def handle(self, *args, **options):
        now = timezone.now()
        expired = services.expire_pending(now)
        reminded = services.send_reminders(now)
        anonymised = services.anonymise_past(now)
        self.stdout.write(
            f"{expired} registrations expired, {reminded} reminders queued, "
            f"{anonymised} registrations anonymised"
        )
