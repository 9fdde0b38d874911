"""What a calendar URL means: filters by category, organiser and language, and a month.

The state lives in the URL only (``?category=sprache&language=arabisch&month=2026-12``),
so a filtered calendar can be shared, bookmarked and subscribed to as a feed (the feeds
read the same parameters). Within one dimension the chosen values are alternatives (OR),
across dimensions they must all hold (AND). Category and language slugs are the same in
every language; an organiser is named by its page id, which translations share.
"""

import re
from dataclasses import dataclass, field, replace
from datetime import date
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from hub.pages.initiatives.directory.filters import requested_slugs

PAGE_PARAM = "page"
MONTH_PARAM = "month"
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
# Months a visitor can page to: enough for any archive, not an endless crawler trap.
MIN_YEAR, MAX_YEAR = 2000, 2100


@dataclass(frozen=True)
class Dimension:
    param: str
    legend: Promise


CATEGORY = Dimension("category", _("Topic"))
ORGANISER = Dimension("organiser", _("Organiser"))
LANGUAGE = Dimension("language", _("Language spoken"))
DIMENSIONS: tuple[Dimension, ...] = (CATEGORY, ORGANISER, LANGUAGE)


@dataclass(frozen=True)
class CalendarFilters:
    selected: dict[str, tuple[str, ...]] = field(default_factory=dict)
    month: date | None = None

    @property
    def active_count(self) -> int:
        return sum(len(values) for values in self.selected.values())

    @property
    def is_active(self) -> bool:
        return bool(self.active_count)

    def values(self, param: str) -> tuple[str, ...]:
        return self.selected.get(param, ())

    def params(self, *, drop: tuple[str, str] | None = None, month: bool = True) -> list:
        pairs = [
            (dimension.param, value)
            for dimension in DIMENSIONS
            for value in self.values(dimension.param)
            if (dimension.param, value) != drop
        ]
        if month and self.month:
            pairs.append((MONTH_PARAM, f"{self.month:%Y-%m}"))
        return pairs

    def querystring(self, **kwargs) -> str:
        pairs = self.params(**kwargs)
        return "?" + urlencode(pairs) if pairs else ""

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
    """The filter state of a request; values no dimension knows are dropped silently."""
    selected = {}
    for dimension in DIMENSIONS:
        values = tuple(
            value
            for value in requested_slugs(data, dimension.param)
            if value in known[dimension.param]
        )
        if values:
            selected[dimension.param] = values
    return CalendarFilters(selected=selected, month=read_month(data))
