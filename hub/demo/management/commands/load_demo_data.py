"""``manage.py load_demo_data``: a translated demo site and one login per role.

The site pages, the footer, the taxonomies and an initiatives directory of more than 40
initiatives (most in English too, some in every language), and a calendar with the
monthly network meeting (dates from this month on, one cancelled, some registrations) and
a few single events. Safe to run again at any
time: it finds everything by stable keys, brings it back to the demo state (passwords
included) and duplicates nothing.
"""

import os
import random
from collections import Counter

import factory.random
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from hub.demo import load
from hub.demo.load import DemoError, DemoReport, load_demo
from hub.demo.people import DEFAULT_PASSWORD, PASSWORD_ENV, demo_password
from hub.demo.texts import TRANSLATED_LANGUAGES, MissingTranslationsError

# Any fixed value does; this one is the network's founding autumn.
SEED = 2015

KIND_LABELS = {
    load.PAGES_KIND: "Site pages",
    load.FOOTER_KIND: "Footer",
    load.TERMS_KIND: "Taxonomy terms",
    load.DIRECTORY_KIND: "Initiatives directory",
    load.INITIATIVES_KIND: "Initiatives",
    load.CALENDAR_KIND: "Calendar",
    load.EVENTS_KIND: "Events",
    load.ORGANISATION_INDEX_KIND: "Organisations directory",
    load.ORGANISATIONS_KIND: "Organisations",
    load.FIND_HELP_KIND: "Find help page",
}


def _tally(outcomes: list) -> str:
    counts = Counter(outcome.label for outcome in outcomes)
    return ", ".join(
        f"{counts[label]} {label}" for label in ("created", "updated", "unchanged") if counts[label]
    )


def _detail(kind: str, outcomes: list) -> str:
    """What the bulk kinds consist of: terms per taxonomy, initiatives per status."""
    if kind == load.TERMS_KIND:
        with translation.override(None):
            counts = Counter(str(o.obj._meta.verbose_name_plural).lower() for o in outcomes)
    elif kind == load.INITIATIVES_KIND:
        counts = Counter(outcome.obj.status for outcome in outcomes)
    elif kind == load.EVENTS_KIND:
        counts = Counter("series" if outcome.obj.rrule else "single" for outcome in outcomes)
    else:
        return ""
    return " (" + ", ".join(f"{n} {name}" for name, n in counts.items()) + ")"


def _order(code: str) -> int:
    return TRANSLATED_LANGUAGES.index(code) if code in TRANSLATED_LANGUAGES else 99


class Command(BaseCommand):
    help = (
        "Create or refresh the demo content (Netzwerk Willkommen Lindenstadt: pages, "
        "taxonomies, initiatives directory, calendar) in every content language, and the demo "
        f"logins. The password comes from {PASSWORD_ENV} (default: {DEFAULT_PASSWORD})."
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
        for kind, label in KIND_LABELS.items():
            outcomes = report.outcomes.get(kind, [])
            if outcomes:
                self.stdout.write(f"  {label}: {_tally(outcomes)}{_detail(kind, outcomes)}")
        self._dates(report)
        saved, kept = report.translations_saved, report.translations_kept
        by_language = ", ".join(
            f"{code} {saved[code] + kept[code]}" for code in sorted(saved | kept, key=_order)
        )
        self.stdout.write(
            f"  Translations: {saved.total()} saved, {kept.total()} already up to date"
            f" ({by_language})."
        )
        if report.skipped_languages:
            skipped = ", ".join(report.skipped_languages)
            self.stdout.write(
                self.style.WARNING(
                    f"  No demo translations for: {skipped}. Those languages show the "
                    "German pages with a notice until someone translates them."
                )
            )

    def _dates(self, report: DemoReport) -> None:
        dates = report.dates
        cancelled = ", ".join(
            f"{occurrence} ({'cancelled now' if dates.cancelled_now else 'already cancelled'})"
            for occurrence in dates.cancelled
        )
        self.stdout.write(
            f"  Event dates: {dates.occurrences} ({dates.occurrences_created} added by this run)"
            + (f"; cancelled: {cancelled}" if cancelled else "")
            + f". Registrations: {dates.registrations_created} created,"
            f" {dates.registrations_kept} already there."
        )
        created = sum(1 for _application, new in report.applications if new)
        self.stdout.write(
            f"  Membership applications waiting for review: {len(report.applications)}"
            f" ({created} added by this run)."
        )
        created = sum(1 for _username, new in report.member_profiles if new)
        self.stdout.write(
            f"  Member profiles in the members' directory: {len(report.member_profiles)}"
            f" ({created} added by this run)."
        )
        board = report.board
        self.stdout.write(
            f"  Exchange board: {len(board.entries)} entries ({board.entries_created} added by "
            f"this run), written by {', '.join(board.members)}."
        )
        members = report.members
        self.stdout.write(
            f"  Members' area: {len(members.minutes)} meetings with minutes,"
            f" {members.documents} members-only documents,"
            f" {len(members.pages)} members-only pages (/de/intern/)."
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
