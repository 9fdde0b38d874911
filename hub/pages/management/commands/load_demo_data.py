"""``manage.py load_demo_data``: a translated demo site and one login per role.

Safe to run again at any time: it finds its pages, footer and users by stable keys,
brings them back to the demo state (passwords included) and duplicates nothing.
"""

import os
import random

import factory.random
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from hub.pages.demo.load import DemoError, DemoReport, load_demo
from hub.pages.demo.people import DEFAULT_PASSWORD, PASSWORD_ENV, demo_password
from hub.pages.demo.texts import MissingTranslationsError

# Any fixed value does; this one is the network's founding autumn.
SEED = 2015


class Command(BaseCommand):
    help = (
        "Create or refresh the demo content (Netzwerk Willkommen Lindenstadt) in every "
        "content language, and the demo logins. The password comes from "
        f"{PASSWORD_ENV} (default: {DEFAULT_PASSWORD})."
    )

    def handle(self, *args, **options):
        random.seed(SEED)
        factory.random.reseed_random(SEED)
        password = demo_password()
        self.stdout.write("Loading the demo content…")
        try:
            report = load_demo(password, log=self.stdout.write)
        except (DemoError, MissingTranslationsError, ValueError) as error:
            raise CommandError(str(error)) from error
        self._summary(report)
        self._logins(report, password)

    def _summary(self, report: DemoReport) -> None:
        self.stdout.write(
            f"  Translations: {report.translations_saved} saved, "
            f"{report.translations_kept} already up to date."
        )
        if report.skipped_languages:
            skipped = ", ".join(report.skipped_languages)
            self.stdout.write(
                self.style.WARNING(
                    f"  No demo translations for: {skipped}. Those languages show the "
                    "German pages with a notice until someone translates them."
                )
            )

    def _logins(self, report: DemoReport, password: str) -> None:
        base = settings.HUB_BASE_URL
        source = (
            f"from {PASSWORD_ENV}"
            if os.environ.get(PASSWORD_ENV)
            else f"the default; set {PASSWORD_ENV} to choose another"
        )
        rows = [
            (demo.username, user.get_full_name(), demo.role) for demo, user, _new in report.users
        ]
        width_user = max(len(row[0]) for row in rows)
        width_name = max(len(row[1]) for row in rows)
        lines = [
            "",
            self.style.SUCCESS("The demo site is ready. Welcome to Lindenstadt!"),
            "",
            f"  Website:  {base}/",
            f"  Admin:    {base}/admin/",
            "",
            f"  Password for every login: {password}  ({source})",
            "",
        ]
        for username, name, role in rows:
            lines.append(f"  {username:<{width_user}}  {name:<{width_name}}  {role}")
        lines += [
            "",
            "  Run this command again at any time: it updates the demo content, duplicates",
            "  nothing and resets these passwords.",
        ]
        self.stdout.write("\n".join(lines))
