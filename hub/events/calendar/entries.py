"""Dates as a list shows them: the event in the visitor's language, status, seats.

A page of entries is built with a fixed number of queries: the shown event versions with
their taxonomies (prefetched once), the dates of the page, and one count of seats taken.
Each entry also knows what a visitor can do about registering for it
(``registration_state``), so that every date of a series has its own button.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from wagtail.models import Locale

from hub.core.listing.cards import with_card_data
from hub.core.listing.languages import foreign_language, url_for_visitor
from hub.events.calendar.queries import confirmed_counts, organiser_names
from hub.events.models import EventPage, Occurrence
from hub.events.seats import registration_deadline
from hub.snippets.terms import Term, TermCatalogue


class RegistrationState:
    """What registering for a date means right now (``Entry.registration_state``)."""

    OPEN = "open"  # seats left: "Register"
    WAITLIST = "waitlist"  # full, still open: "Join the waiting list"
    FULL = "full"  # full and closed: "Fully booked"
    CLOSED = "closed"  # the deadline has passed: "Registration closed"


@dataclass(frozen=True)
class Entry:
    """One date of one event; ``lang`` is the event text's language when not the visitor's."""

    occurrence: Occurrence
    page: EventPage
    url: str
    event_url: str
    lang: str
    starts_at: datetime
    ends_at: datetime
    categories: list[Term]
    languages: list[Term]
    organiser: str
    seats_left: int | None
    # A ``RegistrationState``, or "" where there is nothing to register for (no
    # registration needed, the date cancelled or over).
    registration_state: str = ""

    @property
    def status(self) -> str:
        return self.occurrence.status

    @property
    def is_cancelled(self) -> bool:
        return self.occurrence.status == Occurrence.Status.CANCELLED

    @property
    def is_moved(self) -> bool:
        return self.occurrence.status == Occurrence.Status.MOVED

    @property
    def original_start(self) -> datetime:
        return timezone.localtime(self.occurrence.original_start)

    @property
    def is_full(self) -> bool:
        return self.seats_left == 0

    @property
    def is_past(self) -> bool:
        return self.occurrence.ends_at <= timezone.now()

    @property
    def register_url(self) -> str:
        """The date's page at its registration form."""
        return f"{self.url}#registration"


class EntryBuilder:
    """Builds entries for dates of the events shown in one calendar language.

    ``pages`` is every shown event version (already one per translation key); it is read
    once, with taxonomies, and reused for every list on the page.
    """

    def __init__(
        self,
        pages: QuerySet,
        request: HttpRequest,
        active: Locale,
        catalogues: dict[str, TermCatalogue],
    ) -> None:
        self.request = request
        self.active = active
        self.catalogues = catalogues
        self.pages = {
            page.translation_key: page
            for page in with_card_data(pages, "categories", "spoken_languages")
        }
        organiser_ids = {page.organiser_id for page in self.pages.values() if page.organiser_id}
        self.organisers = organiser_names(organiser_ids, active, Locale.get_default())
        self._urls: dict[int, str] = {}

    def event_url(self, page: EventPage) -> str:
        if page.pk not in self._urls:
            self._urls[page.pk] = url_for_visitor(page, self.active, self.request)
        return self._urls[page.pk]

    def organiser_title(self, page: EventPage) -> str:
        organiser = self.organisers.get(page.organiser_id)
        return organiser.title if organiser is not None else ""

    def build(self, occurrences: list[Occurrence]) -> list[Entry]:
        taken = confirmed_counts([occurrence.pk for occurrence in occurrences])
        entries = []
        for occurrence in occurrences:
            page = self.pages.get(occurrence.event_key)
            if page is None:
                continue
            limit = occurrence.capacity if occurrence.capacity is not None else page.capacity
            seats = None
            if limit is not None and page.registration_required:
                seats = max(limit - taken.get(occurrence.pk, 0), 0)
            event_url = self.event_url(page)
            state = registration_state(occurrence, page, seats)
            entries.append(
                Entry(
                    occurrence=occurrence,
                    page=page,
                    url=f"{event_url}{occurrence.pk}/",
                    event_url=event_url,
                    lang=foreign_language(page, self.active),
                    starts_at=timezone.localtime(occurrence.starts_at),
                    ends_at=timezone.localtime(occurrence.ends_at),
                    categories=self.catalogues["category"].linked(page.categories.all()),
                    languages=self.catalogues["language"].linked(page.spoken_languages.all()),
                    organiser=self.organiser_title(page),
                    seats_left=seats,
                    registration_state=state,
                )
            )
        return entries


def registration_state(occurrence: Occurrence, page: EventPage, seats: int | None) -> str:
    """The ``RegistrationState`` of a date with ``seats`` left (None: no limit).

    ``page`` may be any translation: the registration settings are synchronised.
    """
    now = timezone.now()
    if not page.registration_required or occurrence.is_cancelled or occurrence.starts_at <= now:
        return ""
    full = seats == 0
    if registration_deadline(occurrence, page) <= now:
        return RegistrationState.FULL if full else RegistrationState.CLOSED
    return RegistrationState.WAITLIST if full else RegistrationState.OPEN
