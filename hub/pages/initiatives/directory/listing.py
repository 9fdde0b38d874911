"""Turning a set of initiatives into a sorted list of cards.

Sorting happens in Python on ``(pk, title)`` pairs (``hub.core.listing.ordering``); the
page of cards shown is then loaded with a fixed number of queries.
"""

from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import HttpRequest
from wagtail.models import Locale

from hub.core.listing import cards
from hub.core.listing.languages import foreign_language, url_for_visitor
from hub.core.listing.ordering import reading_key
from hub.pages.models import InitiativeIndexPage, InitiativePage
from hub.pages.models.initiatives import InitiativeStatus
from hub.snippets.terms import Term, TermCatalogue


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


def sorted_pks(pages: QuerySet, active: Locale) -> list[int]:
    """Ids of ``pages`` in reading order (the visitor's language first, then by title)."""
    rows = pages.order_by().values_list("pk", "title", "locale_id")
    rows = sorted(rows, key=lambda row: (*reading_key(row[2], row[1], active.pk), row[0]))
    return [pk for pk, _title, _locale in rows]


def with_card_data(pages: QuerySet) -> QuerySet:
    """``pages`` with everything a card shows fetched in a fixed number of queries."""
    return cards.with_card_data(pages, "categories", "districts", "spoken_languages")


def build_cards(
    pages: list[InitiativePage],
    request: HttpRequest,
    active: Locale,
    catalogues: dict[str, TermCatalogue],
) -> list[Card]:
    return [
        Card(
            page=page,
            url=url_for_visitor(page, active, request),
            lang=foreign_language(page, active),
            categories=catalogues["category"].linked(page.categories.all()),
            districts=catalogues["district"].linked(page.districts.all()),
            languages=catalogues["language"].linked(page.spoken_languages.all()),
        )
        for page in pages
    ]


def cards_for_pks(
    pks: list[int], request: HttpRequest, active: Locale, catalogues: dict[str, TermCatalogue]
) -> list[Card]:
    by_pk = {page.pk: page for page in with_card_data(InitiativePage.objects.filter(pk__in=pks))}
    return build_cards([by_pk[pk] for pk in pks if pk in by_pk], request, active, catalogues)
