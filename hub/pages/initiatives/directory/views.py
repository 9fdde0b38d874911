"""The directory's listing and the archive of ended projects (routes of the index page)."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from wagtail.models import Locale

from hub.core.i18n import redirect_to_translation
from hub.pages.initiatives.directory.facets import build_chips, build_facets, known_tags
from hub.pages.initiatives.directory.filters import TAG, read_filters, requested_slugs
from hub.pages.initiatives.directory.listing import (
    build_cards,
    cards_for_pks,
    paginate,
    route_path,
    sorted_pks,
    url_for_visitor,
    with_card_data,
)
from hub.pages.initiatives.directory.queries import DirectoryScope, apply_filters
from hub.pages.initiatives.directory.terms import term_catalogues
from hub.pages.models import InitiativeIndexPage

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
    catalogues = term_catalogues(scope.active, scope.default)
    tag_names = known_tags(requested_slugs(request.GET, TAG.param))
    known = {param: set(catalogue.slugs()) for param, catalogue in catalogues.items()}
    state = read_filters(request.GET, known | {TAG.param: set(tag_names)})

    pages = scope.shown(ended=False)
    if state.query:
        pages = pages.filter(translation_key__in=scope.matching_keys(state.query))
    facets = build_facets(pages, state, catalogues, tag_names)
    paginator = Paginator(sorted_pks(apply_filters(pages, state), scope.active), PER_PAGE)
    results = paginator.get_page(request.GET.get("page"))
    base_url = url_for_visitor(index_page, scope.active, request)

    context = index_page.get_context(request)
    context.update(_links(base_url))
    context.update(
        {
            "filters": state,
            "facets": [facet for facet in facets if facet.options],
            "chips": build_chips(facets, state, base_url),
            "remove_query_url": base_url + state.querystring(drop_query=True),
            "cards": cards_for_pks(list(results.object_list), request, scope.active, catalogues),
            "result_count": paginator.count,
            "pagination": paginate(results, base_url, state),
        }
    )
    return TemplateResponse(request, "pages/initiative_index_page.html", context)


def archive(request: HttpRequest, index_page: InitiativeIndexPage) -> HttpResponse:
    """Ended projects, most recently ended first: what they did and when they ended."""
    redirect = redirect_to_translation(request, index_page, route_path("archive_route"))
    if redirect is not None:
        return redirect
    scope = DirectoryScope(index_page, Locale.get_active())
    pages = with_card_data(scope.shown(ended=True).order_by("-ended_on", "title", "pk"))
    paginator = Paginator(pages, ARCHIVE_PER_PAGE)
    results = paginator.get_page(request.GET.get("page"))
    base_url = url_for_visitor(index_page, scope.active, request)
    links = _links(base_url)

    context = index_page.get_context(request)
    context.update(links)
    context.update(
        {
            "cards": build_cards(
                list(results), request, scope.active, term_catalogues(scope.active, scope.default)
            ),
            "result_count": paginator.count,
            "pagination": paginate(results, links["archive_url"], None),
        }
    )
    return TemplateResponse(request, "pages/initiative_archive.html", context)
