"""Numbered result pages whose links keep the listing's filters; page 1 has no parameter."""

from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlencode

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import HttpRequest

PAGE_PARAM = "page"


class HasParams(Protocol):
    """A listing's filter state: the URL parameters every page link keeps."""

    def params(self) -> list[tuple[str, str]]: ...


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

    @property
    def items(self) -> list:
        """What this result page shows."""
        return list(self.page.object_list)

    @property
    def count(self) -> int:
        """How many results all pages hold."""
        return self.page.paginator.count


def url_for_page(base_url: str, state: HasParams | None, number: int) -> str:
    """The URL of result page ``number``, keeping the filters; page 1 has no parameter."""
    params = state.params() if state else []
    if number > 1:
        params = [*params, (PAGE_PARAM, str(number))]
    return base_url + ("?" + urlencode(params) if params else "")


def paginate(page: PaginatorPage, base_url: str, state: HasParams | None) -> Pagination:
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


def paginate_request(
    items, per_page: int, request: HttpRequest, base_url: str, state: HasParams | None
) -> Pagination:
    """The result page of ``items`` that ``?page=`` asks for (the first for none or
    nonsense, the last for a number past the end), with its links."""
    page = Paginator(items, per_page).get_page(request.GET.get(PAGE_PARAM))
    return paginate(page, base_url, state)
