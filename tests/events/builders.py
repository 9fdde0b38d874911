"""Builders for event tests: a calendar under the German home, events and translations.

Used on top of ``tests.conftest.build_tree`` (the ``tree`` fixture). ``make_event`` publishes
the German page, which fills its occurrences through the ``page_published`` signal;
it also calls ``sync_occurrences`` itself so that a test never depends on signal order.
"""

from datetime import date, time, timedelta

from django.utils import timezone
from wagtail.models import Page

from hub.demo.factories.pages import translate
from hub.events.models import EventIndexPage, EventPage, Occurrence, Registration, Repeat
from tests.conftest import Tree

CALENDAR_TITLES = {
    "de": ("Kalender", "kalender"),
    "en": ("Calendar", "calendar"),
    "ar": ("التقويم", "calendar"),
    "fa": ("تقویم", "calendar"),
    "fr": ("Agenda", "agenda"),
}


def make_calendar(tree: Tree, translations: tuple[str, ...] = ("en", "ar")) -> EventIndexPage:
    """An ``EventIndexPage`` under the German home, translated into ``translations``.

    Returns the German calendar; its translations are reached through
    ``calendar.get_translation(locale)`` or ``calendar_in(calendar, code)``.
    """
    title, slug = CALENDAR_TITLES["de"]
    calendar = tree.homes["de"].add_child(
        instance=EventIndexPage(title=title, slug=slug, show_in_menus=True)
    )
    calendar.save_revision().publish()
    calendar.refresh_from_db()
    for code in translations:
        title, slug = CALENDAR_TITLES.get(code, ("Calendar", "calendar"))
        translate(calendar, code, title=title, slug=slug)
    return calendar


def calendar_in(calendar: EventIndexPage, code: str) -> EventIndexPage:
    """The calendar's live copy in language ``code``."""
    return EventIndexPage.objects.get(
        translation_key=calendar.translation_key, locale__language_code=code
    )


def next_weekday(weekday: int, after: date | None = None) -> date:
    """The first date strictly after ``after`` (default: today) on ``weekday`` (Mon=0)."""
    day = (after or timezone.localdate()) + timedelta(days=1)
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def make_event(
    calendar: Page,
    *,
    title: str = "Vernetzungstreffen",
    categories: list | None = None,
    spoken_languages: list | None = None,
    publish: bool = True,
    **fields,
) -> EventPage:
    """A German ``EventPage`` under ``calendar``, published and with its occurrences.

    Defaults: a single date in a week's time, 18:00–20:00, at a venue in town.
    ``categories``/``spoken_languages`` take German snippet objects (see
    ``tests.initiatives.build_terms``).
    """
    defaults = {
        "slug": title.lower().replace(" ", "-"),
        "summary": f"{title}: kurz gesagt.",
        "starts_on": timezone.localdate() + timedelta(days=7),
        "start_time": time(18, 0),
        "end_time": time(20, 0),
        "repeat": Repeat.NEVER,
        "venue_name": "Nachbarschaftshaus",
        "street_address": "Marktplatz 1",
        "postal_code": "12345",
        "locality": "Musterstadt",
    }
    page = EventPage(title=title, **(defaults | fields))
    page.categories = list(categories or [])
    page.spoken_languages = list(spoken_languages or [])
    calendar.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
        from hub.events.recurrence import sync_occurrences

        sync_occurrences(page)
    return page


def translate_event(page: EventPage, code: str, **fields) -> EventPage:
    """Publish a translation of ``page`` into ``code`` (under that language's calendar).

    The calendar must have been translated into ``code`` first (``make_calendar`` does so
    for English and Arabic by default).
    """
    fields.setdefault("title", f"{page.title} ({code})")
    fields.setdefault("summary", f"{page.summary} ({code})")
    return translate(page, code, **fields)


def occurrences(page: EventPage):
    """The event's occurrences, in date order."""
    return Occurrence.objects.filter(event_key=page.translation_key).order_by("starts_at")


def register(occurrence: Occurrence, email: str = "gast@example.org", **fields) -> Registration:
    """A confirmed registration for ``occurrence``, created directly (no e-mail flow)."""
    values = {
        "name": "Gast",
        "email": email,
        "language": "de",
        "status": Registration.Status.CONFIRMED,
        "consent_at": timezone.now(),
        "confirmed_at": timezone.now(),
    }
    return Registration.objects.create(occurrence=occurrence, **(values | fields))
