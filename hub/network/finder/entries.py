"""One entry per office, what a finder URL asks for, and how many offices each choice leaves.

``?service=beratung&district=nordstadt&language=ar&open=1&page=2`` — the rules of filter
URLs are those of every listing (``hub.core.listing.state``). Each dimension takes one
value: a newcomer asks "counselling, in my district, in Arabic", not for combinations.
Service and district are term slugs, the language is the ``SpokenLanguage`` code; all of
them are the same in every language, so a link keeps working after switching language.

Filtering and counting happen in Python on entries loaded once (see ``scope``): "open
now" has to be computed from the office hours anyway, and a city has hundreds of offices,
not millions.
"""

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from django.http import QueryDict
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from hub.core.listing import facets
from hub.core.listing.ordering import reading_key
from hub.core.listing.state import Dimension, FilterState, apply_filters, read_selected
from hub.network import hours
from hub.network.organisation_page import language_codes
from hub.snippets.terms import Term

OPEN_PARAM = "open"


@dataclass(frozen=True)
class Entry:
    """One office of one organisation version, with what the filters test."""

    organisation: object
    office: object
    schedule: hours.Schedule
    services: frozenset[str]
    district: str
    languages: tuple[str, ...]
    is_open: bool

    @property
    def has_coordinates(self) -> bool:
        return self.office.latitude is not None and self.office.longitude is not None


def build_entries(organisations: Iterable, now: datetime) -> list[Entry]:
    """Every office of ``organisations`` (prefetched, see ``scope``) as an ``Entry``."""
    entries = []
    for organisation in organisations:
        services = frozenset(term.slug for term in organisation.services.all())
        for office in organisation.offices.all():
            schedule = organisation.schedule_for(office)
            entries.append(
                Entry(
                    organisation=organisation,
                    office=office,
                    schedule=schedule,
                    services=services,
                    district=office.district.slug if office.district else "",
                    languages=tuple(language_codes(schedule)),
                    is_open=hours.is_open(schedule, now) is not None,
                )
            )
    return entries


def reading_order(entries: list[Entry], active_locale_id: int) -> list[Entry]:
    """Organisations in reading order (``hub.core.listing.ordering``), then offices in
    the organisation's order."""
    return sorted(
        entries,
        key=lambda entry: (
            *reading_key(entry.organisation.locale_id, entry.organisation.title, active_locale_id),
            entry.organisation.pk,
            entry.office.sort_order or 0,
            entry.office.pk,
        ),
    )


@dataclass(frozen=True)
class FinderDimension(Dimension):
    """One filter of the form's ``<select>``s: the values an entry has, and the label of
    the empty choice."""

    any_label: Promise
    values: Callable[[Entry], Iterable[str]]
    multiple = False

    def narrow(self, entries: list[Entry], values: tuple[str, ...]) -> list[Entry]:
        return [entry for entry in entries if any(v in self.values(entry) for v in values)]


DIMENSIONS: tuple[FinderDimension, ...] = (
    FinderDimension(
        "service",
        pgettext_lazy("finder", "Help with"),
        _("Any kind of help"),
        lambda entry: entry.services,
    ),
    FinderDimension("district", _("District"), _("Any district"), lambda entry: (entry.district,)),
    FinderDimension("language", _("Language"), _("Any language"), lambda entry: entry.languages),
)


@dataclass(frozen=True)
class FinderFilters(FilterState):
    """The chosen value per dimension and "open now only"."""

    open_now: bool = False

    def extra_params(self) -> list[tuple[str, str]]:
        return [(OPEN_PARAM, "1")] if self.open_now else []

    @property
    def extra_count(self) -> int:
        return self.open_now


def read_filters(data: QueryDict, known: dict[str, set[str]]) -> FinderFilters:
    """The state of a request (see ``hub.core.listing.state.read_selected``)."""
    selected = read_selected(data, DIMENSIONS, known)
    return FinderFilters(selected, open_now=data.get(OPEN_PARAM) == "1")


def matching(entries: list[Entry], state: FinderFilters, *, skip: str = "") -> list[Entry]:
    """The entries that pass every chosen filter except ``skip``."""
    found = apply_filters(entries, state, DIMENSIONS, skip=skip)
    if state.open_now and skip != OPEN_PARAM:
        return [entry for entry in found if entry.is_open]
    return found


def build_facets(
    entries: list[Entry], state: FinderFilters, terms: dict[str, dict[str, Term]]
) -> list[facets.Facet]:
    """Each dimension's options with the number of offices they would leave under the
    other chosen filters.

    ``terms`` maps each dimension's parameter to its terms by value (their ``slug``), in
    the visitor's language.
    """

    def counts(dimension: FinderDimension) -> Counter[str]:
        found: Counter[str] = Counter()
        for entry in matching(entries, state, skip=dimension.param):
            found.update(set(dimension.values(entry)))
        return found

    def options(dimension: FinderDimension) -> list[Term]:
        return sorted(terms[dimension.param].values(), key=lambda term: term.sort_key)

    return facets.build_facets(DIMENSIONS, state, counts, options)


def open_count(entries: list[Entry], state: FinderFilters) -> int:
    """How many offices would be open now under the other chosen filters."""
    return sum(1 for entry in matching(entries, state, skip=OPEN_PARAM) if entry.is_open)


def closed_count(entries: list[Entry], state: FinderFilters) -> int:
    """With "open now only": how many more offices match when opening hours are ignored."""
    if not state.open_now:
        return 0
    return sum(1 for entry in matching(entries, state, skip=OPEN_PARAM) if not entry.is_open)


def build_chips(
    shown: list[facets.Facet], state: FinderFilters, base_url: str
) -> list[facets.Chip]:
    """The chosen filters above the results, "open now" last."""
    chips = facets.build_chips(shown, state, base_url)
    if state.open_now:
        chips.append(
            facets.Chip(
                legend=str(_("Opening hours")),
                label=str(_("Open now")),
                remove_url=base_url + state.querystring(drop=(OPEN_PARAM, "1")),
            )
        )
    return chips
