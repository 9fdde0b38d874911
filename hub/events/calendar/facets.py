"""The filter options of the calendar with counts of upcoming dates.

The count of an option is taken under every other active dimension but not its own —
options within a dimension are alternatives. A fixed number of queries per dimension.
"""

from dataclasses import dataclass

from django.db.models import QuerySet

from hub.events.calendar.filters import DIMENSIONS, ORGANISER, CalendarFilters, Dimension
from hub.events.calendar.queries import apply_filters, dimension_counts
from hub.pages.initiatives.directory.facets import Option
from hub.pages.initiatives.directory.terms import TermCatalogue, collation_key


@dataclass(frozen=True)
class Facet:
    dimension: Dimension
    options: list[Option]


def organiser_options(pages: QuerySet, names: dict) -> list[tuple[str, str, str]]:
    """(value, name, lang) of every organiser of ``pages``, by name."""
    options = []
    for pk, page in names.items():
        lang = page.locale.language_code
        options.append((str(pk), page.title, lang))
    return sorted(options, key=lambda option: collation_key(option[1]))


def build_facets(
    pages: QuerySet,
    upcoming_dates: QuerySet,
    state: CalendarFilters,
    catalogues: dict[str, TermCatalogue],
    organisers: dict,
    active_language: str,
) -> list[Facet]:
    facets = []
    for dimension in DIMENSIONS:
        chosen = state.values(dimension.param)
        narrowed = apply_filters(pages, state, skip=dimension.param)
        counts = dimension_counts(narrowed, dimension.param, upcoming_dates)
        if dimension is ORGANISER:
            choices = [
                Option(
                    slug=value,
                    name=name,
                    count=counts.get(value, 0),
                    selected=value in chosen,
                    lang="" if lang == active_language else lang,
                )
                for value, name, lang in organiser_options(pages, organisers)
            ]
        else:
            choices = [
                Option(
                    slug=term.slug,
                    name=term.name,
                    count=counts.get(term.slug, 0),
                    selected=term.slug in chosen,
                    lang=term.lang,
                    name_local=term.name_local,
                    code=term.code,
                )
                for term in catalogues[dimension.param].all()
            ]
        choices = [option for option in choices if option.count or option.selected]
        facets.append(Facet(dimension=dimension, options=choices))
    return facets
