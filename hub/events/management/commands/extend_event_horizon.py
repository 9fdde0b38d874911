"""Daily job (cron): keep ``HUB_EVENT_HORIZON_MONTHS`` of dates for every event series."""

from django.core.management.base import BaseCommand

from hub.events.recurrence import extend_horizon, horizon_months


class Command(BaseCommand):
    help = "Create the dates of recurring events up to the horizon (run daily)."

    def handle(self, *args, **options):
        totals = extend_horizon()
        self.stdout.write(
            "{events} events, horizon {months} months: {created} dates created, "
            "{updated} updated, {deleted} removed, {detached} detached".format(
                months=horizon_months(), **totals
            )
        )
