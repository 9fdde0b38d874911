"""Facts about a date that registration decides on: its seats, its deadline, how many
people one registration may bring, and whether it is open.

Seats count people: a registration holds ``party_size`` seats once confirmed. The rules
that change a registration (``hub.events.services``) call these under the date's row lock;
pages call them to show the figures.
"""

from datetime import datetime, timedelta

from django.db.models import Count, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from hub.events.models import EventPage, Occurrence, Registration

Status = Registration.Status


def event_page(occurrence: Occurrence) -> EventPage | None:
    """The event's page in its source language (the copy authored first): capacity and
    deadline are synchronised to every translation, so the source decides."""
    return EventPage.objects.filter(translation_key=occurrence.event_key).order_by("pk").first()


def capacity(occurrence: Occurrence, page: EventPage | None = None) -> int | None:
    """Seats of the date: its own limit, else the event's; None means no limit."""
    if occurrence.capacity is not None:
        return occurrence.capacity
    page = page or event_page(occurrence)
    return page.capacity if page is not None else None


def registration_deadline(occurrence: Occurrence, page: EventPage | None = None) -> datetime:
    """When registration closes: the date's own deadline, else the event's rule."""
    if occurrence.registration_closes_at is not None:
        return occurrence.registration_closes_at
    page = page or event_page(occurrence)
    hours = page.registration_closes_hours if page is not None else 0
    return occurrence.starts_at - timedelta(hours=hours)


def counts(occurrence: Occurrence) -> dict[str, int]:
    """Registrations of the date by status (every status present, zero if none)."""
    rows = occurrence.registrations.values("status").annotate(n=Count("pk"))
    found = {row["status"]: row["n"] for row in rows}
    return {status: found.get(status, 0) for status in Status.values}


def seats_taken(occurrence: Occurrence) -> int:
    """People in the confirmed registrations of the date."""
    taken = occurrence.registrations.filter(status=Status.CONFIRMED).aggregate(
        people=Sum("party_size")
    )["people"]
    return taken or 0


def seats_left(occurrence: Occurrence, page: EventPage | None = None) -> int | None:
    """Free seats (never negative), or None when the date has no limit."""
    limit = capacity(occurrence, page)
    if limit is None:
        return None
    return max(limit - seats_taken(occurrence), 0)


def max_party_size(occurrence: Occurrence, page: EventPage | None = None) -> int:
    """How many people one registration may be for: the event's limit, never more than
    the date's seats (a party larger than the room would wait for ever)."""
    page = page or event_page(occurrence)
    largest = max(page.max_party_size, 1) if page is not None else 1
    limit = capacity(occurrence, page)
    return largest if limit is None else max(min(largest, limit), 1)


def party_size_error(size: int, largest: int) -> str:
    """The message for a number of people outside 1..``largest``, or "" when it fits."""
    if 1 <= size <= largest:
        return ""
    if largest == 1:
        return _("Each person registers on their own for this event.")
    return _("Please enter a number from 1 to %(largest)s.") % {"largest": largest}


def closed_reason(
    occurrence: Occurrence, page: EventPage | None = None, now: datetime | None = None
) -> str:
    """Why nobody can register for the date any more, or "" when registration is open."""
    now = now or timezone.now()
    page = page or event_page(occurrence)
    if page is None or not page.registration_required:
        return _("No registration is needed for this event.")
    if occurrence.is_cancelled:
        return _("This date has been cancelled.")
    if occurrence.starts_at <= now:
        return _("This date is over.")
    if registration_deadline(occurrence, page) <= now:
        return _("Registration for this date has closed.")
    return ""
