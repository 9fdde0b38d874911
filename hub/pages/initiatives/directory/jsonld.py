"""schema.org data of an initiative, so that search engines and maps know what it is.

An initiative run by a member organisation is a ``Project`` (schema.org's "enterprise
planned to achieve a particular aim", an Organization subtype) with the organisation as
``parentOrganization``; one that stands on its own is an ``Organization``.
"""

from django.http import HttpRequest
from django.utils.safestring import SafeString

from hub.core.jsonld import IMAGE_SPEC, compact, to_script
from hub.pages.models import InitiativePage
from hub.snippets.terms import Term


def _address(page: InitiativePage) -> dict:
    return compact(
        {
            "@type": "PostalAddress",
            "streetAddress": page.street_address,
            "postalCode": page.postal_code,
            "addressLocality": page.locality,
        }
    )


def _location(page: InitiativePage, address: dict) -> dict:
    geo = {}
    if page.latitude is not None and page.longitude is not None:
        geo = {
            "@type": "GeoCoordinates",
            "latitude": float(page.latitude),
            "longitude": float(page.longitude),
        }
    if not (page.meeting_place or geo):
        return {}
    return compact({"@type": "Place", "name": page.meeting_place, "address": address, "geo": geo})


def _image_url(page: InitiativePage, request: HttpRequest) -> str:
    if page.image is None:
        return ""
    return request.build_absolute_uri(page.image.get_rendition(IMAGE_SPEC).url)


def initiative_data(
    page: InitiativePage,
    request: HttpRequest,
    *,
    districts: list[Term],
    languages: list[Term],
    organisation: dict | None,
    tags: list[str],
) -> dict:
    address = _address(page)
    codes = [term.code for term in languages if term.code]
    contact = compact(
        {
            "@type": "ContactPoint",
            "name": page.contact_name,
            "email": page.contact_email,
            "telephone": page.contact_phone,
            "availableLanguage": codes,
        }
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Project" if organisation else "Organization",
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "image": _image_url(page, request),
        "address": address if len(address) > 1 else {},
        "location": _location(page, address if len(address) > 1 else {}),
        "email": page.contact_email,
        "telephone": page.contact_phone,
        "contactPoint": contact if len(contact) > 1 else {},
        "sameAs": [page.website] if page.website else [],
        "areaServed": [{"@type": "Place", "name": term.name} for term in districts],
        "knowsLanguage": codes,
        "keywords": ", ".join(tags),
        "dissolutionDate": page.ended_on.isoformat() if page.is_ended and page.ended_on else "",
    }
    if organisation:
        data["parentOrganization"] = {
            "@type": "Organization",
            "name": organisation["title"],
            "url": request.build_absolute_uri(organisation["url"]),
        }
    return compact(data)


def initiative_json_ld(page: InitiativePage, request: HttpRequest, **kwargs) -> SafeString:
    """The JSON-LD text, safe to place inside ``<script type="application/ld+json">``."""
    return to_script(initiative_data(page, request, **kwargs))
