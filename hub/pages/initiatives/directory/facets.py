"""Facet counts of the directory: how many initiatives each filter option would leave.

One query per dimension, whatever the number of terms or initiatives (the rule of the
counts is ``hub.core.listing.facets``'s).
"""

from django.db.models import QuerySet
from taggit.models import Tag

from hub.core.listing import facets
from hub.core.listing.ordering import collation_key
from hub.core.listing.state import Dimension, apply_filters
from hub.pages.initiatives.directory.filters import DIMENSIONS, TAG, InitiativeFilters, page_counts
from hub.snippets.terms import TagLabels, Term, TermCatalogue

# Free tags can be many; the form offers the most used ones plus those already chosen.
MAX_TAG_OPTIONS = 20


def known_tags(slugs: list[str]) -> dict[str, str]:
    """Name by slug of the tags among ``slugs`` that exist (one query, none if no slugs)."""
    if not slugs:
        return {}
    return dict(Tag.objects.filter(slug__in=slugs).values_list("slug", "name"))


def tag_terms(
    rows: list[dict], tag_names: dict[str, str], chosen: tuple, labels: TagLabels
) -> list[Term]:
    """The most used tags, then the chosen ones not among them, named in the visitor's
    language."""
    names = {row["slug"]: row["name"] for row in rows} | tag_names
    terms = {slug: labels.term(slug, name) for slug, name in names.items()}
    rows = sorted(rows, key=lambda row: (-row["count"], collation_key(terms[row["slug"]].name)))
    shown = [row["slug"] for row in rows[:MAX_TAG_OPTIONS]]
    shown += [slug for slug in chosen if slug not in shown]
    return [terms[slug] for slug in shown]


def build_facets(
    pages: QuerySet,
    state: InitiativeFilters,
    catalogues: dict[str, TermCatalogue],
    tag_names: dict[str, str],
    tag_labels: TagLabels,
) -> list[facets.Facet]:
    """The filter options of every dimension with their counts under ``state``.

    ``pages`` are the shown initiatives already narrowed by the text search, not yet by
    any dimension.
    """
    rows = {
        dimension.param: list(
            page_counts(dimension, apply_filters(pages, state, DIMENSIONS, skip=dimension.param))
        )
        for dimension in DIMENSIONS
    }

    def counts(dimension: Dimension) -> dict[str, int]:
        return {row["slug"]: row["count"] for row in rows[dimension.param]}

    def terms(dimension: Dimension) -> list[Term]:
        if dimension is TAG:
            return tag_terms(rows[TAG.param], tag_names, state.values(TAG.param), tag_labels)
        return catalogues[dimension.param].all()

    return facets.build_facets(DIMENSIONS, state, counts, terms)
