"""What the demo's member organisations consist of, independent of the database.

An organisation is written in German with translations beside each string (``Text``);
it is translated into the languages every one of its strings has. Closures and special
dates are derived from the day the demo is loaded (the next time a fixed day of the
year comes round), so they stay ahead and a rerun on the same day changes nothing.
"""

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from hub.demo.specs import Paragraph, stable_uuid
from hub.demo.texts import Text, languages_of


def t(de: str, en: str | None = None, **others: str) -> Text:
    """A plain segment with the translations it has."""
    return Text(de=de, en=en, **others)


def r(de: str, en: str | None = None, **others: str) -> Text:
    """A rich-text paragraph with the translations it has."""
    return Text(de=de, en=en, html=True, **others)


def next_day_of_year(today: date, month: int, day: int, days: int = 1) -> date:
    """The start of the next ``days``-long stretch beginning on ``month``/``day`` that has
    not ended yet."""
    start = date(today.year, month, day)
    if start + timedelta(days=days - 1) < today:
        start = date(today.year + 1, month, day)
    return start


@dataclass(frozen=True)
class OrganisationIndexSpec:
    key: str
    title: Text
    slug: Text
    intro: Paragraph
    # The demo page (calendar) after which the directory appears in the menu.
    after: str

    def texts(self) -> Iterator[Text]:
        yield from (self.title, self.slug, *self.intro.texts())


@dataclass(frozen=True)
class HoursSpec:
    """Weekly on ``weekdays`` or, with ``ordinal``, monthly on ``weekday``."""

    opens: time
    closes: time
    weekdays: tuple[int, ...] = ()
    ordinal: int | None = None
    weekday: int | None = None
    languages: tuple[str, ...] = ("deutsch",)
    mediator: bool = False
    by_appointment: bool = False


def weekly(days: tuple[int, ...], opens: time, closes: time, *languages: str, **flags) -> HoursSpec:
    return HoursSpec(opens, closes, weekdays=days, languages=languages or ("deutsch",), **flags)


def monthly(
    ordinal: int, weekday: int, opens: time, closes: time, *languages: str, **flags
) -> HoursSpec:
    return HoursSpec(
        opens,
        closes,
        ordinal=ordinal,
        weekday=weekday,
        languages=languages or ("deutsch",),
        **flags,
    )


@dataclass(frozen=True)
class ClosureSpec:
    month: int
    day: int
    days: int
    reason: Text

    def dates(self, today: date) -> tuple[date, date]:
        start = next_day_of_year(today, self.month, self.day, self.days)
        return start, start + timedelta(days=self.days - 1)


@dataclass(frozen=True)
class SpecialDateSpec:
    month: int
    day: int
    opens: time
    closes: time
    languages: tuple[str, ...] = ("deutsch",)
    mediator: bool = False

    def on(self, today: date) -> date:
        return next_day_of_year(today, self.month, self.day)


@dataclass(frozen=True)
class OfficeSpec:
    name: Text
    street_address: str
    district: str
    hours: tuple[HoursSpec, ...]
    transport_hint: Text | None = None
    barrier_free: str = "unknown"
    accessibility_note: Text | None = None
    by_appointment: bool = False
    appointment_note: Text | None = None
    closures: tuple[ClosureSpec, ...] = ()
    special_dates: tuple[SpecialDateSpec, ...] = ()
    opens_on_holidays: bool = False

    def texts(self) -> Iterator[Text]:
        yield self.name
        for text in (self.transport_hint, self.accessibility_note, self.appointment_note):
            if text is not None:
                yield text
        for closure in self.closures:
            yield closure.reason


@dataclass(frozen=True)
class ContactSpec:
    name: str
    role: Text
    email: str = ""
    phone: str = ""
    languages: tuple[str, ...] = ("deutsch",)


@dataclass(frozen=True)
class OrganisationSpec:
    key: str
    title: Text
    slug: Text
    summary: Text
    kind: str
    offices: tuple[OfficeSpec, ...]
    description: tuple[Text, ...] = ()
    services: tuple[str, ...] = ()
    website: str = ""
    contacts: tuple[ContactSpec, ...] = ()
    links: tuple[tuple[Text, str], ...] = field(default=())

    def __post_init__(self) -> None:
        if not 1 <= len(self.offices) <= 4:
            raise ValueError(f"{self.key}: an organisation has one to four offices")

    @property
    def translation_key(self) -> uuid.UUID:
        return stable_uuid(f"organisation:{self.key}")

    def texts(self) -> Iterator[Text]:
        yield from (self.title, self.slug, self.summary, *self.description)
        for office in self.offices:
            yield from office.texts()
        for contact in self.contacts:
            yield contact.role
        for label, _url in self.links:
            yield label

    @property
    def translated_into(self) -> tuple[str, ...]:
        return languages_of(self.texts())
