"""The calendar: event pages (translated content) and the records they share across
languages (occurrences, their minutes and registrations, keyed on the event's
``translation_key``)."""

from hub.events.models.minutes import MeetingMinutes
from hub.events.models.pages import EventIndexPage, EventPage, Repeat
from hub.events.models.records import Occurrence, Registration

__all__ = [
    "EventIndexPage",
    "EventPage",
    "MeetingMinutes",
    "Occurrence",
    "Registration",
    "Repeat",
]
