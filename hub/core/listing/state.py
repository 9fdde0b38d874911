"""What a listing URL means: the filter dimensions and the state read from GET.

The state lives in the URL only (``?category=sprache&category=sport&district=nordstadt
&page=2``), so a filtered list can be shared, bookmarked, subscribed to as a feed and
reached with the back button, and the form works without JavaScript. Within one dimension
the chosen values are alternatives (OR), across dimensions they must all hold (AND) —
"language support or accompaniment, in the Nordstadt". Values are slugs, codes or ids
that are the same in every language, so a link keeps working after switching language.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import ClassVar, TypeVar
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils.functional import Promise

from hub.core.text import printable

# More values than any honest form produces; the rest of a crafted URL is ignored.
MAX_VALUES_PER_DIMENSION = 30
MAX_VALUE_LENGTH = 100

Items = TypeVar("Items")


@dataclass(frozen=True)
class Dimension:
    """One filter dimension: its URL parameter and the legend of its options.

    A listing subclasses it to say how its items are narrowed to those having one of
    the chosen values (``narrow``: a query for the database, a test for Python lists).
    """

    param: str
    legend: Promise
    # A dimension whose form is a ``<select>`` takes one value: the last one given.
    multiple: ClassVar[bool] = True

    def narrow(self, items: Items, values: tuple[str, ...]) -> Items:
        raise NotImplementedError


@dataclass(frozen=True)
class FilterState:
    """The chosen values per dimension parameter (known ones only, in dimension order).

    A listing's state subclasses it for what follows the dimensions in its URLs (search
    words, a month, "open now"): ``extra_params`` and, for those the visitor counts as
    filters, ``extra_count``.
    """

    selected: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def values(self, param: str) -> tuple[str, ...]:
        return self.selected.get(param, ())

    def extra_params(self) -> list[tuple[str, str]]:
        return []

    @property
    def extra_count(self) -> int:
        return 0

    @property
    def active_count(self) -> int:
        """Chosen values plus the other filters, as the visitor counts their filters."""
        return sum(len(values) for values in self.selected.values()) + self.extra_count

    @property
    def is_active(self) -> bool:
        return bool(self.active_count)

    def params(self, *, drop: tuple[str, str] | None = None) -> list[tuple[str, str]]:
        """The URL parameters of this state, without the pair ``drop``."""
        pairs = [(param, value) for param, values in self.selected.items() for value in values]
        return [pair for pair in [*pairs, *self.extra_params()] if pair != drop]

    def querystring(self, *, drop: tuple[str, str] | None = None) -> str:
        """``?…`` for these filters (minus ``drop``), or ``""``."""
        pairs = self.params(drop=drop)
        return "?" + urlencode(pairs) if pairs else ""


def requested_values(data: QueryDict, param: str) -> list[str]:
    """The distinct non-empty values of ``param``, in order, at most a sane number."""
    values: list[str] = []
    for value in data.getlist(param):
        value = printable(value).strip()
        if value and value not in values and len(value) <= MAX_VALUE_LENGTH:
            values.append(value)
    return values[:MAX_VALUES_PER_DIMENSION]


def _requested(data: QueryDict, dimension: Dimension) -> list[str]:
    if dimension.multiple:
        return requested_values(data, dimension.param)
    return [printable(data.get(dimension.param, "")).strip()]


def read_selected(
    data: QueryDict, dimensions: Iterable[Dimension], known: dict[str, set[str]]
) -> dict[str, tuple[str, ...]]:
    """The chosen values of a request; values no dimension knows are dropped silently.

    An old bookmark may name a term that was deleted since: it simply stops filtering.
    """
    selected = {}
    for dimension in dimensions:
        values = tuple(
            value for value in _requested(data, dimension) if value in known[dimension.param]
        )
        if values:
            selected[dimension.param] = values
    return selected


def apply_filters(
    items: Items, state: FilterState, dimensions: Iterable[Dimension], *, skip: str = ""
) -> Items:
    """``items`` narrowed by every active dimension but ``skip``: OR within, AND across."""
    for dimension in dimensions:
        values = state.values(dimension.param)
        if values and dimension.param != skip:
            items = dimension.narrow(items, values)
    return items
