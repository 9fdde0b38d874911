"""The organisations directory of the current site as open data: JSON-LD and CSV.

Both are routes of the finder page, so they come in the language of the URL (each
organisation in that language where translated, else in German) and are found on the
page. JSON is a schema.org ``ItemList`` of the ``Organization`` objects the organisation
pages embed (``profile.organisation_data``), with every office as a ``Place`` with
address, coordinates and ``openingHoursSpecification``. CSV has one row per office for
spreadsheets. Both are built from a fixed number of queries and may be cached publicly.
"""

import json
from datetime import datetime

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Locale

from hub.core.csv_export import csv_response
from hub.core.i18n import redirect_to_translation
from hub.core.jsonld import IMAGE_SPEC, compact
from hub.core.listing.ordering import collation_key
from hub.core.listing.scope import site_roots
from hub.network import hours
from hub.network.finder.scope import organisations
from hub.network.hours_text import describe_schedule
from hub.network.models import FindHelpPage
from hub.network.organisation_page import OfficeView, language_codes, organisation_data
from hub.snippets.models import Category, District
from hub.snippets.site_settings import holidays_for_request
from hub.snippets.terms import TermCatalogue

MAX_AGE = 15 * 60
CSV_COLUMNS = (
    "organisation",
    "kind",
    "services",
    "office",
    "address",
    "postal_code",
    "town",
    "district",
    "latitude",
    "longitude",
    "hours",
    "languages",
    "website",
    "email",
    "phone",
    "url",
)


def export_organisations(request: HttpRequest, page: FindHelpPage, active: Locale) -> list:
    """The site's organisations, sorted by name, with everything both formats need."""
    images = get_image_model().objects.prefetch_renditions(IMAGE_SPEC)
    found = organisations(
        site_roots(request, page),
        active,
        Locale.get_default(),
        "contact_persons",
        "social_links",
        Prefetch("logo", queryset=images),
    )
    return sorted(found, key=lambda org: (collation_key(org.title), org.pk))


def office_list(organisation, now: datetime, holidays: hours.HolidayCalendar) -> list[OfficeView]:
    today = now.astimezone(hours.zone()).date()
    views = []
    for office in organisation.offices.all():
        schedule = organisation.schedule_for(office, holidays)
        views.append(
            OfficeView(
                office=office,
                hour_lines=describe_schedule(schedule, today=today),
                schedule=schedule,
            )
        )
    return views


def contacts_of(organisation) -> list[dict]:
    """The contact persons in the shape ``organisation_data`` reads."""
    return [{"person": person} for person in organisation.contact_persons.all()]


def _response(response: HttpResponse, disposition: str, filename: str) -> HttpResponse:
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response


def _to_translation(request: HttpRequest, page: FindHelpPage, route: str):
    return redirect_to_translation(request, page, page.reverse_subpage(route))


def json_export(request: HttpRequest, page: FindHelpPage) -> HttpResponse:
    if redirect := _to_translation(request, page, "json_export_route"):
        return redirect
    active = Locale.get_active()
    now = timezone.now()
    holidays = holidays_for_request(request)
    services = TermCatalogue(Category, active, Locale.get_default())
    items = []
    for position, organisation in enumerate(export_organisations(request, page, active), 1):
        data = organisation_data(
            organisation,
            request,
            office_list(organisation, now, holidays),
            contacts_of(organisation),
        )
        data.pop("@context", None)
        data["knowsAbout"] = [term.name for term in services.linked(organisation.services.all())]
        items.append({"@type": "ListItem", "position": position, "item": compact(data)})
    document = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": _("Member organisations and their offices"),
        "url": page.get_full_url(request),
        "inLanguage": active.language_code,
        "numberOfItems": len(items),
        "itemListElement": items,
    }
    response = HttpResponse(
        content_type="application/ld+json; charset=utf-8",
        content=json.dumps(document, ensure_ascii=False, indent=1),
    )
    return _response(response, "inline", f"organisations-{active.language_code}.json")


def csv_rows(request: HttpRequest, page: FindHelpPage, active: Locale):
    """One row per office, as ``CSV_COLUMNS`` names them."""
    default = Locale.get_default()
    services = TermCatalogue(Category, active, default)
    districts = TermCatalogue(District, active, default)
    now = timezone.now()
    holidays = holidays_for_request(request)
    for organisation in export_organisations(request, page, active):
        contacts = contacts_of(organisation)
        first = contacts[0]["person"] if contacts else None
        service_names = "; ".join(
            term.name for term in services.linked(organisation.services.all())
        )
        url = organisation.get_full_url(request)
        for view in office_list(organisation, now, holidays):
            office = view.office
            district = districts.named([office.district.slug] if office.district else [])
            yield {
                "organisation": organisation.title,
                "kind": organisation.kind,
                "services": service_names,
                "office": office.name,
                "address": office.street_address,
                "postal_code": office.postal_code,
                "town": office.locality,
                "district": district[0].name if district else "",
                "latitude": "" if office.latitude is None else f"{office.latitude:.6f}",
                "longitude": "" if office.longitude is None else f"{office.longitude:.6f}",
                "hours": "; ".join(view.hour_lines),
                "languages": " ".join(language_codes(view.schedule)),
                "website": organisation.website,
                "email": first.email if first else "",
                "phone": first.phone if first else "",
                "url": url,
            }


def csv_export(request: HttpRequest, page: FindHelpPage) -> HttpResponse:
    if redirect := _to_translation(request, page, "csv_export_route"):
        return redirect
    active = Locale.get_active()
    filename = f"organisations-{active.language_code}.csv"
    # Safe cells, UTF-8 with BOM: the same rules as every export of the site.
    response = csv_response(
        filename,
        CSV_COLUMNS,
        ([row[column] for column in CSV_COLUMNS] for row in csv_rows(request, page, active)),
    )
    return _response(response, "attachment", filename)
