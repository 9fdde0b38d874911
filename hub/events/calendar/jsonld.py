"""schema.org ``Event`` data of one date, so that search engines and maps list it.

Times carry their UTC offset (``2026-12-01T18:00:00+01:00``); a moved date is
``EventRescheduled`` with ``previousStartDate``, a cancelled one ``EventCancelled``. An
online-only event has a ``VirtualLocation``, a hybrid one both locations. ``offers``
says whether seats are left — registration is free.
"""

from django.http import HttpRequest
from django.utils import timezone

from hub.core.jsonld import IMAGE_SPEC, compact
from hub.events.models import EventPage, Occurrence
from hub.snippets.terms import Term

STATUS = {
    Occurrence.Status.SCHEDULED: "https://schema.org/EventScheduled",
    Occurrence.Status.MOVED: "https://schema.org/EventRescheduled",
    Occurrence.Status.CANCELLED: "https://schema.org/EventCancelled",
}


def _iso(moment) -> str:
    return timezone.localtime(moment).isoformat()


def _locations(page: EventPage) -> list[dict]:
    locations = []
    address = compact(
        {
            "@type": "PostalAddress",
            "streetAddress": page.street_address,
            "postalCode": page.postal_code,
            "addressLocality": page.locality,
        }
    )
    if page.venue_name or len(address) > 1:
        locations.append(
            compact(
                {
                    "@type": "Place",
                    "name": page.venue_name,
                    "address": address if len(address) > 1 else {},
                }
            )
        )
    if page.online_url:
        locations.append({"@type": "VirtualLocation", "url": page.online_url})
    return locations


def _attendance_mode(page: EventPage, locations: list[dict]) -> str:
    online = bool(page.online_url)
    offline = len(locations) > int(online)
    if online and offline:
        return "https://schema.org/MixedEventAttendanceMode"
    if online:
        return "https://schema.org/OnlineEventAttendanceMode"
    return "https://schema.org/OfflineEventAttendanceMode"


def event_data(
    page: EventPage,
    occurrence: Occurrence,
    request: HttpRequest,
    *,
    url: str,
    seats_left: int | None,
    languages: list[Term],
    organiser: dict | None,
) -> dict:
    locations = _locations(page)
    offers = {}
    if page.registration_required and occurrence.status != Occurrence.Status.CANCELLED:
        availability = "https://schema.org/InStock"
        if seats_left == 0:
            availability = "https://schema.org/SoldOut"
        offers = compact(
            {
                "@type": "Offer",
                "url": url,
                "price": "0",
                "priceCurrency": "EUR",
                "availability": availability,
            }
        )
    image = ""
    if page.image is not None:
        image = request.build_absolute_uri(page.image.get_rendition(IMAGE_SPEC).url)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "url": url,
        "image": image,
        "startDate": _iso(occurrence.starts_at),
        "endDate": _iso(occurrence.ends_at),
        "eventStatus": STATUS.get(occurrence.status, STATUS[Occurrence.Status.SCHEDULED]),
        "eventAttendanceMode": _attendance_mode(page, locations),
        "location": locations[0] if len(locations) == 1 else locations,
        "inLanguage": [term.code for term in languages if term.code],
        "isAccessibleForFree": True,
        "offers": offers,
        "remainingAttendeeCapacity": seats_left,
    }
    if occurrence.status == Occurrence.Status.MOVED:
        data["previousStartDate"] = _iso(occurrence.original_start)
    if organiser:
        data["organizer"] = compact(
            {
                "@type": "Organization",
                "name": organiser["title"],
                "url": request.build_absolute_uri(organiser["url"]) if organiser["url"] else "",
            }
        )
    if occurrence.status == Occurrence.Status.CANCELLED:
        data.pop("remainingAttendeeCapacity")
    return compact(data)
