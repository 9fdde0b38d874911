"""What the event and date pages show besides the page's own fields.

``occurrence_context`` is also what the registration view re-renders with a bound form,
so it returns the page's complete template context.
"""

from urllib.parse import urlsplit, urlunsplit

from django.http import HttpRequest
from django.utils import timezone
from wagtail.models import Locale

from hub.core.jsonld import to_script
from hub.core.listing.languages import content_attributes, localized_link, url_for_visitor
from hub.events.calendar.entries import EntryBuilder
from hub.events.calendar.filters import calendar_catalogues
from hub.events.calendar.jsonld import event_data
from hub.events.calendar.queries import upcoming
from hub.events.models import EventIndexPage, EventPage, Occurrence
from hub.events.recurrence import describe_schedule
from hub.events.registration.views import registration_context

# Dates listed on an event page; the feed and the calendar hold the rest.
EVENT_PAGE_DATES = 12


def webcal(url: str) -> str:
    """The ``webcal://`` form of an absolute feed URL: calendar apps subscribe to it."""
    parts = urlsplit(url)
    return urlunsplit(("webcal", *parts[1:]))


def feed_links(request: HttpRequest, feed_path: str) -> dict[str, str]:
    url = request.build_absolute_uri(feed_path)
    return {"feed_url": url, "feed_path": feed_path, "webcal_url": webcal(url)}


def calendar_route(name: str) -> str:
    return EventIndexPage.get_resolver().reverse(name)


def event_route(name: str, *args) -> str:
    return EventPage.get_resolver().reverse(name, *args)


def event_context(request: HttpRequest, page: EventPage) -> dict:
    """The page's own context plus everything both the event and the date pages show."""
    active = Locale.get_active()
    terms = calendar_catalogues(active)
    context = page.get_context(request)
    event_url = url_for_visitor(page, active, request)
    calendar = page.get_parent().specific
    calendar_url = url_for_visitor(calendar.localized, active, request)
    languages = terms["language"].linked(page.spoken_languages.all())
    builder = EntryBuilder(EventPage.objects.filter(pk=page.pk), request, active, terms)
    dates = list(
        upcoming(Occurrence.objects.filter(event_key=page.translation_key))[:EVENT_PAGE_DATES]
    )
    entries = builder.build(dates)
    organiser = localized_link(page.organiser, active, request)
    context.update(
        {
            "content_attrs": content_attributes(page, active),
            "event_url": event_url,
            "calendar_url": calendar_url,
            "archive_url": calendar_url + calendar_route("archive_route"),
            "categories": terms["category"].linked(page.categories.all()),
            "spoken_languages": languages,
            "organiser": organiser,
            "schedule": describe_schedule(page),
            "entries": entries,
            "has_more_dates": len(entries) == EVENT_PAGE_DATES,
            **feed_links(request, event_url + event_route("feed_route")),
        }
    )
    context["json_ld"] = to_script(
        [
            event_data(
                page,
                entry.occurrence,
                request,
                url=request.build_absolute_uri(entry.url),
                seats_left=entry.seats_left,
                languages=languages,
                organiser=organiser,
            )
            for entry in entries
        ]
    )
    return context


def occurrence_context(request: HttpRequest, page: EventPage, occurrence: Occurrence) -> dict:
    """Everything ``events/occurrence.html`` needs for one date of ``page``."""
    context = event_context(request, page)
    active = Locale.get_active()
    builder = EntryBuilder(
        EventPage.objects.filter(pk=page.pk), request, active, calendar_catalogues(active)
    )
    entry = builder.build([occurrence])[0]
    context.update(
        {
            "occurrence": occurrence,
            "entry": entry,
            "other_entries": [e for e in context["entries"] if e.occurrence.pk != occurrence.pk][
                :5
            ],
            "is_past": occurrence.ends_at <= timezone.now(),
            "occurrence_url": entry.url,
        }
    )
    context["json_ld"] = to_script(
        event_data(
            page,
            occurrence,
            request,
            url=request.build_absolute_uri(entry.url),
            seats_left=entry.seats_left,
            languages=context["spoken_languages"],
            organiser=context["organiser"],
        )
    )
    context.update(registration_context(request, page, occurrence))
    return context
