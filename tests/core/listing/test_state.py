"""Filter state read from a listing URL: known values only, OR within a dimension and
AND across, extras after the dimensions, single-valued dimensions take the last value."""

from dataclasses import dataclass

from django.http import QueryDict

from hub.core.listing.state import (
    MAX_VALUES_PER_DIMENSION,
    Dimension,
    FilterState,
    apply_filters,
    read_selected,
    requested_values,
)


class ListDimension(Dimension):
    """A dimension of dicts whose ``param`` key holds a set of values."""

    def narrow(self, items: list[dict], values: tuple[str, ...]) -> list[dict]:
        return [item for item in items if set(values) & item[self.param]]


class SelectDimension(ListDimension):
    multiple = False


COLOUR = ListDimension("colour", "Colour")
SIZE = ListDimension("size", "Size")
SHAPE = SelectDimension("shape", "Shape")
KNOWN = {"colour": {"red", "blue"}, "size": {"s", "m"}, "shape": {"round", "square"}}


@dataclass(frozen=True)
class SearchState(FilterState):
    query: str = ""

    def extra_params(self) -> list[tuple[str, str]]:
        return [("q", self.query)] if self.query else []

    @property
    def extra_count(self) -> int:
        return bool(self.query)


def test_requested_values_are_distinct_printable_and_bounded():
    data = QueryDict("c=a&c=%20a%20&c=&c=b&c=" + "x" * 101)
    assert requested_values(data, "c") == ["a", "b"]
    many = QueryDict("&".join(f"c={n}" for n in range(50)))
    assert len(requested_values(many, "c")) == MAX_VALUES_PER_DIMENSION


def test_read_selected_keeps_known_values_in_dimension_order():
    data = QueryDict("size=m&colour=green&colour=blue&colour=red&shape=round&shape=square")
    selected = read_selected(data, (COLOUR, SIZE, SHAPE), KNOWN)
    assert list(selected) == ["colour", "size", "shape"]
    assert selected["colour"] == ("blue", "red")
    # A <select> sends one value; of a crafted URL, the last one counts.
    assert selected["shape"] == ("square",)
    assert read_selected(QueryDict("shape=square&shape=oval"), (SHAPE,), KNOWN) == {}


def test_params_drop_one_pair_and_extras_follow_the_dimensions():
    state = SearchState({"colour": ("blue", "red"), "size": ("m",)}, query="café")
    assert state.active_count == 4 and state.is_active
    assert state.querystring() == "?colour=blue&colour=red&size=m&q=caf%C3%A9"
    assert state.querystring(drop=("colour", "red")) == "?colour=blue&size=m&q=caf%C3%A9"
    assert state.querystring(drop=("q", "café")) == "?colour=blue&colour=red&size=m"
    assert SearchState().querystring() == "" and not SearchState().is_active


def test_apply_filters_or_within_and_across_except_skipped():
    items = [
        {"colour": {"red"}, "size": {"s"}},
        {"colour": {"blue"}, "size": {"m"}},
        {"colour": {"green"}, "size": {"m"}},
    ]
    state = FilterState({"colour": ("red", "blue"), "size": ("m",)})
    assert apply_filters(items, state, (COLOUR, SIZE)) == [items[1]]
    assert apply_filters(items, state, (COLOUR, SIZE), skip="size") == items[:2]
