"""The directory's listing and the archive of ended projects (routes of the index page)."""

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from wagtail.models import Locale

from hub.core.i18n import redirect_to_translation
from hub.core.listing.facets import build_chips
from hub.core.listing.languages import url_for_visitor
from hub.core.listing.pagination import paginate_request
from hub.core.listing.state import apply_filters, requested_values
from hub.pages.initiatives.directory.facets import build_facets, known_tags
from hub.pages.initiatives.directory.filters import (
    DIMENSIONS,
    QUERY_PARAM,
    TAG,
    directory_catalogues,
    read_filters,
)
from hub.pages.initiatives.directory.listing import (
    build_cards,
    cards_for_pks,
    route_path,
    sorted_pks,
    with_card_data,
)
from hub.pages.initiatives.directory.queries import DirectoryScope
from hub.pages.models import InitiativeIndexPage
from hub.snippets.terms import TagLabels, known_slugs

PER_PAGE = 12
ARCHIVE_PER_PAGE = 20


def _links(base_url: str) -> dict[str, str]:
    return {
        "directory_url": base_url,
        "archive_url": base_url + route_path("archive_route"),
        "submit_url": base_url + route_path("submit_route"),
    }


def directory(request: HttpRequest, index_page: InitiativeIndexPage) -> HttpResponse:
    """The filterable list of current initiatives, in the visitor's language."""
    redirect = redirect_to_translation(request, index_page, route_path("directory_route"))
    if redirect is not None:
        return redirect
    scope = DirectoryScope(index_page, Locale.get_active())
    catalogues = directory_catalogues(scope.active, scope.default)
    tag_names = known_tags(requested_values(request.GET, TAG.param))
    state = read_filters(request.GET, known_slugs(catalogues) | {TAG.param: set(tag_names)})

    pages = scope.current()
    if state.query:
        pages = pages.filter(translation_key__in=scope.matching_keys(state.query))
    tag_labels = TagLabels(scope.active, scope.default)
    facets = build_facets(pages, state, catalogues, tag_names, tag_labels)
    base_url = url_for_visitor(index_page, scope.active, request)
    pks = sorted_pks(apply_filters(pages, state, DIMENSIONS), scope.active)
    pagination = paginate_request(pks, PER_PAGE, request, base_url, state)

    context = index_page.get_context(request)
    context.update(_links(base_url))
    context.update(
        {
            "filters": state,
            "facets": [facet for facet in facets if facet.options],
            "chips": build_chips(facets, state, base_url),
            "remove_query_url": base_url + state.querystring(drop=(QUERY_PARAM, state.query)),
            "cards": cards_for_pks(pagination.items, request, scope.active, catalogues),
            "result_count": pagination.count,
            "pagination": pagination,
        }
    )
    return TemplateResponse(request, "pages/initiative_index_page.html", context)


def archive(request: HttpRequest, index_page: InitiativeIndexPage) -> HttpResponse:
    """Ended projects, most recently ended first: what they did and when they ended."""
    redirect = redirect_to_translation(request, index_page, route_path("archive_route"))
    if redirect is not None:
        return redirect
    scope = DirectoryScope(index_page, Locale.get_active())
    pages = with_card_data(scope.ended().order_by("-ended_on", "title", "pk"))
    base_url = url_for_visitor(index_page, scope.active, request)
    links = _links(base_url)
    pagination = paginate_request(pages, ARCHIVE_PER_PAGE, request, links["archive_url"], None)

    context = index_page.get_context(request)
    context.update(links)
    context.update(
        {
            "cards": build_cards(
                pagination.items,
                request,
                scope.active,
                directory_catalogues(scope.active, scope.default),
            ),
            "result_count": pagination.count,
            "pagination": pagination,
        }
    )
    return TemplateResponse(request, "pages/initiative_archive.html", context)
