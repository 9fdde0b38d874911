"""Event and date pages: details, dates with status, seats, JSON-LD, registration block."""

import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from hub.demo.factories.events import (
    EventIndexPageFactory,
    EventPageFactory,
    RegistrationFactory,
    translate_event,
)
from hub.demo.factories.snippets import translated_terms
from hub.events.models import Repeat
from hub.events.occurrences import cancel_occurrence, move_occurrence
from tests.events.calendar_support import occurrences
from tests.module_data import module_data

pytestmark = pytest.mark.django_db
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(html: str):
    return json.loads(JSON_LD.search(html)[1])


def soon(days: int):
    return timezone.localdate() + timedelta(days=days)


@module_data
def meeting(tree):
    terms = translated_terms()
    calendar = EventIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    page = EventPageFactory(
        parent=calendar,
        starts_on=soon(3),
        repeat=Repeat.WEEKLY,
        repeat_until=soon(40),
        capacity=10,
        interpretation=True,
        directions="Straßenbahn 4 bis Marktplatz",
        accessibility="Stufenloser Eingang",
        online_url="https://meet.example.org/netz",
        spoken_languages=[terms["arabisch"]],
        organiser=tree.about["de"],
    )
    translate_event(page, "ar", title="لقاء التشبيك", slug="meeting", venue_name="بيت الجيران")
    return page


def test_event_page_shows_details_and_upcoming_dates(client, meeting):
    html = client.get("/de/kalender/vernetzungstreffen/").content.decode()
    for text in (
        "Nachbarschaftshaus",
        "Straßenbahn 4 bis Marktplatz",
        "Stufenloser Eingang",
        "https://meet.example.org/netz",
        "Über uns",
        "Arabisch",
        "Bei der Anmeldung können Sie Dolmetschen anfragen",
        "webcal://",
        'rel="alternate" type="text/calendar"',
    ):
        assert text in html, text
    assert html.count('class="event-entry') >= 5
    data = json_ld(html)
    assert isinstance(data, list) and data[0]["@type"] == "Event"


def test_occurrence_page_json_ld(client, meeting):
    first, second, third = list(occurrences(meeting))[:3]
    RegistrationFactory(occurrence=first, email="a@example.org")
    RegistrationFactory(occurrence=first, email="b@example.org")
    html = client.get(f"/de/kalender/vernetzungstreffen/{first.pk}/").content.decode()
    data = json_ld(html)
    assert data["@type"] == "Event"
    start = timezone.localtime(first.starts_at)
    assert data["startDate"] == start.isoformat()
    assert data["startDate"].endswith(("+01:00", "+02:00"))
    assert data["endDate"] == timezone.localtime(first.ends_at).isoformat()
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    place, virtual = data["location"]
    assert place["@type"] == "Place" and place["address"]["@type"] == "PostalAddress"
    assert place["address"]["streetAddress"] == "Marktplatz 1"
    assert virtual == {"@type": "VirtualLocation", "url": "https://meet.example.org/netz"}
    assert data["remainingAttendeeCapacity"] == 8
    assert data["offers"]["availability"] == "https://schema.org/InStock"
    assert data["inLanguage"] == ["ar"]
    assert data["organizer"]["name"] == "Über uns"
    assert "Noch 8 Plätze frei" in html

    cancel_occurrence(second, "Raum belegt")
    moved_to = third.starts_at + timedelta(days=1)
    move_occurrence(third, moved_to, moved_to + timedelta(hours=2), "Feiertag")
    data = json_ld(client.get(f"/de/kalender/vernetzungstreffen/{second.pk}/").content.decode())
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert "offers" not in data
    html = client.get(f"/de/kalender/vernetzungstreffen/{third.pk}/").content.decode()
    data = json_ld(html)
    assert data["eventStatus"] == "https://schema.org/EventRescheduled"
    assert data["previousStartDate"] == timezone.localtime(third.original_start).isoformat()
    assert data["startDate"] == timezone.localtime(moved_to).isoformat()
    assert "Feiertag" in html


def test_occurrence_page_in_arabic_uses_the_translation(client, meeting):
    first = occurrences(meeting).first()
    response = client.get(f"/ar/calendar/meeting/{first.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "لقاء التشبيك" in html and "بيت الجيران" in html
    assert json_ld(html)["name"] == "لقاء التشبيك"
    # The German URL under /ar/ leads to the translation.
    response = client.get(f"/ar/kalender/vernetzungstreffen/{first.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/ar/calendar/meeting/{first.pk}/"


def test_full_date_offers_the_waiting_list(client, meeting):
    first = occurrences(meeting).first()
    first.capacity = 1
    first.save()
    RegistrationFactory(occurrence=first)
    html = client.get(f"/de/kalender/vernetzungstreffen/{first.pk}/").content.decode()
    assert json_ld(html)["offers"]["availability"] == "https://schema.org/SoldOut"
    assert "Warteliste" in html


def test_occurrence_context_is_reusable(rf, meeting):
    from django.utils import translation

    from hub.events.calendar.context import occurrence_context

    first = occurrences(meeting).first()
    request = rf.get("/de/kalender/vernetzungstreffen/")
    with translation.override("de"):
        context = occurrence_context(request, meeting, first)
    assert context["occurrence"] == first
    assert context["page"] == meeting
    assert context["entry"].seats_left == 10
