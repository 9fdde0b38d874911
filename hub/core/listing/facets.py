"""Facet counts: how many results each filter option would leave, and chips for the
chosen options.

The count of an option is taken under every other active dimension but not its own
dimension — options within a dimension are alternatives, so choosing one more can only
add results. Each listing counts in its own way (a query per dimension, sums of dates,
Python over loaded entries); the options, their order and the chips are the same rule
everywhere.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from hub.core.listing.state import Dimension, FilterState


class Named(Protocol):
    """What an option shows of a term (``hub.snippets.terms.Term`` is one)."""

    slug: str
    name: str
    lang: str
    name_local: str
    code: str


@dataclass(frozen=True)
class Option:
    slug: str
    name: str
    count: int
    selected: bool
    lang: str = ""
    name_local: str = ""
    code: str = ""


@dataclass(frozen=True)
class Facet:
    dimension: Dimension
    options: list[Option]

    @property
    def param(self) -> str:
        return self.dimension.param


@dataclass(frozen=True)
class Chip:
    """An active filter shown above the results, with the URL that removes it."""

    legend: str
    label: str
    remove_url: str
    lang: str = ""


def facet_options(
    terms: Iterable[Named], counts: Mapping[str, int], chosen: tuple[str, ...]
) -> list[Option]:
    """An option per term that would leave results or is chosen, in the order of ``terms``."""
    return [
        Option(
            slug=term.slug,
            name=term.name,
            count=counts.get(term.slug, 0),
            selected=term.slug in chosen,
            lang=term.lang,
            name_local=term.name_local,
            code=term.code,
        )
        for term in terms
        if counts.get(term.slug) or term.slug in chosen
    ]


def build_facets(
    dimensions: Iterable[Dimension],
    state: FilterState,
    counts: Callable[[Dimension], Mapping[str, int]],
    terms: Callable[[Dimension], Iterable[Named]],
) -> list[Facet]:
    """The options of every dimension: ``counts(dimension)`` counts under every other
    chosen dimension, ``terms(dimension)`` lists the dimension's terms in their order."""
    return [
        Facet(
            dimension,
            facet_options(terms(dimension), counts(dimension), state.values(dimension.param)),
        )
        for dimension in dimensions
    ]


def build_chips(facets: list[Facet], state: FilterState, base_url: str) -> list[Chip]:
    """The chosen options above the results, each with the URL that removes it."""
    return [
        Chip(
            legend=str(facet.dimension.legend),
            label=option.name,
            remove_url=base_url + state.querystring(drop=(facet.param, option.slug)),
            lang=option.lang,
        )
        for facet in facets
        for option in facet.options
        if option.selected
    ]
