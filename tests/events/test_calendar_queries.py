"""The calendar costs the same number of SQL queries with 10 or 500 dates."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from hub.demo.factories.events import (
    EventIndexPageFactory,
    EventPageFactory,
    RegistrationFactory,
    translate_event,
)
from hub.demo.factories.snippets import translated_terms
from hub.events.models import Occurrence

pytestmark = pytest.mark.django_db


def add_dates(pages, count: int) -> None:
    """``count`` more dates spread over the events, some of them past, some cancelled."""
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    rows = []
    for number in range(count):
        page = pages[number % len(pages)]
        start = now + timedelta(days=number - count // 10, hours=1 + number % 5)
        rows.append(
            Occurrence(
                event_key=page.translation_key,
                original_start=start,
                starts_at=start,
                ends_at=start + timedelta(hours=2),
                status="cancelled" if number % 7 == 0 else "scheduled",
            )
        )
    created = Occurrence.objects.bulk_create(rows)
    for index, occurrence in enumerate(created[:: max(1, count // 5)]):
        RegistrationFactory(
            occurrence=Occurrence.objects.get(
                event_key=occurrence.event_key, original_start=occurrence.original_start
            ),
            email=f"p{index}@example.org",
        )


def query_counts(client, urls) -> dict[str, int]:
    counts = {}
    for url in urls:
        client.get(url)  # warm per-process caches (site root paths, locales)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[url] = len(queries)
    return counts


def test_calendar_queries_do_not_grow_with_the_dates(client, tree):
    terms = translated_terms()
    calendar = EventIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    pages = [
        EventPageFactory(
            parent=calendar,
            title=f"Treffen {number}",
            starts_on=timezone.localdate() + timedelta(days=400),
            categories=[terms["sprache"], terms["sport"]][: 1 + number % 2],
            spoken_languages=[terms["arabisch"]],
            organiser=tree.about["de"],
            capacity=20,
        )
        for number in range(4)
    ]
    translate_event(pages[0], "ar", title="لقاء", slug="liqa")
    month = (timezone.localdate() + timedelta(days=5)).strftime("%Y-%m")
    urls = [
        "/de/kalender/",
        "/de/kalender/?page=2",
        f"/de/kalender/?month={month}",
        "/ar/calendar/?category=sprache&language=arabisch",
        "/de/kalender/archive/",
        "/de/kalender/feed/",
        "/de/kalender/treffen-1/",
        "/de/",
    ]
    add_dates(pages, 10)
    small = query_counts(client, urls)
    add_dates(pages, 490)
    large = query_counts(client, urls)
    assert large == small
    # The lists really grew.
    assert Occurrence.objects.count() == 504
    assert 'rel="next"' in client.get("/de/kalender/?page=2").content.decode()
