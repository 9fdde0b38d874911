"""What the demo calendar consists of, independent of the database.

Like the initiatives (``directory_specs``), an event is written once per language as a
whole (``EventText``) and ``EventSpec.texts`` pairs the versions segment by segment.
Dates are not written down but derived from the day the demo is loaded, so the calendar
always has upcoming dates; ``EventSpec.first_date`` keeps a stored date that still fits,
so that loading the demo again next week changes nothing.
"""

import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from hub.demo.specs import Paragraph, stable_uuid
from hub.demo.texts import TRANSLATED_LANGUAGES, Text, field_of
from hub.events.models import Repeat

WEDNESDAY, THURSDAY, SATURDAY = 2, 3, 5
TUESDAY = 1


def first_weekday_of_month(day: date, weekday: int) -> date:
    first = day.replace(day=1)
    return first + timedelta(days=(weekday - first.weekday()) % 7)


def weekday_after(day: date, weekday: int, days: int) -> date:
    """The first ``weekday`` at least ``days`` days after ``day``."""
    start = day + timedelta(days=days)
    return start + timedelta(days=(weekday - start.weekday()) % 7)


def summer_saturday(day: date) -> date:
    """The second Saturday of June, this year's if it is still ahead, else next year's."""
    this_year = first_weekday_of_month(date(day.year, 6, 1), SATURDAY) + timedelta(days=7)
    if this_year > day:
        return this_year
    return first_weekday_of_month(date(day.year + 1, 6, 1), SATURDAY) + timedelta(days=7)


@dataclass(frozen=True)
class CalendarSpec:
    key: str
    title: Text
    slug: Text
    intro: Paragraph
    # The demo page (directory) after which the calendar appears in the menu.
    after: str

    def texts(self) -> Iterator[Text]:
        yield from (self.title, self.slug, *self.intro.texts())


@dataclass(frozen=True)
class EventText:
    """An event in one language; ``description`` is a tuple of paragraphs."""

    title: str
    slug: str
    summary: str
    description: tuple[str, ...]
    venue_name: str = ""
    directions: str = ""
    accessibility: str = ""


_PLAIN_FIELDS = ("title", "slug", "summary", "venue_name", "directions", "accessibility")


@dataclass(frozen=True)
class Venue:
    street_address: str
    postal_code: str
    locality: str = "Lindenstadt"


@dataclass(frozen=True)
class EventSpec:
    key: str
    de: EventText
    # The day the demo is loaded -> the first date (for a series, a date the rule yields).
    date_rule: Callable[[date], date]
    start_time: time
    end_time: time
    venue: Venue
    repeat: str = Repeat.NEVER
    organiser: str = ""  # key of a demo initiative
    categories: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    interpretation: bool = False
    registration_required: bool = True
    capacity: int | None = None
    en: EventText | None = None
    ar: EventText | None = None
    fa: EventText | None = None
    fr: EventText | None = None
    easy: EventText | None = None  # Easy German

    def __post_init__(self) -> None:
        for code in self.translated_into:
            version = getattr(self, field_of(code))
            for name in _PLAIN_FIELDS:
                if bool(getattr(version, name)) != bool(getattr(self.de, name)):
                    raise ValueError(f"{self.key}: {code} {name} is empty where German is not")
            if len(version.description) != len(self.de.description):
                raise ValueError(f"{self.key}: {code} description has another number of parts")

    @property
    def translation_key(self) -> uuid.UUID:
        return stable_uuid(f"event:{self.key}")

    @property
    def translated_into(self) -> tuple[str, ...]:
        return tuple(
            code for code in TRANSLATED_LANGUAGES if getattr(self, field_of(code)) is not None
        )

    def first_date(self, today: date, stored: date | None) -> date:
        """The stored date while it still fits, else one derived from ``today``.

        A series keeps a first date its rule would produce (the series goes on from
        there); a single event keeps its date until it has passed.
        """
        if stored is None:
            return self.date_rule(today)
        if self.repeat == Repeat.NEVER:
            return stored if stored >= today else self.date_rule(today)
        return stored if self.date_rule(stored) == stored else self.date_rule(today)

    def texts(self) -> Iterator[Text]:
        codes = self.translated_into
        for name in _PLAIN_FIELDS:
            if getattr(self.de, name):
                parts = {
                    field_of(code): getattr(getattr(self, field_of(code)), name) for code in codes
                }
                yield Text(de=getattr(self.de, name), **parts)
        for index, german in enumerate(self.de.description):
            parts = {
                field_of(code): getattr(self, field_of(code)).description[index] for code in codes
            }
            yield Text(de=german, html=True, **parts)

    def values(self, today: date, stored: date | None) -> dict[str, object]:
        """The German page's own fields; taxonomy terms and the organiser are set apart."""
        return {
            "title": self.de.title,
            "slug": self.de.slug,
            "summary": self.de.summary,
            "description": "".join(f"<p>{part}</p>" for part in self.de.description),
            "venue_name": self.de.venue_name,
            "street_address": self.venue.street_address,
            "postal_code": self.venue.postal_code,
            "locality": self.venue.locality,
            "directions": self.de.directions,
            "accessibility": self.de.accessibility,
            "starts_on": self.first_date(today, stored),
            "start_time": self.start_time,
            "end_time": self.end_time,
            "repeat": self.repeat,
            "interpretation": self.interpretation,
            "registration_required": self.registration_required,
            "capacity": self.capacity,
        }


@dataclass(frozen=True)
class RegistrantSpec:
    """A person registered for a demo date; found again by e-mail address and date."""

    name: str
    email: str
    language: str
    organisation: str = ""
    interpretation_into: str = ""
    # The language's code when picked from the event's list (the e-mails name it).
    interpretation_code: str = ""
    accessibility_needs: str = ""
    waitlisted: bool = False
    # People the registration is for (a family registers once); all count against seats.
    party_size: int = 1


@dataclass(frozen=True)
class CancelledDate:
    """The next date in ``month`` of the series ``event`` (a key) does not take place.

    ``reason`` is in the source language, ``reason_translations`` maps the other
    languages' codes to the reason in them.
    """

    event: str
    month: int
    reason: str
    reason_translations: Mapping[str, str] = field(default_factory=dict)
