"""Factories of the calendar: the calendar page, event pages and registrations.

Publishing an ``EventPageFactory`` page fills its occurrences, as an editor's publishing
does (``hub.events.signals``).
"""

from datetime import time, timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from hub.demo.factories.pages import (
    HomePageFactory,
    PublishedPageFactory,
    slug_of,
    translate,
    translations_from,
)
from hub.events.models import EventIndexPage, EventPage, Registration, Repeat


class EventIndexPageFactory(PublishedPageFactory):
    """The calendar, without an intro; ``translations=("en", "ar")`` adds published
    translations."""

    title = "Kalender"
    slug = "kalender"
    parent = factory.SubFactory(HomePageFactory)
    show_in_menus = True
    translations = translations_from(
        {
            "en": {"title": "Calendar", "slug": "calendar"},
            "ar": {"title": "التقويم", "slug": "calendar"},
            "fa": {"title": "تقویم", "slug": "calendar"},
            "fr": {"title": "Agenda", "slug": "agenda"},
        },
        fallback={"title": "Calendar", "slug": "calendar"},
    )

    class Meta:
        model = EventIndexPage


class EventPageFactory(PublishedPageFactory):
    """A single date in a week's time, 18:00–20:00, at a venue in town.

    ``categories``/``spoken_languages`` take German terms (as pages made in the admin).
    """

    title = "Vernetzungstreffen"
    slug = factory.LazyAttribute(lambda o: slug_of(o.title))
    parent = factory.SubFactory(EventIndexPageFactory)
    summary = factory.LazyAttribute(lambda o: f"{o.title}: kurz gesagt.")
    starts_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=7))
    start_time = time(18, 0)
    end_time = time(20, 0)
    repeat = Repeat.NEVER
    venue_name = "Nachbarschaftshaus"
    street_address = "Marktplatz 1"
    postal_code = "12345"
    locality = "Musterstadt"

    class Meta:
        model = EventPage


def translate_event(page: EventPage, code: str, **fields) -> EventPage:
    """Publish a translation of ``page`` into ``code``, under that language's calendar
    (which must exist: ``EventIndexPageFactory(translations=…)``). The title and
    summary say the language unless given."""
    fields.setdefault("title", f"{page.title} ({code})")
    fields.setdefault("summary", f"{page.summary} ({code})")
    return translate(page, code, **fields)


class RegistrationFactory(DjangoModelFactory):
    """A confirmed registration, created directly (no e-mail flow)."""

    name = "Gast"
    email = "gast@example.org"
    language = "de"
    status = Registration.Status.CONFIRMED
    consent_at = factory.LazyFunction(timezone.now)
    confirmed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Registration
