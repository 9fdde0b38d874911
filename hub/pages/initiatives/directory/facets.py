"""Facet counts: how many initiatives each filter option would leave.

The count of an option is taken under every other active dimension but not its own
dimension — options within a dimension are alternatives, so choosing one more can only
add results. One query per dimension, whatever the number of terms or initiatives.
"""

from dataclasses import dataclass

from django.db.models import QuerySet
from taggit.models import Tag

from hub.pages.initiatives.directory.filters import DIMENSIONS, TAG, Dimension, FilterState
from hub.pages.initiatives.directory.queries import apply_filters
from hub.pages.initiatives.directory.terms import TermCatalogue, collation_key

# Free tags can be many; the form offers the most used ones plus those already chosen.
MAX_TAG_OPTIONS = 20


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
    def selected_count(self) -> int:
        return sum(option.selected for option in self.options)


@dataclass(frozen=True)
class Chip:
    """An active filter shown above the results, with the URL that removes it."""

    legend: str
    label: str
    remove_url: str
    lang: str = ""


def known_tags(slugs: list[str]) -> dict[str, str]:
    """Name by slug of the tags among ``slugs`` that exist (one query, none if no slugs)."""
    if not slugs:
        return {}
    return dict(Tag.objects.filter(slug__in=slugs).values_list("slug", "name"))


def _taxonomy_options(catalogue: TermCatalogue, counts: dict, chosen: tuple) -> list[Option]:
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
        for term in catalogue.all()
        if counts.get(term.slug) or term.slug in chosen
    ]


def _tag_options(rows: list[dict], tag_names: dict[str, str], chosen: tuple) -> list[Option]:
    rows = sorted(rows, key=lambda row: (-row["count"], collation_key(row["name"])))
    counts = {row["slug"]: row["count"] for row in rows}
    names = {row["slug"]: row["name"] for row in rows} | tag_names
    shown = [row["slug"] for row in rows[:MAX_TAG_OPTIONS]]
    shown += [slug for slug in chosen if slug not in shown]
    return [
        Option(slug=slug, name=names[slug], count=counts.get(slug, 0), selected=slug in chosen)
        for slug in shown
    ]


def build_facets(
    pages: QuerySet,
    state: FilterState,
    catalogues: dict[str, TermCatalogue],
    tag_names: dict[str, str],
) -> list[Facet]:
    """The filter options of every dimension with their counts under ``state``.

    ``pages`` are the shown initiatives already narrowed by the text search, not yet by
    any dimension.
    """
    facets = []
    for dimension in DIMENSIONS:
        chosen = state.slugs(dimension.param)
        rows = list(dimension.counts(apply_filters(pages, state, skip=dimension.param)))
        if dimension is TAG:
            options = _tag_options(rows, tag_names, chosen)
        else:
            counts = {row["slug"]: row["count"] for row in rows}
            options = _taxonomy_options(catalogues[dimension.param], counts, chosen)
        facets.append(Facet(dimension=dimension, options=options))
    return facets


def build_chips(facets: list[Facet], state: FilterState, base_url: str) -> list[Chip]:
    chips = [
        Chip(
            legend=str(facet.dimension.legend),
            label=option.name,
            remove_url=base_url + state.querystring(drop=(facet.dimension.param, option.slug)),
            lang=option.lang,
        )
        for facet in facets
        for option in facet.options
        if option.selected
    ]
    return chips
