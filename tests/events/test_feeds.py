"""iCal feeds parsed with icalendar: validity, stable UIDs, cancelled dates, time zone."""

from datetime import time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from icalendar import Calendar

from hub.demo.factories.events import EventIndexPageFactory, EventPageFactory, translate_event
from hub.demo.factories.snippets import translated_terms
from hub.events.ical import occurrence_ics, occurrence_uid
from hub.events.models import Occurrence, Repeat
from hub.events.occurrences import cancel_occurrence
from tests.events.calendar_support import occurrences
from tests.module_data import module_data

pytestmark = pytest.mark.django_db


def soon(days: int):
    return timezone.localdate() + timedelta(days=days)


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def events(calendar: Calendar) -> list:
    return list(calendar.walk("VEVENT"))


@module_data
def setup(tree):
    terms = translated_terms()
    calendar = EventIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    meeting = EventPageFactory(
        parent=calendar,
        starts_on=soon(2),
        repeat=Repeat.WEEKLY,
        repeat_until=soon(30),
        categories=[terms["sprache"]],
    )
    translate_event(meeting, "ar", title="لقاء التشبيك", slug="meeting")
    cafe = EventPageFactory(
        parent=calendar, title="Sprachcafé", starts_on=soon(4), categories=[terms["sport"]]
    )
    return meeting, cafe


def test_calendar_feed_is_valid_with_timezone_and_stable_uids(client, setup):
    meeting, cafe = setup
    first = parse(client.get("/de/kalender/feed/"))
    second = parse(client.get("/de/kalender/feed/"))
    assert first["VERSION"] == "2.0" and first["PRODID"]
    assert first["METHOD"] == "PUBLISH"
    uids = [str(event["UID"]) for event in events(first)]
    assert len(uids) == len(set(uids)) == occurrences(meeting).count() + 1
    assert uids == [str(event["UID"]) for event in events(second)]
    zones = list(first.walk("VTIMEZONE"))
    assert [str(zone["TZID"]) for zone in zones] == ["Europe/Berlin"]
    event = events(first)[0]
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    start = event["DTSTART"].dt
    assert start.tzinfo is not None and start.time() == time(18, 0)
    assert start == occurrences(meeting).first().starts_at
    assert "STATUS:CONFIRMED" in client.get("/de/kalender/feed/").content.decode()


def test_cancelled_dates_are_marked_cancelled(client, setup):
    meeting, _cafe = setup
    cancelled = occurrences(meeting).first()
    cancel_occurrence(cancelled, "Raum belegt")
    feed = parse(client.get("/de/kalender/vernetzungstreffen/feed/"))
    statuses = {str(event["UID"]): str(event["STATUS"]) for event in events(feed)}
    assert list(statuses.values()).count("CANCELLED") == 1
    event = next(e for e in events(feed) if str(e["STATUS"]) == "CANCELLED")
    assert "Raum belegt" in str(event["DESCRIPTION"])
    assert int(event["SEQUENCE"]) == 1


def test_feed_gives_the_reason_in_its_language(client, setup):
    meeting, _cafe = setup
    cancel_occurrence(occurrences(meeting).first(), "Raum belegt", {"ar": "القاعة محجوزة"})

    def description(url: str) -> str:
        feed = parse(client.get(url))
        return str(next(e for e in events(feed) if str(e["STATUS"]) == "CANCELLED")["DESCRIPTION"])

    arabic = description("/ar/calendar/meeting/feed/")
    assert "القاعة محجوزة" in arabic and "Raum belegt" not in arabic
    assert "Raum belegt" in description("/fr/kalender/vernetzungstreffen/feed/")


def test_filtered_feed_and_language(client, setup):
    meeting, cafe = setup
    feed = parse(client.get("/de/kalender/feed/", {"category": "sport"}))
    assert [str(event["SUMMARY"]) for event in events(feed)] == ["Sprachcafé"]
    feed = parse(client.get("/ar/calendar/feed/", {"category": "sprache"}))
    summaries = {str(event["SUMMARY"]) for event in events(feed)}
    assert summaries == {"لقاء التشبيك"}
    assert str(events(feed)[0]["URL"]).startswith("http://testserver/ar/calendar/meeting/")


def test_feeds_are_linked_from_the_calendar(client, setup):
    html = client.get("/de/kalender/?category=sport").content.decode()
    assert (
        '<link rel="alternate" type="text/calendar" title="Kalender" '
        'href="http://testserver/de/kalender/feed/?category=sport">' in html
    )
    assert 'href="webcal://testserver/de/kalender/feed/?category=sport"' in html


def test_occurrence_ics_for_emails(setup):
    meeting, _cafe = setup
    occurrence = occurrences(meeting).first()
    calendar = Calendar.from_ical(occurrence_ics(meeting, occurrence, "ar"))
    assert calendar["METHOD"] == "PUBLISH"
    (event,) = events(calendar)
    assert str(event["SUMMARY"]) == "لقاء التشبيك"
    assert event["DTSTART"].dt.tzinfo.key == "Europe/Berlin"
    assert event["DTSTART"].dt.astimezone(ZoneInfo("UTC")) == occurrence.starts_at
    assert len(list(calendar.walk("VTIMEZONE"))) == 1
    feed_uids = {
        str(e["UID"]) for e in events(Calendar.from_ical(occurrence_ics(meeting, occurrence, "de")))
    }
    assert str(event["UID"]) in feed_uids


def test_feeds_ask_to_be_polled_daily_in_iso_durations(client, setup):
    body = client.get("/de/kalender/feed/").content.decode()
    assert "\r\nX-PUBLISHED-TTL:P1D\r\n" in body
    assert "\r\nREFRESH-INTERVAL;VALUE=DURATION:P1D\r\n" in body


def test_past_dates_stay_in_the_feeds_for_months(client, setup):
    """A subscribed calendar deletes what drops out of the feed: last month's meeting
    must still be there, one from half a year ago may go."""
    meeting, _cafe = setup
    dates = list(occurrences(meeting))
    for occurrence, days_ago in ((dates[0], 80), (dates[1], 120)):
        start = timezone.now() - timedelta(days=days_ago)
        Occurrence.objects.filter(pk=occurrence.pk).update(
            starts_at=start, ends_at=start + timedelta(hours=2)
        )
    for url in ("/de/kalender/feed/", "/de/kalender/vernetzungstreffen/feed/"):
        uids = {str(event["UID"]) for event in events(parse(client.get(url)))}
        assert occurrence_uid(dates[0]) in uids, url
        assert occurrence_uid(dates[1]) not in uids, url
