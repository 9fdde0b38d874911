"""The filter options of the calendar with counts of upcoming dates (the rule of the
counts is ``hub.core.listing.facets``'s). A fixed number of queries per dimension.
"""

from django.db.models import QuerySet
from wagtail.models import Locale, Page

from hub.core.listing import facets
from hub.core.listing.languages import foreign_language
from hub.core.listing.ordering import collation_key
from hub.core.listing.state import Dimension, apply_filters
from hub.events.calendar.filters import DIMENSIONS, ORGANISER, CalendarFilters
from hub.events.calendar.queries import dimension_counts
from hub.snippets.terms import Term, TermCatalogue


def organiser_terms(organisers: dict[int, Page], active: Locale) -> list[Term]:
    """Every organiser of the shown events as a term (its id the value), by name."""
    terms = [
        Term(slug=str(pk), name=page.title, lang=foreign_language(page, active))
        for pk, page in organisers.items()
    ]
    return sorted(terms, key=lambda term: collation_key(term.name))


def build_facets(
    pages: QuerySet,
    upcoming_dates: QuerySet,
    state: CalendarFilters,
    catalogues: dict[str, TermCatalogue],
    organisers: dict[int, Page],
    active: Locale,
) -> list[facets.Facet]:
    def counts(dimension: Dimension) -> dict[str, int]:
        narrowed = apply_filters(pages, state, DIMENSIONS, skip=dimension.param)
        return dimension_counts(narrowed, dimension, upcoming_dates)

    def terms(dimension: Dimension) -> list[Term]:
        if dimension is ORGANISER:
            return organiser_terms(organisers, active)
        return catalogues[dimension.param].all()

    return facets.build_facets(DIMENSIONS, state, counts, terms)
