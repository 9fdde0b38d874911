"""The finder's list of offices, its filter form and the data of its map."""

from dataclasses import dataclass, replace
from datetime import datetime

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from wagtail.models import Locale

from hub.core.i18n import redirect_to_translation
from hub.core.jsonld import to_script
from hub.core.listing.languages import foreign_language, url_for_visitor
from hub.core.listing.pagination import paginate_request
from hub.core.listing.scope import site_roots
from hub.network.finder.entries import (
    MEDIATOR_PARAM,
    OPEN_PARAM,
    Entry,
    build_chips,
    build_entries,
    build_facets,
    closed_count,
    matching,
    mediator_count,
    open_count,
    read_filters,
    reading_order,
)
from hub.network.finder.scope import organisations
from hub.network.hours import Need
from hub.network.models import FindHelpPage
from hub.network.organisation_page import OfficeView, language_names, name_languages, office_view
from hub.snippets.models import Category, District
from hub.snippets.site_settings import holidays_for_request
from hub.snippets.terms import Term, term_catalogues

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
    catalogues = term_catalogues({"service": Category, "district": District}, active, default)
    terms = {param: {t.slug: t for t in c.all()} for param, c in catalogues.items()}
    # The language filter's values are codes ("ar"), the same in every language.
    terms["language"] = {code: replace(term, slug=code) for code, term in languages.items()}
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
    entries: list[Entry],
    now: datetime,
    need: Need,
    active: Locale,
    default: Locale,
    urls,
    districts,
) -> list[Row]:
    """The cards of one page; "open until" and "next open" are for the visitor's ``need``."""
    views = [office_view(entry.schedule, entry.office, now, need) for entry in entries]
    name_languages(views, active, default)
    return [
        Row(
            view=view,
            organisation=entry.organisation,
            url=urls[entry.organisation.pk],
            lang=foreign_language(entry.organisation, active),
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
            "lang": foreign_language(entry.organisation, active),
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
    entries = build_entries(
        organisations(site_roots(request, page), active, default),
        now,
        holidays_for_request(request),
    )
    terms = dimension_terms(entries, active, default)
    state = read_filters(request.GET, {param: set(values) for param, values in terms.items()})
    facets = build_facets(entries, state, terms)
    found = reading_order(matching(entries, state), active.pk)
    urls = organisation_urls(found, active, request)
    base_url = url_for_visitor(page, active, request)
    pagination = paginate_request(found, PER_PAGE, request, base_url, state)

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
            "mediator_param": MEDIATOR_PARAM,
            "mediator_count": mediator_count(entries, state),
            "chips": build_chips(facets, state, base_url),
            "rows": build_rows(
                pagination.items, now, state.need(), active, default, urls, terms["district"]
            ),
            "result_count": pagination.count,
            "pagination": pagination,
            "closed_count": closed_count(entries, state),
            "without_open_url": base_url + state.querystring(drop=(OPEN_PARAM, "1")),
            "map_data": map_data(found, urls, active),
        }
    )
    return TemplateResponse(request, "network/find_help_page.html", context)
