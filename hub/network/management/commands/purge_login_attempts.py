"""``manage.py purge_login_attempts``: forget failed logins whose cool-off is over.

Meant to run from cron (hourly or daily): failed attempts carry the account name that was
typed, the IP address and the browser, and are kept only while they can lock someone out.
"""

from django.core.management.base import BaseCommand

from hub.core.security.login_throttle import purge_expired


class Command(BaseCommand):
    help = "Delete failed login attempts older than the cool-off (HUB_LOGIN_COOLOFF_MINUTES)."

    def handle(self, *args, **options):
        count = purge_expired()
        self.stdout.write(self.style.SUCCESS(f"Deleted {count} expired failed login attempt(s)."))
