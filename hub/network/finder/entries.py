"""One entry per office, what a finder URL asks for, and how many offices each choice leaves.

``?service=beratung&district=nordstadt&language=ar&mediator=1&open=1&page=2`` — the rules of filter
URLs are those of every listing (``hub.core.listing.state``). Each dimension takes one
value: a newcomer asks "counselling, in my district, in Arabic", not for combinations.
Service and district are term slugs, the language is the ``SpokenLanguage`` code; all of
them are the same in every language, so a link keeps working after switching language.

Filtering and counting happen in Python on entries loaded once (see ``scope``): "open
now" has to be computed from the office hours anyway, and a city has hundreds of offices,
not millions.

The language, "language mediator present" and "open now" are asked of one slot together
(``hours.Need``): an office that offers Arabic on Monday and Farsi on Tuesday is not
"open now in Farsi" on a Monday, nor does it have "Farsi with a mediator" when the
mediator comes on Monday only.
"""

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from django.http import QueryDict
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from hub.core.listing import facets
from hub.core.listing.ordering import reading_key
from hub.core.listing.state import Dimension, FilterState, apply_filters, read_selected
from hub.network import hours
from hub.network.hours_text import offered_items
from hub.network.organisation_page import language_codes
from hub.snippets.terms import Term

OPEN_PARAM = "open"
MEDIATOR_PARAM = "mediator"
LANGUAGE_PARAM = "language"


@dataclass(frozen=True)
class Entry:
    """One office of one organisation version, with what the filters test: its slots
    (``items``) and those it is in right now (``open_now``)."""

    organisation: object
    office: object
    schedule: hours.Schedule
    services: frozenset[str]
    district: str
    languages: tuple[str, ...]
    items: tuple
    open_now: tuple[hours.Opening, ...]

    @property
    def has_coordinates(self) -> bool:
        return self.office.latitude is not None and self.office.longitude is not None

    def _pool(self, now_only: bool) -> tuple:
        return self.open_now if now_only else self.items

    def serves(self, need: hours.Need, *, now_only: bool = False) -> bool:
        """Whether one slot (one open right now, with ``now_only``) meets ``need``."""
        return any(need.met_by(item) for item in self._pool(now_only))

    def languages_serving(self, mediator: bool, *, now_only: bool = False) -> set[str]:
        """The languages of the slots that meet "mediator present" if asked."""
        return {
            code
            for item in self._pool(now_only)
            if item.mediator or not mediator
            for code in item.languages
        }


def build_entries(
    organisations: Iterable, now: datetime, holidays: hours.HolidayCalendar = hours.no_holidays
) -> list[Entry]:
    """Every office of ``organisations`` (prefetched, see ``scope``) as an ``Entry``."""
    entries = []
    today = now.astimezone(hours.zone()).date()
    for organisation in organisations:
        services = frozenset(term.slug for term in organisation.services.all())
        for office in organisation.offices.all():
            schedule = organisation.schedule_for(office, holidays)
            entries.append(
                Entry(
                    organisation=organisation,
                    office=office,
                    schedule=schedule,
                    services=services,
                    district=office.district.slug if office.district else "",
                    languages=tuple(language_codes(schedule)),
                    items=tuple(offered_items(schedule, today)),
                    open_now=tuple(hours.current_openings(schedule, now)),
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


class SlotDimension(FinderDimension):
    """The language: tested together with "mediator" and "open now" in ``matching``, on
    one slot, never alone."""

    def narrow(self, entries: list[Entry], values: tuple[str, ...]) -> list[Entry]:
        return entries


DIMENSIONS: tuple[FinderDimension, ...] = (
    FinderDimension(
        "service",
        pgettext_lazy("finder", "Help with"),
        _("Any kind of help"),
        lambda entry: entry.services,
    ),
    FinderDimension("district", _("District"), _("Any district"), lambda entry: (entry.district,)),
    SlotDimension(LANGUAGE_PARAM, _("Language"), _("Any language"), lambda entry: entry.languages),
)


@dataclass(frozen=True)
class FinderFilters(FilterState):
    """The chosen value per dimension, "language mediator present" and "open now only"."""

    open_now: bool = False
    mediator: bool = False

    def extra_params(self) -> list[tuple[str, str]]:
        pairs = [(MEDIATOR_PARAM, "1")] if self.mediator else []
        return pairs + ([(OPEN_PARAM, "1")] if self.open_now else [])

    @property
    def extra_count(self) -> int:
        return self.open_now + self.mediator

    def need(self, *, skip: str = "") -> hours.Need:
        """What one slot must offer: the chosen language and mediator, but ``skip``."""
        language = "" if skip == LANGUAGE_PARAM else next(iter(self.values(LANGUAGE_PARAM)), "")
        return hours.Need(language, self.mediator and skip != MEDIATOR_PARAM)


def read_filters(data: QueryDict, known: dict[str, set[str]]) -> FinderFilters:
    """The state of a request (see ``hub.core.listing.state.read_selected``)."""
    selected = read_selected(data, DIMENSIONS, known)
    return FinderFilters(
        selected, open_now=data.get(OPEN_PARAM) == "1", mediator=data.get(MEDIATOR_PARAM) == "1"
    )


def matching(entries: list[Entry], state: FinderFilters, *, skip: str = "") -> list[Entry]:
    """The entries that pass every chosen filter except ``skip``; language, mediator and
    "open now" must hold for the same slot."""
    found = apply_filters(entries, state, DIMENSIONS, skip=skip)
    need = state.need(skip=skip)
    now_only = state.open_now and skip != OPEN_PARAM
    if need == hours.ANY_NEED and not now_only:
        return found
    return [entry for entry in found if entry.serves(need, now_only=now_only)]


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
            if isinstance(dimension, SlotDimension):
                found.update(entry.languages_serving(state.mediator, now_only=state.open_now))
            else:
                found.update(set(dimension.values(entry)))
        return found

    def options(dimension: FinderDimension) -> list[Term]:
        return sorted(terms[dimension.param].values(), key=lambda term: term.sort_key)

    return facets.build_facets(DIMENSIONS, state, counts, options)


def open_count(entries: list[Entry], state: FinderFilters) -> int:
    """How many offices would be open now (for the chosen language and mediator) under
    the other chosen filters."""
    return len(matching(entries, replace(state, open_now=True)))


def mediator_count(entries: list[Entry], state: FinderFilters) -> int:
    """How many offices have a slot with a language mediator under the other filters."""
    return len(matching(entries, replace(state, mediator=True)))


def closed_count(entries: list[Entry], state: FinderFilters) -> int:
    """With "open now only": how many more offices match when opening hours are ignored."""
    if not state.open_now:
        return 0
    return len(matching(entries, state, skip=OPEN_PARAM)) - len(matching(entries, state))


def build_chips(
    shown: list[facets.Facet], state: FinderFilters, base_url: str
) -> list[facets.Chip]:
    """The chosen filters above the results, "mediator" and "open now" last."""
    checkboxes = (
        (state.mediator, MEDIATOR_PARAM, _("Language mediation"), _("Language mediator present")),
        (state.open_now, OPEN_PARAM, _("Opening hours"), _("Open now")),
    )
    return facets.build_chips(shown, state, base_url) + [
        facets.Chip(
            legend=str(legend),
            label=str(label),
            remove_url=base_url + state.querystring(drop=(param, "1")),
        )
        for chosen, param, legend, label in checkboxes
        if chosen
    ]
