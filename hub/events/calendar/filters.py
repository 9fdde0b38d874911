"""What a calendar URL means: filters by category, organiser and language, and a month.

``?category=sprache&language=arabisch&month=2026-12`` — the rules of filter URLs are
those of every listing (``hub.core.listing.state``); the feeds read the same parameters,
so a filtered calendar can be subscribed to. Category and language slugs are the same in
every language; an organiser is named by its page id, which translations share. The
month chooses the grid, it is not a filter.
"""

import re
from dataclasses import dataclass, replace
from datetime import date

from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from hub.core.listing.relations import RelationDimension
from hub.core.listing.state import Dimension, FilterState, read_selected
from hub.events.models import EventPage
from hub.snippets.terms import TermCatalogue, term_catalogues

MONTH_PARAM = "month"
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
# Months a visitor can page to: enough for any archive, not an endless crawler trap.
MIN_YEAR, MAX_YEAR = 2000, 2100


class TermDimension(RelationDimension):
    """A taxonomy of the events; ``event_links`` pairs each slug with an event's key."""

    def event_links(self, pages: QuerySet) -> list[tuple[str, str]]:
        _links, slug_path = self.links()
        return list(self.links_of(pages).values_list(slug_path, "eventpage__translation_key"))


class OrganiserDimension(Dimension):
    """The organising organisation, by page id."""

    def narrow(self, pages: QuerySet, values: tuple[str, ...]) -> QuerySet:
        return pages.filter(organiser_id__in=[int(value) for value in values])

    def event_links(self, pages: QuerySet) -> list[tuple[str, str]]:
        rows = pages.exclude(organiser=None).values_list("organiser_id", "translation_key")
        return [(str(organiser), key) for organiser, key in rows]


CATEGORY = TermDimension("category", _("Topic"), EventPage, "categories")
ORGANISER = OrganiserDimension("organiser", _("Organiser"))
LANGUAGE = TermDimension("language", _("Language spoken"), EventPage, "spoken_languages")
DIMENSIONS: tuple[TermDimension | OrganiserDimension, ...] = (CATEGORY, ORGANISER, LANGUAGE)


def calendar_catalogues(active: Locale) -> dict[str, TermCatalogue]:
    """The calendar's taxonomies in the visitor's language, keyed by URL parameter."""
    models = {dimension.param: dimension.model for dimension in (CATEGORY, LANGUAGE)}
    return term_catalogues(models, active, Locale.get_default())


@dataclass(frozen=True)
class CalendarFilters(FilterState):
    """The chosen values and the month of the grid (``None``: the upcoming list)."""

    month: date | None = None

    def extra_params(self) -> list[tuple[str, str]]:
        return [(MONTH_PARAM, f"{self.month:%Y-%m}")] if self.month else []

    def with_month(self, month: date | None) -> "CalendarFilters":
        return replace(self, month=month)


def read_month(data: QueryDict) -> date | None:
    """The month of ``?month=2026-12``, or None when absent or not a sane month."""
    match = _MONTH.match(data.get(MONTH_PARAM, "").strip())
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        return None
    return date(year, month, 1)


def read_filters(data: QueryDict, known: dict[str, set[str]]) -> CalendarFilters:
    """The filter state of a request (see ``hub.core.listing.state.read_selected``)."""
    return CalendarFilters(read_selected(data, DIMENSIONS, known), month=read_month(data))
