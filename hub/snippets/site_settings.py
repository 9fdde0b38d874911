"""Per-site settings that editors change in the admin (Settings → Public holidays).

Several municipalities may share one installation, and German public holidays differ by
state (Corpus Christi in North Rhine-Westphalia, not in Berlin), so the holiday region is
a setting of each Wagtail Site rather than of the installation. The dates and names come
from the ``holidays`` library; the office-hours rules (``hub.network.hours``) only get a
``HolidayCalendar`` callable from here and never touch the database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache

import holidays
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

DEFAULT_COUNTRY = "DE"


def _supported_countries() -> dict[str, list[str]]:
    return holidays.list_supported_countries()


def holiday_language(country: str, language: str | None) -> str:
    """The language of the holiday names: the visitor's where the library has it (``en``
    finds ``en_US``), else the country's own (German for Germany)."""
    supported = holidays.country_holidays(country).supported_languages
    code = (language or "").replace("-", "_")
    for candidate in supported:
        if candidate.lower() == code.lower():
            return candidate
    base = code.split("_")[0].lower()
    for candidate in supported:
        if base and candidate.lower().split("_")[0] == base:
            return candidate
    return holidays.country_holidays(country).default_language


@lru_cache(maxsize=64)
def _holidays(country: str, subdivision: str, language: str) -> holidays.HolidayBase:
    # Years are added as days are asked for (the library's ``expand``).
    year = timezone.localdate().year
    return holidays.country_holidays(
        country, subdiv=subdivision or None, language=language, years=range(year - 1, year + 2)
    )


def holiday_calendar(
    country: str, subdivision: str = "", language: str | None = None
) -> Callable[[date], str | None]:
    """The name of the public holiday on a day (None on a working day), in ``language``
    (default: the active one) where the library translates it."""
    calendar = _holidays(
        country, subdivision, holiday_language(country, language or get_language())
    )
    return calendar.get


@register_setting(icon="calendar-alt")
class PublicHolidaySettings(BaseSiteSetting):
    """Where this site's public holidays are taken from; offices close on them unless
    they say they open on holidays."""

    country = models.CharField(
        _("Country"),
        max_length=3,
        default=DEFAULT_COUNTRY,
        help_text=_("ISO 3166 country code, e.g. DE."),
    )
    subdivision = models.CharField(
        _("State or region"),
        max_length=10,
        blank=True,
        help_text=_(
            "e.g. NW for North Rhine-Westphalia, BY for Bavaria. Leave empty for the "
            "national public holidays only."
        ),
    )

    panels = [FieldPanel("country"), FieldPanel("subdivision")]

    class Meta:
        verbose_name = _("Public holidays")

    def __str__(self) -> str:
        return "-".join(part for part in (self.country, self.subdivision) if part)

    def clean(self) -> None:
        super().clean()
        self.country = self.country.strip().upper()
        self.subdivision = self.subdivision.strip()
        countries = _supported_countries()
        if self.country not in countries:
            raise ValidationError({"country": _("No public holidays are known for this country.")})
        by_case = {code.casefold(): code for code in countries[self.country]}
        if self.subdivision and self.subdivision.casefold() not in by_case:
            raise ValidationError(
                {
                    "subdivision": _("Choose one of: %(codes)s.")
                    % {"codes": ", ".join(countries[self.country])}
                }
            )
        self.subdivision = by_case.get(self.subdivision.casefold(), "")

    def calendar(self, language: str | None = None) -> Callable[[date], str | None]:
        return holiday_calendar(self.country, self.subdivision, language)


def holidays_for_site(site: Site | None, language: str | None = None):
    """The holiday calendar of ``site``; one query, and no row written on a GET (a site
    whose editors never opened the setting has the national holidays of Germany)."""
    row = PublicHolidaySettings.objects.filter(site=site).first() if site else None
    return (row or PublicHolidaySettings()).calendar(language)


def holidays_for_request(request: HttpRequest, language: str | None = None):
    """The holiday calendar of the request's site."""
    return holidays_for_site(Site.find_for_request(request), language)
