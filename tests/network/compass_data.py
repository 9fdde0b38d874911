"""The compass's test data: offices whose truth depends on the hour, the language and
the calendar.

- "Beratung Mitte" (Migrationsberatung): Monday 9–12 in German, Arabic and English,
  Tuesday 14–17 in Farsi with a mediator, every third Wednesday 15–17 in Tigrinya, closed
  on Tuesday 8 December 2026.
- "Bürgerbüro" (Sozialamt): Mon–Fri 9–11 in German, then 11–14 in German and Arabic,
  and every first Thursday 14–16: back-to-back slots.
- "Krisentelefon" (Krisendienst): every day 8–20, open on public holidays.

The site's public holidays are those of North Rhine-Westphalia.
"""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from wagtail.models import Locale

from hub.demo.factories.network import (
    FindHelpPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
)
from hub.demo.factories.snippets import SpokenLanguageFactory, translated_terms
from hub.network.models import HoursKind, Office, OfficeClosure, OfficeHours
from hub.snippets.site_settings import PublicHolidaySettings
from tests.module_data import module_data

BERLIN = ZoneInfo("Europe/Berlin")
CLOSED_TUESDAY = date(2026, 12, 8)


def berlin(*args) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


@pytest.fixture
def at(monkeypatch):
    """``at(moment)`` freezes the site's clock (``timezone.now``) at ``moment``."""

    def freeze(moment: datetime) -> None:
        monkeypatch.setattr(timezone, "now", lambda: moment)

    return freeze


def weekly(days: tuple[str, ...], opens: time, closes: time, languages, **fields) -> OfficeHours:
    return OfficeHours(
        kind=HoursKind.WEEKLY,
        opens=opens,
        closes=closes,
        languages=list(languages),
        **dict.fromkeys(days, True),
        **fields,
    )


def monthly(ordinal: int, weekday: int, opens: time, closes: time, languages) -> OfficeHours:
    return OfficeHours(
        kind=HoursKind.MONTHLY,
        ordinal=ordinal,
        weekday=weekday,
        opens=opens,
        closes=closes,
        languages=list(languages),
    )


def office(name: str, hours: list, **fields) -> Office:
    return Office(
        name=name,
        street_address="Marktplatz 1",
        postal_code="12345",
        locality="Lindenstadt",
        hours=hours,
        **fields,
    )


def language(slug: str, code: str, names: dict[str, str], local: str):
    german = Locale.objects.get(language_code="de")
    return SpokenLanguageFactory(
        locale=german,
        slug=slug,
        code=code,
        name=names["de"],
        name_local=local,
        translations={lang: name for lang, name in names.items() if lang != "de"},
    )


@module_data
def compass(tree) -> dict:
    terms = translated_terms()
    arabic, farsi = terms["arabisch"], terms["farsi"]
    german = language("deutsch", "de", {"de": "Deutsch", "en": "German", "ar": "الألمانية"}, "")
    english = language(
        "englisch", "en", {"de": "Englisch", "en": "English", "ar": "الإنجليزية"}, ""
    )
    tigrinya = language(
        "tigrinya", "ti", {"de": "Tigrinya", "en": "Tigrinya", "ar": "التغرينية"}, "ትግርኛ"
    )
    PublicHolidaySettings.objects.create(site=tree.site, country="DE", subdivision="NW")
    directory = OrganisationIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    beratung = OrganisationPageFactory(
        parent=directory,
        title="Migrationsberatung",
        slug="migrationsberatung",
        offices=[
            office(
                "Beratung Mitte",
                [
                    weekly(("monday",), time(9), time(12), (german, arabic, english)),
                    weekly(("tuesday",), time(14), time(17), (farsi,), mediator=True),
                    monthly(3, 2, time(15), time(17), (tigrinya,)),
                ],
                closures=[OfficeClosure(starts_on=CLOSED_TUESDAY, ends_on=CLOSED_TUESDAY)],
            )
        ],
    )
    workdays = ("monday", "tuesday", "wednesday", "thursday", "friday")
    sozialamt = OrganisationPageFactory(
        parent=directory,
        title="Sozialamt",
        slug="sozialamt",
        offices=[
            office(
                "Bürgerbüro",
                [
                    weekly(workdays, time(9), time(11), (german,)),
                    weekly(workdays, time(11), time(14), (german, arabic)),
                    monthly(1, 3, time(14), time(16), (german,)),
                ],
            )
        ],
    )
    every_day = (*workdays, "saturday", "sunday")
    krisendienst = OrganisationPageFactory(
        parent=directory,
        title="Krisendienst",
        slug="krisendienst",
        offices=[
            office(
                "Krisentelefon",
                [weekly(every_day, time(8), time(20), (german, arabic))],
                opens_on_holidays=True,
            )
        ],
    )
    finder = FindHelpPageFactory(parent=tree.homes["de"], translations=("ar",))
    return {
        "finder": finder,
        "beratung": beratung,
        "sozialamt": sozialamt,
        "krisendienst": krisendienst,
        "site": tree.site,
    }
