"""The finder's list of offices, its filter form and the data of its map."""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from wagtail.models import Locale

from hub.core.i18n import redirect_to_translation
from hub.core.jsonld import to_script
from hub.network.finder.entries import (
    OPEN_PARAM,
    Entry,
    FinderState,
    build_chips,
    build_entries,
    build_facets,
    open_count,
    read_state,
    reading_order,
)
from hub.network.finder.scope import organisations, site_roots
from hub.network.models import FindHelpPage
from hub.network.organisation_page import OfficeView, language_names, name_languages, office_view
from hub.pages.initiatives.directory.listing import paginate, url_for_visitor
from hub.pages.initiatives.directory.terms import Term, TermCatalogue
from hub.snippets.models import Category, District

PER_PAGE = 20


@dataclass(frozen=True)
class Row:
    """One office in the list; ``lang`` is its organisation's language when that is not
    the visitor's (an organisation not yet translated is shown in German)."""

    view: OfficeView
    organisation: object
    url: str
    lang: str
    district: Term | None


def dimension_terms(entries: list[Entry], active: Locale, default: Locale) -> dict:
    """Per dimension parameter, its terms by value in the visitor's language."""
    codes = {code for entry in entries for code in entry.languages}
    languages = language_names(codes, active, default)
    catalogues = {
        "service": TermCatalogue(Category, active, default),
        "district": TermCatalogue(District, active, default),
    }
    terms = {param: {t.slug: t for t in c.all()} for param, c in catalogues.items()}
    terms["language"] = languages
    return terms


def organisation_urls(entries: list[Entry], active: Locale, request: HttpRequest) -> dict:
    """The URL of each organisation under the visitor's language prefix, by pk."""
    urls = {}
    for entry in entries:
        page = entry.organisation
        if page.pk not in urls:
            urls[page.pk] = url_for_visitor(page, active, request)
    return urls


def build_rows(
    entries: list[Entry], now: datetime, active: Locale, default: Locale, urls, districts
) -> list[Row]:
    views = [office_view(entry.organisation, entry.office, now) for entry in entries]
    name_languages(views, active, default)
    return [
        Row(
            view=view,
            organisation=entry.organisation,
            url=urls[entry.organisation.pk],
            lang=""
            if entry.organisation.locale_id == active.pk
            else entry.organisation.locale.language_code,
            district=districts.get(entry.district),
        )
        for entry, view in zip(entries, views, strict=True)
    ]


def one_line_address(office) -> str:
    """ "Nordplatz 1, 12345 Lindenstadt", without the parts the office has not given."""
    town = " ".join(part for part in (office.postal_code, office.locality) if part)
    return ", ".join(part for part in (office.street_address, town) if part)


def map_data(entries: list[Entry], urls: dict, active: Locale) -> SafeString | None:
    """What finder.js needs for the map, as JSON for a ``<script>`` island; ``None`` when
    the map is switched off (no tile URL) or no result has coordinates."""
    markers = [
        {
            "lat": float(entry.office.latitude),
            "lon": float(entry.office.longitude),
            "office": entry.office.name,
            "organisation": entry.organisation.title,
            "address": one_line_address(entry.office),
            "url": urls[entry.organisation.pk],
            "lang": ""
            if entry.organisation.locale_id == active.pk
            else entry.organisation.locale.language_code,
        }
        for entry in entries
        if entry.has_coordinates
    ]
    if not settings.HUB_MAP_TILE_URL or not markers:
        return None
    return to_script(
        {
            "tiles": {
                "url": settings.HUB_MAP_TILE_URL,
                "attribution": settings.HUB_MAP_ATTRIBUTION,
            },
            "icons": {
                "iconUrl": static("vendor/leaflet/images/marker-icon.png"),
                "iconRetinaUrl": static("vendor/leaflet/images/marker-icon-2x.png"),
                "shadowUrl": static("vendor/leaflet/images/marker-shadow.png"),
            },
            "labels": {"link": _("Go to the organisation")},
            "markers": markers,
        }
    )


def finder(request: HttpRequest, page: FindHelpPage, now: datetime | None = None) -> HttpResponse:
    """Offices matching the visitor's need, district, language and "open now"."""
    redirect = redirect_to_translation(request, page)
    if redirect is not None:
        return redirect
    now = now or timezone.now()
    active, default = Locale.get_active(), Locale.get_default()
    entries = build_entries(organisations(site_roots(request, page), active, default), now)
    terms = dimension_terms(entries, active, default)
    state = read_state(request.GET, {param: set(values) for param, values in terms.items()})
    facets = build_facets(entries, state, terms)
    matching = reading_order([entry for entry in entries if state.matches(entry)], active.pk)
    paginator = Paginator(matching, PER_PAGE)
    results = paginator.get_page(request.GET.get("page"))
    urls = organisation_urls(matching, active, request)
    base_url = url_for_visitor(page, active, request)

    context = page.get_context(request)
    context.update(
        {
            "finder_url": base_url,
            "json_url": base_url + page.reverse_subpage("json_export_route"),
            "csv_url": base_url + page.reverse_subpage("csv_export_route"),
            "filters": state,
            "facets": facets,
            "open_param": OPEN_PARAM,
            "open_count": open_count(entries, state),
            "chips": build_chips(facets, state, base_url),
            "rows": build_rows(
                list(results.object_list), now, active, default, urls, terms["district"]
            ),
            "result_count": paginator.count,
            "pagination": paginate(results, base_url, state),
            "closed_count": closed_count(entries, state),
            "without_open_url": base_url + state.querystring(drop=OPEN_PARAM),
            "map_data": map_data(matching, urls, active),
        }
    )
    return TemplateResponse(request, "network/find_help_page.html", context)


def closed_count(entries: list[Entry], state: FinderState) -> int:
    """With "open now only": how many more offices match when opening hours are ignored."""
    if not state.open_now:
        return 0
    return sum(
        1 for entry in entries if not entry.is_open and state.matches(entry, skip=OPEN_PARAM)
    )
