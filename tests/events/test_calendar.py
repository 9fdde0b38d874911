"""The calendar page: upcoming list, filters with counts, month grid, archive, languages."""

import html as htmllib
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from hub.demo.factories.events import EventIndexPageFactory, EventPageFactory, translate_event
from hub.demo.factories.snippets import translated_terms
from hub.events.models import Occurrence, Repeat
from tests.events.calendar_support import occurrences
from tests.module_data import module_data

pytestmark = pytest.mark.django_db

OPTION = re.compile(
    r'<input type="checkbox" name="([\w-]+)" value="([^"]+)"( checked)?>'
    r'.*?class="filters__count" aria-hidden="true">(\d+)<',
    re.S,
)
ENTRY_TITLE = re.compile(
    r'class="event-entry__title"><a href="([^"]*)"([^>]*)>(?:<span[^>]*>[^<]*</span>)?([^<]+)</a>'
)


def main(html: str) -> str:
    return html.split('<main id="main"', 1)[1].split("</main>", 1)[0]


def get(client, url: str, params=None) -> str:
    response = client.get(url, params or {})
    assert response.status_code == 200, (url, response.status_code)
    return main(response.content.decode())


def titles(html: str) -> list[str]:
    return [htmllib.unescape(title) for _url, _attrs, title in ENTRY_TITLE.findall(html)]


def counts(html: str) -> dict[tuple[str, str], int]:
    return {(param, value): int(count) for param, value, _on, count in OPTION.findall(html)}


@module_data
def calendar(tree):
    return EventIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))


@module_data
def terms(tree):
    return translated_terms()


def soon(days: int):
    return timezone.localdate() + timedelta(days=days)


def test_upcoming_dates_list_with_every_event_in_every_language(client, calendar, terms):
    meeting = EventPageFactory(
        parent=calendar,
        title="Vernetzungstreffen",
        starts_on=soon(3),
        repeat=Repeat.WEEKLY,
        repeat_until=soon(20),
        categories=[terms["sprache"]],
    )
    translate_event(meeting, "ar", title="لقاء التشبيك", slug="meeting")
    EventPageFactory(parent=calendar, title="Sprachcafé", starts_on=soon(5))
    EventPageFactory(parent=calendar, title="Vorbei", starts_on=soon(-10))

    german = get(client, "/de/kalender/")
    assert titles(german)[:3] == ["Vernetzungstreffen", "Sprachcafé", "Vernetzungstreffen"]
    assert "Vorbei" not in titles(german)
    assert (
        "4 upcoming dates" in german
        or "4 kommende" in german
        or titles(german).count("Vernetzungstreffen") == 3
    )

    arabic = get(client, "/ar/calendar/")
    assert "لقاء التشبيك" in titles(arabic)
    # Untranslated: the source text, marked with its language.
    assert "Sprachcafé" in titles(arabic)
    assert 'lang="de" dir="auto">Sprachcafé' in arabic
    full = client.get("/ar/calendar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in full
    assert 'rel="alternate" type="text/calendar"' in full


def test_filters_combine_with_counts_and_keep_state_in_the_url(client, calendar, terms):
    EventPageFactory(
        parent=calendar,
        title="Sprachcafé",
        starts_on=soon(2),
        categories=[terms["sprache"]],
        spoken_languages=[terms["arabisch"]],
    )
    EventPageFactory(
        parent=calendar,
        title="Fußball",
        starts_on=soon(3),
        repeat=Repeat.WEEKLY,
        repeat_until=soon(20),
        categories=[terms["sport"]],
        spoken_languages=[terms["farsi"]],
        organiser=calendar.get_parent(),
    )
    html = get(client, "/de/kalender/")
    found = counts(html)
    assert found[("category", "sprache")] == 1
    assert found[("category", "sport")] == 3
    assert found[("language", "farsi")] == 3
    organiser = str(calendar.get_parent().pk)
    assert found[("organiser", organiser)] == 3

    html = get(client, "/de/kalender/", {"category": ["sprache", "sport"], "language": "farsi"})
    assert set(titles(html)) == {"Fußball"}
    found = counts(html)
    # Options within a dimension stay countable under the others.
    assert found[("category", "sport")] == 3 and found[("category", "sprache")] == 0
    assert found[("language", "arabisch")] == 1
    assert 'value="sprache" checked' in html and 'value="farsi" checked' in html

    html = get(client, "/de/kalender/", {"organiser": organiser})
    assert set(titles(html)) == {"Fußball"}
    # Unknown values are ignored, not an error.
    html = get(client, "/de/kalender/", {"category": "gibt-es-nicht", "organiser": "x"})
    assert set(titles(html)) == {"Sprachcafé", "Fußball"}


def test_month_grid_with_previous_and_next_month(client, calendar):
    page = EventPageFactory(parent=calendar, starts_on=soon(1), repeat=Repeat.WEEKLY)
    first = occurrences(page).first()
    month = timezone.localtime(first.starts_at).strftime("%Y-%m")
    html = get(client, "/de/kalender/", {"month": month})
    assert 'class="month-grid"' in html
    assert f'href="/de/kalender/{first.pk}/"' not in html  # links go through the event page
    assert f"/de/kalender/vernetzungstreffen/{first.pk}/" in html
    assert 'rel="prev" href="/de/kalender/?month=' in html
    assert 'rel="next" href="/de/kalender/?month=' in html
    # Nonsense months fall back to the list.
    html = get(client, "/de/kalender/", {"month": "2026-13"})
    assert 'class="month-grid"' not in html and 'class="event-list"' in html


def test_month_grid_in_arabic_keeps_filters_in_month_links(client, calendar, terms):
    EventPageFactory(parent=calendar, starts_on=soon(1), categories=[terms["sprache"]])
    month = soon(1).strftime("%Y-%m")
    html = get(client, "/ar/calendar/", {"month": month, "category": "sprache"})
    assert "category=sprache&amp;month=" in html
    assert 'aria-current="page">' in html


def test_cancelled_and_moved_dates_show_their_reason(client, calendar):
    from hub.events.occurrences import cancel_occurrence, move_occurrence

    page = EventPageFactory(
        parent=calendar, starts_on=soon(2), repeat=Repeat.WEEKLY, repeat_until=soon(20)
    )
    first, second = list(occurrences(page))[:2]
    cancel_occurrence(first, "Raum belegt")
    move_occurrence(
        second, second.starts_at + timedelta(days=1), second.ends_at + timedelta(days=1), "Feiertag"
    )
    html = get(client, "/de/kalender/")
    assert "badge--cancelled" in html and "Raum belegt" in html
    assert "badge--moved" in html and "Feiertag" in html
    html = get(client, "/de/kalender/vernetzungstreffen/")
    assert "Raum belegt" in html and "Feiertag" in html


def test_reason_is_shown_in_the_visitors_language_else_in_the_source(client, calendar):
    from hub.events.occurrences import cancel_occurrence

    page = EventPageFactory(
        parent=calendar, starts_on=soon(2), repeat=Repeat.WEEKLY, repeat_until=soon(20)
    )
    first = occurrences(page).first()
    cancel_occurrence(
        first,
        "Der Saal wird renoviert.",
        {"ar": "القاعة قيد الترميم.", "en": "The hall is being renovated.", "fr": " "},
    )
    html = get(client, "/ar/calendar/")
    assert "القاعة قيد الترميم." in html and "Der Saal wird renoviert." not in html
    assert "<span>القاعة قيد الترميم.</span>" in html, "no lang attribute: it is Arabic"
    html = get(client, "/en/calendar/")
    assert "The hall is being renovated." in html and "Der Saal" not in html
    # No French translation (an empty one counts as none): the German text, marked as such.
    html = get(client, "/fr/kalender/")
    assert '<span lang="de" dir="ltr">Der Saal wird renoviert.</span>' in html
    for language, listing, text in (
        ("ar", "/ar/calendar/", "القاعة قيد الترميم."),
        ("fr", "/fr/kalender/", "Der Saal wird renoviert."),
    ):
        date_url = ENTRY_TITLE.findall(get(client, listing))[0][0]
        assert date_url.startswith(f"/{language}/")
        html = get(client, date_url)
        assert "status-notice--cancelled" in html and text in html


def test_pagination_keeps_filters(client, calendar, terms):
    EventPageFactory(
        parent=calendar,
        starts_on=soon(1),
        repeat=Repeat.WEEKLY,
        categories=[terms["sprache"]],
    )
    html = get(client, "/de/kalender/", {"category": "sprache"})
    assert len(titles(html)) == 20
    assert 'rel="next" href="/de/kalender/?category=sprache&amp;page=2"' in html
    html = get(client, "/de/kalender/", {"category": "sprache", "page": 2})
    assert len(titles(html)) == 20


def test_archive_lists_past_dates_newest_first(client, calendar):
    EventPageFactory(parent=calendar, title="Alt", starts_on=soon(-30))
    EventPageFactory(parent=calendar, title="Neuer", starts_on=soon(-3))
    EventPageFactory(parent=calendar, title="Bald", starts_on=soon(3))
    html = get(client, "/de/kalender/archive/")
    assert titles(html) == ["Neuer", "Alt"]
    html = get(client, "/ar/calendar/archive/")
    assert titles(html) == ["Neuer", "Alt"]


def test_untranslated_calendar_language_falls_back_with_notice(client, calendar):
    EventPageFactory(parent=calendar, title="Sprachcafé", starts_on=soon(2))
    response = client.get("/fa/kalender/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fa" dir="rtl">' in html
    assert "Sprachcafé" in titles(main(html))


def test_german_url_under_english_redirects_to_the_translation(client, calendar):
    response = client.get("/en/kalender/?category=sprache")
    assert response.status_code == 302
    assert response["Location"] == "/en/calendar/?category=sprache"


def test_home_page_shows_the_next_date(client, calendar):
    page = EventPageFactory(parent=calendar, title="Vernetzungstreffen", starts_on=soon(4))
    from hub.events.occurrences import cancel_occurrence

    cancelled = EventPageFactory(parent=calendar, title="Abgesagt", starts_on=soon(1))
    cancel_occurrence(occurrences(cancelled).first(), "Krank")
    html = get(client, "/de/")
    assert "next-meeting" in html
    assert f"/de/kalender/vernetzungstreffen/{occurrences(page).first().pk}/" in html
    assert "Abgesagt" not in html


def test_an_occurrence_is_not_shown_under_another_event(client, calendar):
    one = EventPageFactory(parent=calendar, title="Eins", starts_on=soon(2))
    EventPageFactory(parent=calendar, title="Zwei", starts_on=soon(2))
    occurrence = occurrences(one).first()
    assert client.get(f"/de/kalender/zwei/{occurrence.pk}/").status_code == 404
    assert Occurrence.objects.count() == 2
