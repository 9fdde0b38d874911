"""What the initiatives directory of the demo consists of, independent of the database.

Taxonomy terms and the directory page are written like the other demo pages: each German
string beside its translations. An initiative is a longer text, so each language's
version of it is written as a whole (``InitiativeText``) and ``InitiativeSpec.texts``
pairs the versions segment by segment; versions of different shapes are an error, found
before anything is stored.
"""

import random
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from hub.demo.specs import Paragraph, stable_uuid
from hub.demo.texts import TRANSLATED_LANGUAGES, Text, field_of
from hub.pages.models.initiatives import InitiativeStatus
from hub.snippets.models import SpokenLanguage, TaxonomyTerm

LOCALITY = "Lindenstadt"
# Telephone numbers in this block are reserved for fiction (Bundesnetzagentur).
PHONE_PREFIX = "+49 30 23125"


@dataclass(frozen=True)
class TermSpec:
    model: type[TaxonomyTerm]
    slug: str
    name: Text
    sort_order: int
    code: str = ""
    name_local: str = ""

    @property
    def key(self) -> str:
        return f"{self.model._meta.model_name}:{self.slug}"

    def texts(self) -> Iterator[Text]:
        yield self.name

    def values(self) -> dict[str, object]:
        values = {"name": self.name.de, "slug": self.slug, "sort_order": self.sort_order}
        if issubclass(self.model, SpokenLanguage):
            values.update(code=self.code, name_local=self.name_local)
        return values


def terms(model: type[TaxonomyTerm], *entries: tuple[str, Text]) -> tuple[TermSpec, ...]:
    """Terms in the order given; gaps in ``sort_order`` leave editors room in between."""
    return tuple(
        TermSpec(model, slug, name, sort_order=(position + 1) * 10)
        for position, (slug, name) in enumerate(entries)
    )


@dataclass(frozen=True)
class Place:
    """Where a district lies: postal code and centre, for plausible addresses."""

    slug: str
    postal_code: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class IndexSpec:
    key: str
    title: Text
    slug: Text
    intro: Paragraph
    archive_intro: Paragraph
    submit_intro: Paragraph
    # The demo page after which the directory appears in the menu.
    after: str

    def texts(self) -> Iterator[Text]:
        yield from (self.title, self.slug)
        for part in (self.intro, self.archive_intro, self.submit_intro):
            yield from part.texts()


@dataclass(frozen=True)
class InitiativeText:
    """An initiative in one language; ``description`` paragraphs and ``involvement`` bullets.

    An ended initiative tells in its description what it did, and leaves out how to join.
    """

    title: str
    slug: str
    summary: str
    description: tuple[str, ...]
    involvement: tuple[str, ...] = ()
    time_commitment: str = ""
    requirements: str = ""
    meeting_place: str = ""


def _bullets(items: tuple[str, ...]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>" if items else ""


_PLAIN_FIELDS = ("title", "slug", "summary", "time_commitment", "requirements", "meeting_place")
_RICH_FIELDS = ("description", "involvement")


@dataclass(frozen=True)
class InitiativeSpec:
    key: str
    de: InitiativeText
    categories: tuple[str, ...]
    target_groups: tuple[str, ...]
    districts: tuple[str, ...]
    languages: tuple[str, ...]
    tags: tuple[str, ...]
    contact: str
    street: str
    en: InitiativeText | None = None
    ar: InitiativeText | None = None
    fa: InitiativeText | None = None
    fr: InitiativeText | None = None
    status: str = InitiativeStatus.ACTIVE
    ended_on: date | None = None
    mailbox: str = ""
    phone: bool = True
    website: bool = True

    def __post_init__(self) -> None:
        ended = self.status == InitiativeStatus.ENDED
        if ended != (self.ended_on is not None):
            raise ValueError(f"{self.key}: an end date belongs to an ended initiative, only")
        if ended and (self.de.involvement or self.de.time_commitment):
            raise ValueError(f"{self.key}: an ended initiative has nothing left to join")
        for code in self.translated_into:
            version = getattr(self, field_of(code))
            for name in _PLAIN_FIELDS:
                if bool(getattr(version, name)) != bool(getattr(self.de, name)):
                    raise ValueError(f"{self.key}: {code} {name} is empty where German is not")
            for name in _RICH_FIELDS:
                if len(getattr(version, name)) != len(getattr(self.de, name)):
                    raise ValueError(f"{self.key}: {code} {name} has another number of parts")

    @property
    def translation_key(self) -> uuid.UUID:
        return stable_uuid(f"initiative:{self.key}")

    @property
    def translated_into(self) -> tuple[str, ...]:
        # Initiatives have no Easy German version (``field_of`` names no field of theirs).
        return tuple(
            code for code in TRANSLATED_LANGUAGES if getattr(self, field_of(code), None) is not None
        )

    def _versions(self, name: str, html: bool) -> Iterator[Text]:
        if html:
            for index, german in enumerate(getattr(self.de, name)):
                parts = {
                    field_of(code): getattr(getattr(self, field_of(code)), name)[index]
                    for code in self.translated_into
                }
                yield Text(de=german, html=True, **parts)
        elif getattr(self.de, name):
            parts = {
                field_of(code): getattr(getattr(self, field_of(code)), name)
                for code in self.translated_into
            }
            yield Text(de=getattr(self.de, name), **parts)

    def texts(self) -> Iterator[Text]:
        for name in _PLAIN_FIELDS:
            yield from self._versions(name, html=False)
        for name in _RICH_FIELDS:
            yield from self._versions(name, html=True)

    def values(self, places: dict[str, Place]) -> dict[str, object]:
        """The German page's own fields; taxonomy terms and tags are set separately.

        Coordinates come from a generator seeded with the street address (initiatives in
        one building share a point on the map), the phone extension from one seeded with
        the key: both stay put from run to run and when initiatives come or go.
        """
        place = places[self.districts[0]]
        at_address = random.Random(f"address:{self.street}")  # noqa: S311 - not security
        latitude = Decimal(str(round(place.latitude + at_address.uniform(-0.004, 0.004), 6)))
        longitude = Decimal(str(round(place.longitude + at_address.uniform(-0.006, 0.006), 6)))
        extension = random.Random(f"phone:{self.key}").randrange(300, 1000)  # noqa: S311
        return {
            "title": self.de.title,
            "slug": self.de.slug,
            "summary": self.de.summary,
            "description": "".join(f"<p>{part}</p>" for part in self.de.description),
            "involvement": _bullets(self.de.involvement),
            "time_commitment": self.de.time_commitment,
            "requirements": self.de.requirements,
            "meeting_place": self.de.meeting_place,
            "contact_name": self.contact,
            "contact_email": f"{self.mailbox or self.key}@example.org",
            "contact_phone": f"{PHONE_PREFIX} {extension}" if self.phone else "",
            "website": f"https://{self.key}.example.org/" if self.website else "",
            "street_address": self.street,
            "postal_code": place.postal_code,
            "locality": LOCALITY,
            "latitude": latitude,
            "longitude": longitude,
            "status": self.status,
            "ended_on": self.ended_on,
        }


def initiatives(*specs: InitiativeSpec) -> tuple[InitiativeSpec, ...]:
    """The demo's initiatives; keys and German slugs must be unique among them."""
    for name, values in (
        ("key", [spec.key for spec in specs]),
        ("slug", [spec.de.slug for spec in specs]),
    ):
        repeated = sorted(value for value, n in Counter(values).items() if n > 1)
        if repeated:
            raise ValueError(f"Demo initiatives share the {name} {', '.join(repeated)}")
    return specs
