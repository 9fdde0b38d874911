"""What an organisation page shows besides its own fields: each office's "open now" /
"next open" / "closed — public holiday" status, which language is offered when (named in
the visitor's language), contact persons, the organisation's initiatives and upcoming
event dates, and schema.org ``Organization`` data.

The number of SQL queries does not depend on how many offices, hours or contact persons
an organisation has: the page's children are prefetched once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import prefetch_related_objects
from django.http import HttpRequest
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from wagtail.models import Locale

from hub.core.contact_links import osm_url, tel_href, website_label
from hub.core.jsonld import IMAGE_SPEC, compact, to_script
from hub.core.listing.languages import one_version_each, url_for_visitor
from hub.events.calendar.queries import upcoming
from hub.events.models import EventPage, Occurrence
from hub.network import hours
from hub.network.hours_schema import opening_hours_specification
from hub.network.hours_text import describe_schedule, offered_items, times_offering
from hub.pages.models import InitiativePage
from hub.snippets.models import Category, SpokenLanguage
from hub.snippets.site_settings import holidays_for_request
from hub.snippets.terms import Term, TermCatalogue

MAX_EVENT_DATES = 10
PREFETCH = (
    "offices__hours__languages",
    "offices__closures",
    "offices__special_dates__languages",
    "contact_persons__languages",
    "social_links",
    "services",
)


@dataclass(frozen=True)
class LanguageTimes:
    """A language offered at an office and when: ``times`` lists the slots in words, or
    is empty when every slot offers it."""

    term: Term
    times: list[str]


@dataclass
class OfficeView:
    """One office as a visitor sees it; ``current`` and ``next`` are for ``need`` (the
    language / mediator the visitor chose in the finder), ``holiday`` names the public
    holiday that closes the office today."""

    office: object
    hour_lines: list[str]
    current: hours.Opening | None = None
    next: hours.Opening | None = None
    languages: list[LanguageTimes] = field(default_factory=list)
    mediator: bool = False
    mediator_times: list[str] = field(default_factory=list)
    map_url: str = ""
    schedule: hours.Schedule | None = None
    holiday: str = ""
    need: hours.Need = hours.ANY_NEED
    need_label: str = ""


def prefetch(page) -> None:
    """Load offices, hours, closures, special dates, contacts and links in a fixed number
    of queries (not in a preview: its children live in memory, not in the database)."""
    prefetch_related_objects([page], *PREFETCH)


def language_names(codes: set[str], active: Locale, default: Locale) -> dict[str, Term]:
    """``SpokenLanguage`` terms by ``code`` in the visitor's language, else the source
    language's; one query."""
    if not codes:
        return {}
    best: dict[str, tuple[int, dict]] = {}
    rows = (
        SpokenLanguage.objects.filter(code__in=codes, locale_id__in={active.pk, default.pk})
        .order_by()
        .values("pk", "slug", "name", "sort_order", "code", "name_local", "locale_id")
    )
    for row in rows:
        rank = (0 if row["locale_id"] == active.pk else 1, row["pk"])
        if row["code"] not in best or rank < best[row["code"]][0]:
            best[row["code"]] = (rank, row)
    return {
        code: Term(
            slug=row["slug"],
            name=row["name"],
            sort_order=row["sort_order"],
            lang="" if row["locale_id"] == active.pk else default.language_code,
            code=row["code"],
            name_local=row["name_local"],
        )
        for code, (_rank, row) in best.items()
    }


def office_view(
    schedule: hours.Schedule, office, now: datetime, need: hours.Need = hours.ANY_NEED
) -> OfficeView:
    """One office with its hours in words and its status at ``now`` for ``need``
    (languages unnamed: ``name_languages`` names those of many offices in one query)."""
    today = now.astimezone(hours.zone()).date()
    current = hours.is_open(schedule, now, need)
    return OfficeView(
        office=office,
        hour_lines=describe_schedule(schedule, today=today),
        current=current,
        next=None if current else hours.next_opening(schedule, now, need=need),
        mediator=any(item.mediator for item in offered_items(schedule, today)),
        mediator_times=times_offering(schedule, hours.Need(mediator=True), today),
        map_url=osm_url(office),
        schedule=schedule,
        holiday="" if current else hours.holiday_closure(schedule, today) or "",
        need=need,
    )


def need_label(need: hours.Need, names: dict[str, Term]) -> str:
    """The visitor's choice in words: "Farsi", "Farsi with a language mediator"."""
    language = names[need.language].name if need.language in names else ""
    if language and need.mediator:
        return _("%(language)s with a language mediator") % {"language": language}
    if need.mediator:
        return _("With a language mediator")
    return language


def language_codes(schedule: hours.Schedule) -> list[str]:
    """The codes of the languages offered in any slot or special date, first seen first."""
    items = (*schedule.slots, *schedule.special_dates)
    return list(dict.fromkeys(code for item in items for code in item.languages))


def name_languages(views: list[OfficeView], active: Locale, default: Locale) -> None:
    """Set each view's ``languages`` to its terms in the visitor's language with the
    times each is offered, and ``need_label`` to the chosen need in words (one query)."""
    codes = {code for view in views for code in language_codes(view.schedule)}
    codes |= {view.need.language for view in views if view.need.language}
    names = language_names(codes, active, default)
    for view in views:
        today = timezone.localdate(timezone=hours.zone())
        terms = sorted(
            (names[code] for code in language_codes(view.schedule) if code in names),
            key=lambda term: term.sort_key,
        )
        view.languages = [
            LanguageTimes(term, times_offering(view.schedule, hours.Need(term.code), today))
            for term in terms
        ]
        view.need_label = need_label(view.need, names)


def office_views(
    page,
    now: datetime,
    active: Locale,
    default: Locale,
    holidays: hours.HolidayCalendar = hours.no_holidays,
) -> list[OfficeView]:
    """Every office with its hours in words, its status at ``now`` and its languages."""
    views = [
        office_view(page.schedule_for(office, holidays), office, now)
        for office in page.offices.all()
    ]
    name_languages(views, active, default)
    return views


def contact_views(page, active: Locale, default: Locale) -> list[dict]:
    persons = list(page.contact_persons.all())
    codes = {language.code for person in persons for language in person.languages.all()}
    names = language_names(codes, active, default)
    return [
        {
            "person": person,
            "phone_href": tel_href(person.phone),
            "languages": sorted(
                (names[lang.code] for lang in person.languages.all() if lang.code in names),
                key=lambda term: term.sort_key,
            ),
        }
        for person in persons
    ]


def initiatives_of(page, active: Locale, default: Locale, request: HttpRequest) -> list[dict]:
    """Live initiatives whose organisation is this page or one of its translations, one
    version each (the visitor's language where it exists)."""
    versions = (
        InitiativePage.objects.live()
        .public()
        .filter(organisation__translation_key=page.translation_key)
    )
    shown = one_version_each(versions, active, default).select_related("locale")
    return [
        {"page": initiative, "url": url_for_visitor(initiative, active, request)}
        for initiative in sorted(shown, key=lambda item: (item.title.casefold(), item.pk))
    ]


def events_of(
    page, active: Locale, default: Locale, request: HttpRequest, now: datetime
) -> list[dict]:
    """Upcoming dates of events organised by this page or one of its translations, each
    with the version of its event in the visitor's language where it exists."""
    versions = (
        EventPage.objects.live().public().filter(organiser__translation_key=page.translation_key)
    )
    events = {
        event.translation_key: event
        for event in one_version_each(versions, active, default).select_related("locale")
    }
    if not events:
        return []
    dates = upcoming(Occurrence.objects.filter(event_key__in=list(events)), now)
    return [
        {
            "event": events[occurrence.event_key],
            "occurrence": occurrence,
            "url": url_for_visitor(events[occurrence.event_key], active, request),
        }
        for occurrence in dates[:MAX_EVENT_DATES]
    ]


def _place(view: OfficeView) -> dict:
    office = view.office
    address = compact(
        {
            "@type": "PostalAddress",
            "streetAddress": office.street_address,
            "postalCode": office.postal_code,
            "addressLocality": office.locality,
        }
    )
    geo = {}
    if office.latitude is not None and office.longitude is not None:
        geo = {
            "@type": "GeoCoordinates",
            "latitude": float(office.latitude),
            "longitude": float(office.longitude),
        }
    return compact(
        {
            "@type": "Place",
            "name": office.name,
            "address": address if len(address) > 1 else {},
            "geo": geo,
            "openingHoursSpecification": opening_hours_specification(
                view.schedule, today=timezone.localdate(timezone=hours.zone())
            ),
        }
    )


def organisation_data(page, request: HttpRequest, offices: list[OfficeView], contacts) -> dict:
    first = contacts[0]["person"] if contacts else None
    logo = ""
    if page.logo is not None:
        logo = request.build_absolute_uri(page.logo.get_rendition(IMAGE_SPEC).url)
    same_as = [page.website] if page.website else []
    same_as += [link.url for link in page.social_links.all()]
    return compact(
        {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": page.title,
            "description": page.summary,
            "url": page.get_full_url(request),
            "logo": logo,
            "email": first.email if first else "",
            "telephone": first.phone if first else "",
            "sameAs": same_as,
            "location": [_place(view) for view in offices],
        }
    )


def organisation_json_ld(page, request, offices, contacts) -> SafeString:
    """The JSON-LD text, safe to place inside ``<script type="application/ld+json">``."""
    return to_script(organisation_data(page, request, offices, contacts))


def organisation_context(page, request: HttpRequest, now: datetime | None = None) -> dict:
    now = now or timezone.now()
    if not getattr(request, "is_preview", False):
        prefetch(page)
    active = Locale.get_active()
    default = Locale.get_default()
    offices = office_views(page, now, active, default, holidays_for_request(request))
    contacts = contact_views(page, active, default)
    services = TermCatalogue(Category, active, default).named(
        term.slug for term in page.services.all()
    )
    return {
        "offices": offices,
        "contacts": contacts,
        "services": services,
        "website_label": website_label(page.website),
        "initiatives": initiatives_of(page, active, default, request),
        "events": events_of(page, active, default, request, now),
        "json_ld": organisation_json_ld(page, request, offices, contacts),
    }
