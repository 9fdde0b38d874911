"""Facet options (only those that leave results or are chosen), chips that remove one
choice, and page links that keep the filters."""

from django.test import RequestFactory

from hub.core.listing.facets import build_chips, build_facets
from hub.core.listing.ordering import collation_key, reading_key
from hub.core.listing.pagination import paginate_request, url_for_page
from hub.core.listing.state import Dimension, FilterState
from hub.snippets.terms import Term

COLOUR = Dimension("colour", "Colour")
TERMS = [Term("red", "Rot"), Term("blue", "Blau", lang="de"), Term("green", "Grün")]


def test_options_leave_results_or_are_chosen_and_chips_remove_one():
    state = FilterState({"colour": ("green",)})
    (facet,) = build_facets((COLOUR,), state, lambda d: {"red": 2}, lambda d: TERMS)
    assert [(o.slug, o.count, o.selected) for o in facet.options] == [
        ("red", 2, False),
        ("green", 0, True),
    ]
    (chip,) = build_chips([facet], state, "/de/liste/")
    assert (chip.legend, chip.label, chip.remove_url) == ("Colour", "Grün", "/de/liste/")


def test_page_links_keep_the_filters_and_page_one_has_no_parameter():
    state = FilterState({"colour": ("red",)})
    assert url_for_page("/l/", state, 1) == "/l/?colour=red"
    assert url_for_page("/l/", state, 3) == "/l/?colour=red&page=3"
    assert url_for_page("/l/", None, 1) == "/l/"
    request = RequestFactory().get("/l/", {"page": "99"})
    pagination = paginate_request(list(range(25)), 10, request, "/l/", state)
    assert pagination.items == [20, 21, 22, 23, 24] and pagination.count == 25
    assert pagination.previous_url == "/l/?colour=red&page=2" and pagination.next_url == ""
    assert [link.number for link in pagination.links] == [1, 2, 3]


def test_reading_order_puts_the_visitors_language_first_then_by_name():
    assert collation_key("„Ärztinnen") == "arztinnen"
    rows = [(2, "Zuhause"), (1, "Ärztinnen"), (1, "Arbeit"), (2, "Abend")]
    ordered = sorted(rows, key=lambda row: reading_key(row[0], row[1], active_locale_id=1))
    assert ordered == [(1, "Arbeit"), (1, "Ärztinnen"), (2, "Abend"), (2, "Zuhause")]
