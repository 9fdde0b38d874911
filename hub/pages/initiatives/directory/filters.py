"""What a directory URL means: the initiatives' filter dimensions and the search words.

``?category=sprache&category=sport&district=nordstadt&q=café&page=2`` — the rules of
filter URLs are those of every listing (``hub.core.listing.state``); the directory adds
the search words, which count as a filter.
"""

from dataclasses import dataclass

from django.db.models import Count, F, QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from hub.core.listing.relations import RelationDimension
from hub.core.listing.state import FilterState, read_selected
from hub.core.text import search_words
from hub.pages.models import InitiativePage, InitiativePageTag
from hub.snippets.terms import TermCatalogue, term_catalogues

MAX_QUERY_LENGTH = 200
QUERY_PARAM = "q"


class TagDimension(RelationDimension):
    """Free tags: taggit's link table, and tags are not translated."""

    @property
    def page_column(self) -> str:
        return "content_object_id"

    def links(self) -> tuple[QuerySet, str]:
        return InitiativePageTag.objects.all(), "tag__slug"


TAXONOMIES: tuple[RelationDimension, ...] = (
    RelationDimension("category", _("Field of engagement"), InitiativePage, "categories"),
    RelationDimension("district", _("District"), InitiativePage, "districts"),
    RelationDimension("target_group", _("Target group"), InitiativePage, "target_groups"),
    RelationDimension("language", _("Language spoken"), InitiativePage, "spoken_languages"),
)
CATEGORY = TAXONOMIES[0]
TAG = TagDimension("tag", _("Tag"), InitiativePage, "tags")
DIMENSIONS: tuple[RelationDimension, ...] = (*TAXONOMIES, TAG)


def page_counts(dimension: RelationDimension, pages: QuerySet) -> QuerySet:
    """Per slug, how many of ``pages`` link it: rows of ``slug``, ``count`` (and for
    tags, which are not translated, their ``name``)."""
    _links, slug_path = dimension.links()
    columns = {"slug": F(slug_path)}
    if dimension is TAG:
        columns["name"] = F("tag__name")
    return (
        dimension.links_of(pages)
        .values(**columns)
        .annotate(count=Count(dimension.page_column, distinct=True))
        .order_by()
    )


def directory_catalogues(active: Locale, default: Locale) -> dict[str, TermCatalogue]:
    """A catalogue per taxonomy dimension, keyed by the dimension's URL parameter."""
    return term_catalogues(
        {dimension.param: dimension.model for dimension in TAXONOMIES}, active, default
    )


@dataclass(frozen=True)
class InitiativeFilters(FilterState):
    """The chosen terms and the search words ``q``."""

    query: str = ""

    def extra_params(self) -> list[tuple[str, str]]:
        return [(QUERY_PARAM, self.query)] if self.query else []

    @property
    def extra_count(self) -> int:
        return bool(self.query)


def read_query(data: QueryDict) -> str:
    return search_words(data.get(QUERY_PARAM, ""), MAX_QUERY_LENGTH)


def read_filters(data: QueryDict, known: dict[str, set[str]]) -> InitiativeFilters:
    """The filter state of a request (see ``hub.core.listing.state.read_selected``)."""
    return InitiativeFilters(read_selected(data, DIMENSIONS, known), query=read_query(data))
