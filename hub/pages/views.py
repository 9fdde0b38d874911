"""Views outside the page tree: site search, sitemap, robots.txt."""

from collections import defaultdict

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from hub.core.text import search_words
from hub.pages.search.results import results as result_lines
from hub.pages.search.results import search_site

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


@require_GET
def search(request: HttpRequest) -> TemplateResponse:
    """Search over the live public pages of this site in every language, each page listed
    once in the visitor's language where it exists (``hub.pages.search``)."""
    query = search_words(request.GET.get("q", ""), MAX_QUERY_LENGTH)
    results = lines = None
    if query:
        terms, ranked = search_site(request, query)
        paginator = Paginator(ranked, RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results = paginator.page(1)
        except EmptyPage:
            results = paginator.page(paginator.num_pages)
        lines = result_lines(request, terms, list(results))
    return TemplateResponse(
        request, "pages/search.html", {"query": query, "results": results, "lines": lines}
    )


@require_GET
def sitemap(request: HttpRequest) -> TemplateResponse:
    """Every live public page of this site in every language, with hreflang alternates."""
    site = Site.find_for_request(request)
    entries = []
    if site is not None:
        homes = list(site.root_page.get_translations(inclusive=True).only("path"))
        in_any_tree = Q()
        for home in homes:
            in_any_tree |= Q(path__startswith=home.path)
        pages = list(
            Page.objects.live()
            .public()
            .filter(in_any_tree)
            .select_related("locale")
            .defer_streamfields()
            .order_by("path")
        )
        groups: dict = defaultdict(list)
        for page in pages:
            groups[page.translation_key].append(page)
        for page in pages:
            alternates = [
                (other.locale.language_code, other.get_full_url(request))
                for other in groups[page.translation_key]
            ]
            entries.append(
                {
                    "location": page.get_full_url(request),
                    "lastmod": page.last_published_at or page.latest_revision_created_at,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
    return TemplateResponse(
        request, "sitemap.xml", {"entries": entries}, content_type="application/xml"
    )


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
