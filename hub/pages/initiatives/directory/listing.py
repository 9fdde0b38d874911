"""Turning a set of initiatives into a sorted, paginated list of cards.

Sorting happens in Python on ``(pk, title)`` pairs: databases order titles by their own
collation, which puts "Ärztinnen" after "Zuhause" in SQLite and varies between PostgreSQL
installations. A city's directory holds hundreds of entries, not millions; the page of
cards shown is then loaded with a fixed number of queries.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Page as PaginatorPage
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from hub.core.i18n import url_under_language
from hub.pages.initiatives.directory.filters import PAGE_PARAM, FilterState
from hub.pages.initiatives.directory.terms import Term, TermCatalogue, collation_key
from hub.pages.models import InitiativeIndexPage, InitiativePage
from hub.pages.models.initiatives import InitiativeStatus

CARD_IMAGE_SPEC = "max-160x160"


@dataclass(frozen=True)
class Card:
    """One initiative in a list; ``lang`` is its language when not the visitor's."""

    page: InitiativePage
    url: str
    lang: str
    categories: list[Term]
    districts: list[Term]
    languages: list[Term]

    @property
    def is_paused(self) -> bool:
        return self.page.status == InitiativeStatus.PAUSED


def route_path(name: str) -> str:
    """The path of an index page route ("archive/"), relative to the index page's URL."""
    return InitiativeIndexPage.get_resolver().reverse(name)


def url_for_visitor(page: Page, active: Locale, request: HttpRequest) -> str:
    """The page's URL under the visitor's language prefix, translated or not."""
    if page.locale_id == active.pk:
        return page.get_url(request)
    return url_under_language(page, active.language_code, request)


def sorted_pks(pages: QuerySet, active: Locale) -> list[int]:
    """Ids of ``pages`` in reading order: those in the visitor's language first, each
    group by title — an Arabic reader finds what they can read at the top, and the
    entries still only in the source language follow."""
    rows = pages.order_by().values_list("pk", "title", "locale_id")
    rows = sorted(rows, key=lambda row: (row[2] != active.pk, collation_key(row[1]), row[0]))
    return [pk for pk, _title, _locale in rows]


def with_card_data(pages: QuerySet) -> QuerySet:
    """``pages`` with everything a card shows fetched in a fixed number of queries."""
    images = get_image_model().objects.prefetch_renditions(CARD_IMAGE_SPEC)
    return pages.select_related("locale").prefetch_related(
        "categories", "districts", "spoken_languages", Prefetch("image", queryset=images)
    )


def build_cards(
    pages: list[InitiativePage],
    request: HttpRequest,
    active: Locale,
    catalogues: dict[str, TermCatalogue],
) -> list[Card]:
    def names(param: str, linked) -> list[Term]:
        return catalogues[param].named(term.slug for term in linked.all())

    return [
        Card(
            page=page,
            url=url_for_visitor(page, active, request),
            lang="" if page.locale_id == active.pk else page.locale.language_code,
            categories=names("category", page.categories),
            districts=names("district", page.districts),
            languages=names("language", page.spoken_languages),
        )
        for page in pages
    ]


def cards_for_pks(
    pks: list[int], request: HttpRequest, active: Locale, catalogues: dict[str, TermCatalogue]
) -> list[Card]:
    by_pk = {page.pk: page for page in with_card_data(InitiativePage.objects.filter(pk__in=pks))}
    return build_cards([by_pk[pk] for pk in pks if pk in by_pk], request, active, catalogues)


@dataclass(frozen=True)
class PageLink:
    """A numbered page link; ``number=None`` stands for an ellipsis."""

    number: int | None
    url: str = ""
    is_current: bool = False


@dataclass(frozen=True)
class Pagination:
    page: PaginatorPage
    links: list[PageLink]
    previous_url: str
    next_url: str


def url_for_page(base_url: str, state: FilterState | None, number: int) -> str:
    """The URL of result page ``number``, keeping the filters; page 1 has no parameter."""
    params = state.params() if state else []
    if number > 1:
        params = [*params, (PAGE_PARAM, str(number))]
    return base_url + ("?" + urlencode(params) if params else "")


def paginate(page: PaginatorPage, base_url: str, state: FilterState | None) -> Pagination:
    links = [
        PageLink(number=None)
        if not isinstance(number, int)
        else PageLink(number, url_for_page(base_url, state, number), number == page.number)
        for number in page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1)
    ]
    return Pagination(
        page=page,
        links=links,
        previous_url=url_for_page(base_url, state, page.number - 1) if page.has_previous() else "",
        next_url=url_for_page(base_url, state, page.number + 1) if page.has_next() else "",
    )
