"""The routes of the calendar page (upcoming dates, month grid, archive) and of an event
page (the event, one date)."""

from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.models import Locale

from hub.core.i18n import redirect_to_translation
from hub.core.listing.facets import build_chips
from hub.core.listing.languages import url_for_visitor
from hub.core.listing.pagination import paginate_request
from hub.core.listing.state import apply_filters
from hub.events.calendar.context import (
    calendar_route,
    event_context,
    event_route,
    feed_links,
    occurrence_context,
)
from hub.events.calendar.entries import EntryBuilder
from hub.events.calendar.facets import build_facets
from hub.events.calendar.filters import (
    DIMENSIONS,
    MONTH_PARAM,
    ORGANISER,
    calendar_catalogues,
    read_filters,
)
from hub.events.calendar.month import build_month, current_month, month_bounds
from hub.events.calendar.queries import CalendarScope, dates_of, past, upcoming
from hub.events.models import EventIndexPage, EventPage, Occurrence
from hub.snippets.terms import known_slugs

PER_PAGE = 20
ARCHIVE_PER_PAGE = 30


def _month_url(base_url: str, state, month) -> str:
    return base_url + state.with_month(month).querystring()


def calendar(request: HttpRequest, index: EventIndexPage) -> HttpResponse:
    """Upcoming dates as a list, or one month as a grid (``?month=2026-12``)."""
    redirect = redirect_to_translation(request, index)
    if redirect is not None:
        return redirect
    scope = CalendarScope(index, Locale.get_active())
    terms = calendar_catalogues(scope.active)
    shown = scope.shown()
    builder = EntryBuilder(shown, request, scope.active, terms)
    organisers = builder.organisers
    known = known_slugs(terms) | {ORGANISER.param: {str(pk) for pk in organisers}}
    state = read_filters(request.GET, known)
    now = timezone.now()
    coming = upcoming(dates_of(shown), now)
    facets = build_facets(shown, coming, state, terms, organisers, scope.active)
    selected = dates_of(apply_filters(shown, state, DIMENSIONS))
    base_url = url_for_visitor(index, scope.active, request)
    list_state = state.with_month(None)

    context = index.get_context(request)
    context.update(
        {
            "filters": state,
            "facets": [facet for facet in facets if facet.options],
            "chips": build_chips(facets, state, base_url),
            "calendar_url": base_url,
            "reset_url": base_url + (f"?{MONTH_PARAM}={state.month:%Y-%m}" if state.month else ""),
            "archive_url": base_url + calendar_route("archive_route"),
            "list_url": base_url + list_state.querystring(),
            "month_view_url": _month_url(base_url, state, state.month or current_month()),
            **feed_links(
                request, base_url + calendar_route("feed_route") + list_state.querystring()
            ),
        }
    )
    if state.month:
        start, end = month_bounds(state.month)
        dates = list(
            selected.filter(starts_at__gte=start, starts_at__lt=end).order_by("starts_at", "pk")
        )
        grid = build_month(state.month, builder.build(dates))
        context.update(
            {
                "view": "month",
                "grid": grid,
                "result_count": len(dates),
                "previous_month_url": _month_url(base_url, state, grid.previous_month),
                "next_month_url": _month_url(base_url, state, grid.next_month),
                "this_month_url": _month_url(base_url, state, current_month()),
            }
        )
    else:
        pagination = paginate_request(
            upcoming(selected, now), PER_PAGE, request, base_url, list_state
        )
        context.update(
            {
                "view": "list",
                "entries": builder.build(pagination.items),
                "result_count": pagination.count,
                "pagination": pagination,
            }
        )
    return TemplateResponse(request, "events/event_index_page.html", context)


def archive(request: HttpRequest, index: EventIndexPage) -> HttpResponse:
    """Past dates, the most recent first."""
    redirect = redirect_to_translation(request, index, calendar_route("archive_route"))
    if redirect is not None:
        return redirect
    scope = CalendarScope(index, Locale.get_active())
    shown = scope.shown()
    builder = EntryBuilder(shown, request, scope.active, calendar_catalogues(scope.active))
    base_url = url_for_visitor(index, scope.active, request)
    archive_url = base_url + calendar_route("archive_route")
    pagination = paginate_request(
        past(dates_of(shown)), ARCHIVE_PER_PAGE, request, archive_url, None
    )
    context = index.get_context(request)
    context.update(
        {
            "calendar_url": base_url,
            "archive_url": archive_url,
            "entries": builder.build(pagination.items),
            "result_count": pagination.count,
            "pagination": pagination,
        }
    )
    return TemplateResponse(request, "events/archive.html", context)


def event(request: HttpRequest, page: EventPage) -> HttpResponse:
    redirect = redirect_to_translation(request, page)
    if redirect is not None:
        return redirect
    return TemplateResponse(request, "events/event_page.html", event_context(request, page))


def occurrence(request: HttpRequest, page: EventPage, occurrence_id: int) -> HttpResponse:
    found = Occurrence.objects.filter(pk=occurrence_id, event_key=page.translation_key).first()
    if found is None:
        raise Http404
    redirect = redirect_to_translation(request, page, event_route("occurrence_route", found.pk))
    if redirect is not None:
        return redirect
    context = occurrence_context(request, page, found)
    return TemplateResponse(request, "events/occurrence.html", context)
