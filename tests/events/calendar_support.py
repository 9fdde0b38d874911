"""Looking up what the event factories made: a calendar's copy in a language, an event's
occurrences, and the next date on a weekday."""

from datetime import date, timedelta

from django.utils import timezone

from hub.events.models import EventIndexPage, EventPage, Occurrence


def calendar_in(calendar: EventIndexPage, code: str) -> EventIndexPage:
    """The calendar's live copy in language ``code``."""
    return EventIndexPage.objects.get(
        translation_key=calendar.translation_key, locale__language_code=code
    )


def next_weekday(weekday: int, after: date | None = None) -> date:
    """The first date strictly after ``after`` (default: today) on ``weekday`` (Mon=0)."""
    day = (after or timezone.localdate()) + timedelta(days=1)
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def occurrences(page: EventPage):
    """The event's occurrences, in date order."""
    return Occurrence.objects.filter(event_key=page.translation_key).order_by("starts_at")
