"""One entry per office, what a finder URL asks for, and how many offices each choice leaves.

The state lives in the URL only (``?service=beratung&district=nordstadt&language=ar
&open=1&page=2``), so a search can be bookmarked, shared and reached with the back button,
and the form works without JavaScript. Each dimension takes one value: a newcomer asks
"counselling, in my district, in Arabic", not for combinations. Service and district are
term slugs, the language is the ``SpokenLanguage`` code; all of them are the same in every
language, so a link keeps working after switching language.

Filtering and counting happen in Python on entries loaded once (see ``scope``): "open
now" has to be computed from the office hours anyway, and a city has hundreds of offices,
not millions.
"""

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from hub.core.text import printable
from hub.network import hours
from hub.network.organisation_page import language_codes
from hub.pages.initiatives.directory.facets import Chip
from hub.pages.initiatives.directory.terms import Term, collation_key

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
    """Organisations in the visitor's language first, each group by name, then offices in
    the organisation's order (as the directory sorts: in Python, the same everywhere)."""
    return sorted(
        entries,
        key=lambda entry: (
            entry.organisation.locale_id != active_locale_id,
            collation_key(entry.organisation.title),
            entry.organisation.pk,
            entry.office.sort_order or 0,
            entry.office.pk,
        ),
    )


@dataclass(frozen=True)
class Dimension:
    """One filter: its URL parameter, its label, and the values an entry has."""

    param: str
    label: Promise
    any_label: Promise
    values: Callable[[Entry], Iterable[str]]


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension(
        "service",
        pgettext_lazy("finder", "Help with"),
        _("Any kind of help"),
        lambda entry: entry.services,
    ),
    Dimension("district", _("District"), _("Any district"), lambda entry: (entry.district,)),
    Dimension("language", _("Language"), _("Any language"), lambda entry: entry.languages),
)


@dataclass(frozen=True)
class FinderState:
    """The chosen value per dimension parameter (only known ones) and "open now only"."""

    selected: dict[str, str] = field(default_factory=dict)
    open_now: bool = False

    @property
    def is_active(self) -> bool:
        return bool(self.selected) or self.open_now

    def value(self, param: str) -> str:
        return self.selected.get(param, "")

    def params(self, *, drop: str | None = None) -> list[tuple[str, str]]:
        """The URL parameters of this state, without the one named by ``drop``."""
        pairs = [
            (dimension.param, self.selected[dimension.param])
            for dimension in DIMENSIONS
            if dimension.param in self.selected and dimension.param != drop
        ]
        if self.open_now and drop != OPEN_PARAM:
            pairs.append((OPEN_PARAM, "1"))
        return pairs

    def querystring(self, **kwargs) -> str:
        pairs = self.params(**kwargs)
        return "?" + urlencode(pairs) if pairs else ""

    def matches(self, entry: Entry, *, skip: str | None = None) -> bool:
        """Whether ``entry`` passes every chosen filter except ``skip``."""
        for dimension in DIMENSIONS:
            wanted = self.selected.get(dimension.param)
            if wanted and dimension.param != skip and wanted not in dimension.values(entry):
                return False
        return not (self.open_now and skip != OPEN_PARAM and not entry.is_open)


def read_state(data: QueryDict, known: dict[str, set[str]]) -> FinderState:
    """The state of a request; values no dimension knows are dropped silently (an old
    bookmark may name a district that was renamed since: it simply stops filtering)."""
    selected = {}
    for dimension in DIMENSIONS:
        value = printable(data.get(dimension.param, "")).strip()
        if value in known[dimension.param]:
            selected[dimension.param] = value
    return FinderState(selected=selected, open_now=data.get(OPEN_PARAM) == "1")


@dataclass(frozen=True)
class Option:
    value: str
    term: Term
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    dimension: Dimension
    options: list[Option]

    @property
    def param(self) -> str:
        return self.dimension.param


def build_facets(
    entries: list[Entry], state: FinderState, terms: dict[str, dict[str, Term]]
) -> list[Facet]:
    """Each dimension's options with the number of offices they would leave under the
    other chosen filters; options that would leave none are left out unless chosen.

    ``terms`` maps each dimension's parameter to its terms by value, in the visitor's
    language.
    """
    facets = []
    for dimension in DIMENSIONS:
        counts: Counter[str] = Counter()
        for entry in entries:
            if state.matches(entry, skip=dimension.param):
                counts.update(set(dimension.values(entry)))
        chosen = state.value(dimension.param)
        options = [
            Option(value, term, counts[value], value == chosen)
            for value, term in terms[dimension.param].items()
            if counts[value] or value == chosen
        ]
        options.sort(key=lambda option: option.term.sort_key)
        facets.append(Facet(dimension, options))
    return facets


def open_count(entries: list[Entry], state: FinderState) -> int:
    """How many offices would be open now under the other chosen filters."""
    return sum(1 for entry in entries if entry.is_open and state.matches(entry, skip=OPEN_PARAM))


def build_chips(facets: list[Facet], state: FinderState, base_url: str) -> list[Chip]:
    """The chosen filters above the results, each with the URL that removes it."""
    chips = [
        Chip(
            legend=str(facet.dimension.label),
            label=option.term.name,
            remove_url=base_url + state.querystring(drop=facet.param),
            lang=option.term.lang,
        )
        for facet in facets
        for option in facet.options
        if option.selected
    ]
    if state.open_now:
        chips.append(
            Chip(
                legend=str(_("Opening hours")),
                label=str(_("Open now")),
                remove_url=base_url + state.querystring(drop=OPEN_PARAM),
            )
        )
    return chips
