"""Which events and dates a calendar shows, in which language version.

An event exists once across languages but is stored as one page per translation, each
under its language's calendar. Every language's calendar lists every event once
(``hub.core.listing.scope``, the rule of every listing). Dates belong to the event's
``translation_key``, so the shown version's key finds them, whichever language it is in.
Every query here is one SQL statement, however many events or dates exist.
"""

from datetime import datetime

from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone
from wagtail.models import Locale, Page

from hub.core.listing.scope import IndexScope
from hub.events.calendar.filters import OrganiserDimension, TermDimension
from hub.events.models import EventPage, Occurrence, Registration


class CalendarScope(IndexScope):
    """The events under one calendar and its translations, seen from one language."""

    model = EventPage


def dates_of(pages: QuerySet) -> QuerySet:
    """The occurrences of ``pages`` (any language version: the key is shared)."""
    return Occurrence.objects.filter(event_key__in=pages.values("translation_key"))


def upcoming(occurrences: QuerySet, now: datetime | None = None) -> QuerySet:
    """Dates not yet over, soonest first (a meeting running now is still upcoming)."""
    return occurrences.filter(ends_at__gt=now or timezone.now()).order_by("starts_at", "pk")


def past(occurrences: QuerySet, now: datetime | None = None) -> QuerySet:
    return occurrences.filter(ends_at__lte=now or timezone.now()).order_by("-starts_at", "-pk")


def dimension_counts(
    pages: QuerySet, dimension: TermDimension | OrganiserDimension, upcoming_dates: QuerySet
) -> dict[str, int]:
    """Per option of ``dimension``: how many upcoming dates of ``pages`` it would leave.

    Counted in Python over one row per event and one row per link: events are dozens,
    their dates may be thousands, and the queries stay the same three in number.
    """
    per_key = dict(
        upcoming_dates.filter(event_key__in=pages.values("translation_key"))
        .values_list("event_key")
        .annotate(count=Count("pk"))
        .order_by()
    )
    links = dimension.event_links(pages)
    counts: dict[str, int] = {}
    for value, key in set(links):
        counts[value] = counts.get(value, 0) + per_key.get(key, 0)
    return counts


def confirmed_counts(occurrence_ids: list[int]) -> dict[int, int]:
    """People in the confirmed registrations per occurrence (the seats taken), in one
    query: a family registered once takes as many seats as it has members."""
    if not occurrence_ids:
        return {}
    return dict(
        Registration.objects.filter(
            occurrence_id__in=occurrence_ids, status=Registration.Status.CONFIRMED
        )
        .values_list("occurrence_id")
        .annotate(people=Sum("party_size"))
        .order_by()
    )


def organiser_names(organiser_ids: set[int], active: Locale, default: Locale) -> dict[int, Page]:
    """Each organiser page in the visitor's language where translated (two queries)."""
    if not organiser_ids:
        return {}
    organisers = {
        page.pk: page for page in Page.objects.filter(pk__in=organiser_ids).select_related("locale")
    }
    keys = {page.translation_key: pk for pk, page in organisers.items()}
    translated = (
        Page.objects.live()
        .filter(Q(translation_key__in=keys) & Q(locale_id=active.pk))
        .select_related("locale")
    )
    for page in translated:
        organisers[keys[page.translation_key]] = page
    return organisers
