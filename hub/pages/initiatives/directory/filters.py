"""What a directory URL means: the filter dimensions and the state read from GET.

The state lives in the URL only (``?category=sprache&category=sport&district=nordstadt
&q=café&page=2``), so a filtered list can be shared, bookmarked and reached with the back
button. Within one dimension the chosen terms are alternatives (OR), across dimensions
they must all hold (AND) — "language support or accompaniment, in the Nordstadt".
Slugs are the same in every language, so a link keeps working after switching language.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count, F, QuerySet
from django.http import QueryDict
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from hub.core.text import printable, search_words
from hub.pages.models import InitiativePage, InitiativePageTag
from hub.snippets.models import Category, District, SpokenLanguage, TargetGroup, TaxonomyTerm

MAX_QUERY_LENGTH = 200
# More values than any honest form produces; the rest of a crafted URL is ignored.
MAX_VALUES_PER_DIMENSION = 30
QUERY_PARAM = "q"
PAGE_PARAM = "page"


@dataclass(frozen=True)
class Dimension:
    """One filter dimension: a URL parameter and the relation of InitiativePage it tests."""

    param: str
    legend: Promise
    relation: str
    model: type[TaxonomyTerm] | None = None

    def _links(self) -> tuple[QuerySet, str, str]:
        """The link table, its page column and the path to the term's slug."""
        if self.model is None:
            return InitiativePageTag.objects.all(), "content_object_id", "tag__slug"
        through = getattr(InitiativePage, self.relation).through
        return through.objects.all(), "initiativepage_id", f"{self.model._meta.model_name}__slug"

    def pages_with_any(self, slugs: Iterable[str]) -> QuerySet:
        """A subquery of the ids of pages linked to at least one of ``slugs``."""
        links, page_column, slug_path = self._links()
        return links.filter(**{f"{slug_path}__in": list(slugs)}).values(page_column)

    def counts(self, pages: QuerySet) -> QuerySet:
        """Per slug, how many of ``pages`` link it: rows of ``slug``, ``count`` (and for
        tags, which are not translated, their ``name``)."""
        links, page_column, slug_path = self._links()
        columns = {"slug": F(slug_path)}
        if self.model is None:
            columns["name"] = F("tag__name")
        return (
            links.filter(**{f"{page_column}__in": pages.values("pk")})
            .values(**columns)
            .annotate(count=Count(page_column, distinct=True))
            .order_by()
        )


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension("category", _("Field of engagement"), "categories", Category),
    Dimension("district", _("District"), "districts", District),
    Dimension("target_group", _("Target group"), "target_groups", TargetGroup),
    Dimension("language", _("Language spoken"), "spoken_languages", SpokenLanguage),
    Dimension("tag", _("Tag"), "tags"),
)
CATEGORY = DIMENSIONS[0]
TAG = DIMENSIONS[-1]


@dataclass(frozen=True)
class FilterState:
    """The active filters: known slugs per dimension parameter, in URL order, and ``q``."""

    selected: dict[str, tuple[str, ...]] = field(default_factory=dict)
    query: str = ""

    @property
    def active_count(self) -> int:
        """Chosen terms plus the search words, as the visitor counts their filters."""
        return sum(len(slugs) for slugs in self.selected.values()) + bool(self.query)

    @property
    def is_active(self) -> bool:
        return bool(self.active_count)

    def slugs(self, param: str) -> tuple[str, ...]:
        return self.selected.get(param, ())

    def params(self, *, drop: tuple[str, str] | None = None, drop_query: bool = False) -> list:
        pairs = [
            (dimension.param, slug)
            for dimension in DIMENSIONS
            for slug in self.slugs(dimension.param)
            if (dimension.param, slug) != drop
        ]
        if self.query and not drop_query:
            pairs.append((QUERY_PARAM, self.query))
        return pairs

    def querystring(self, **kwargs) -> str:
        """``?…`` for these filters (minus what ``drop``/``drop_query`` names), or ``""``."""
        pairs = self.params(**kwargs)
        return "?" + urlencode(pairs) if pairs else ""


def requested_slugs(data: QueryDict, param: str) -> list[str]:
    """The distinct non-empty values of ``param``, in order, at most a sane number."""
    slugs: list[str] = []
    for value in data.getlist(param):
        value = printable(value).strip()
        if value and value not in slugs and len(value) <= 100:
            slugs.append(value)
    return slugs[:MAX_VALUES_PER_DIMENSION]


def read_query(data: QueryDict) -> str:
    return search_words(data.get(QUERY_PARAM, ""), MAX_QUERY_LENGTH)


def read_filters(data: QueryDict, known: dict[str, set[str]]) -> FilterState:
    """The filter state of a request; slugs no dimension knows are dropped silently.

    An old bookmark may name a term that was deleted since: it simply stops filtering.
    """
    selected = {}
    for dimension in DIMENSIONS:
        slugs = tuple(
            s for s in requested_slugs(data, dimension.param) if s in known[dimension.param]
        )
        if slugs:
            selected[dimension.param] = slugs
    return FilterState(selected=selected, query=read_query(data))
