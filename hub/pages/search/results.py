"""What the search page lists: every matching page once, in the visitor's language where
it exists, else in the language it was written in, with a clean excerpt.

A page is one page across languages: its versions are matched together (someone reading
Arabic may know an office by its German name) and it is listed once, in the version a
listing would show (``hub.core.listing.languages.one_version_each``); a version in the
visitor's language that matches itself ranks above one found through another language.
A page with no version in the visitor's language opens under the visitor's prefix, with
the fallback notice (``HomePage.route``).
"""

from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils.safestring import SafeString
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page, Site

from hub.core.i18n import lang_dir_attributes
from hub.core.listing.languages import one_version_each, url_for_visitor
from hub.core.listing.ordering import collation_key
from hub.core.listing.scope import descendants_q
from hub.core.search.excerpt import excerpt
from hub.pages.models import SearchEntry
from hub.pages.search.finding import Hit, find, marks

# A version found only through another language's text ranks below one that matches.
OTHER_VERSION_FACTOR = 0.5


@dataclass(frozen=True)
class Ranked:
    """A matching page: the version to show and how well the page matched."""

    page_id: int
    score: float
    title: str


@dataclass(frozen=True)
class Result:
    """One line of the search results."""

    url: str
    title: str
    excerpt: SafeString
    language: str
    language_name: str
    text_attrs: SafeString
    is_foreign: bool


def site_pages(request: HttpRequest) -> QuerySet:
    """The live, public pages of the request's site, in every language."""
    site = Site.find_for_request(request)
    if site is None:
        return Page.objects.none()
    root = site.root_page
    roots = [root, *root.get_translations(inclusive=False).only("path", "depth")]
    in_site = descendants_q(roots) | Q(pk__in=[page.pk for page in roots])
    return Page.objects.live().public().filter(in_site)


def rank(hits: list[Hit], pages: QuerySet, active: Locale) -> list[Ranked]:
    """One entry per matching page, best first (then by title, as a reader sorts)."""
    best: dict = {}
    for hit in hits:
        best[hit.translation_key] = {**best.get(hit.translation_key, {}), hit.page_id: hit.score}
    shown = one_version_each(pages, active, Locale.get_default()).filter(
        translation_key__in=list(best)
    )
    ranked = []
    for page_id, key, title in shown.values_list("pk", "translation_key", "title"):
        scores = best[key]
        other = (
            max(score for pk, score in scores.items() if pk != page_id) if len(scores) > 1 else 0
        )
        score = max(scores.get(page_id, 0), other * OTHER_VERSION_FACTOR)
        ranked.append(Ranked(page_id, score, title))
    return sorted(ranked, key=lambda r: (-r.score, collation_key(r.title), r.page_id))


def search_site(request: HttpRequest, query: str) -> tuple[list, list[Ranked]]:
    """The terms of ``query`` and the matching pages of the request's site, ranked."""
    pages = site_pages(request)
    terms, hits = find(query, pages)
    return terms, rank(hits, pages, Locale.get_active()) if hits else []


def _url(page: Page, active: Locale, default: Locale, request: HttpRequest) -> str:
    """Under the visitor's prefix for a translation or a source-language page; a page
    written in a third language only has its own address."""
    if page.locale_id in (active.pk, default.pk):
        return url_for_visitor(page, active, request)
    return page.get_url(request)


def results(request: HttpRequest, terms: list, ranked: list[Ranked]) -> list[Result]:
    """The ``Result`` lines of one page of ``ranked`` (two queries however many)."""
    active = Locale.get_active()
    default = Locale.get_default()
    pks = [item.page_id for item in ranked]
    pages = Page.objects.filter(pk__in=pks).select_related("locale").defer_streamfields()
    by_pk = {page.pk: page for page in pages}
    texts = dict(SearchEntry.objects.filter(page_id__in=pks).values_list("page_id", "text"))
    matches = marks(terms)
    lines = []
    for pk in pks:
        page = by_pk[pk]
        code = page.locale.language_code
        lines.append(
            Result(
                url=_url(page, active, default, request),
                title=page.title,
                excerpt=excerpt(texts.get(pk, ""), matches),
                language=code,
                language_name=str(get_language_info(code)["name_translated"]),
                text_attrs=lang_dir_attributes(code),
                is_foreign=page.locale_id != active.pk,
            )
        )
    return lines
