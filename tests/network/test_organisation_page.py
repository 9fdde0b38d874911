"""The public organisation page: office status, languages, contacts, the organisation's
initiatives and events, schema.org data, and a query count that does not grow."""

import json
import re
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import Locale

from hub.demo.factories.events import EventIndexPageFactory, EventPageFactory, translate_event
from hub.demo.factories.network import OrganisationIndexPageFactory, OrganisationPageFactory
from hub.demo.factories.pages import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    by_language,
    translate,
)
from hub.demo.factories.snippets import translated_terms
from hub.network.models import ContactPerson, HoursKind, Office, OfficeHours, SocialLink
from hub.network.organisation_page import office_views
from tests.module_data import module_data


def office(name: str, languages: list, **fields) -> Office:
    return Office(
        name=name,
        street_address="Nordplatz 1",
        postal_code="12345",
        locality="Musterstadt",
        latitude="52.520000",
        longitude="13.400000",
        transport_hint="Tram 4",
        barrier_free="partly",
        accessibility_note="Rampe am Hintereingang",
        hours=[
            OfficeHours(
                kind=HoursKind.WEEKLY,
                monday=True,
                friday=True,
                opens=time(9),
                closes=time(12),
                languages=languages,
                mediator=True,
            ),
            OfficeHours(
                kind=HoursKind.MONTHLY,
                ordinal=1,
                weekday=3,
                opens=time(8, 30),
                closes=time(11, 30),
                languages=languages[:1],
            ),
        ],
        **fields,
    )


def contact(name: str, languages: list) -> ContactPerson:
    return ContactPerson(
        name=name, role="Beratung", email="a@example.org", phone="+49 30 1", languages=languages
    )


@module_data
def site(tree) -> dict:
    terms = translated_terms()
    arabic, farsi = terms["arabisch"], terms["farsi"]
    directory = OrganisationIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    page = OrganisationPageFactory(
        parent=directory,
        title="Caritas Beratung",
        summary="Beratung </script><b>für alle</b>",
        website="https://caritas.example.org",
        services=[terms["sprache"]],
        social_links=[SocialLink(label="Instagram", url="https://instagram.example/caritas")],
        offices=[office("Beratungsstelle Nordstadt", [arabic, farsi])],
        contact_persons=[contact("Amira Haddad", [arabic])],
    )
    arabic_page = translate(page, "ar", title="كاريتاس", slug="caritas")
    english_page = translate(page, "en", title="Caritas Counselling", slug="caritas")
    indexes = by_language(
        InitiativeIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    )
    own = InitiativePageFactory(parent=indexes["de"], title="Sprachcafé", organisation=page)
    translate(own, "ar", title="مقهى اللغة", slug="sprachcafe", summary="ملخص")
    # Linked to the Arabic version of the organisation: still this organisation's.
    InitiativePageFactory(parent=indexes["de"], title="Nähwerkstatt", organisation=arabic_page)
    InitiativePageFactory(parent=indexes["de"], title="Fremde Initiative")
    calendar = EventIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    event = EventPageFactory(parent=calendar, title="Infoabend", organiser=page)
    translate_event(event, "ar", title="أمسية معلومات", slug="infoabend")
    EventPageFactory(parent=calendar, title="Fremdes Fest")
    small = OrganisationPageFactory(
        parent=directory,
        title="Klein",
        offices=[office(f"Büro {n}", [arabic, farsi]) for n in range(2)],
        contact_persons=[contact(f"Person {n}", [arabic, farsi]) for n in range(2)],
    )
    large = OrganisationPageFactory(
        parent=directory,
        title="Groß",
        offices=[office(f"Büro {n}", [arabic, farsi]) for n in range(8)],
        contact_persons=[contact(f"Person {n}", [arabic, farsi]) for n in range(8)],
    )
    return {
        "page": page,
        "ar": arabic_page,
        "en": english_page,
        "small": small,
        "large": large,
    }


def berlin(*args) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo("Europe/Berlin"))


def status_text(content: str) -> str:
    match = re.search(r'class="office__status[^"]*">([^<]*)<', content)
    return match.group(1) if match else ""


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (berlin(2026, 11, 30, 10, 0), "Open now until"),
        (berlin(2026, 12, 2, 13, 0), "Closed — next open: Thursday, December 3,"),
    ],
)
def test_status_open_now_and_next_open(client, site, monkeypatch, now, expected):
    monkeypatch.setattr(timezone, "now", lambda: now)
    content = client.get(site["en"].url).content.decode()
    assert expected in status_text(content)


def test_status_follows_the_time_zone_setting(client, site, monkeypatch):
    """Monday 10:00 in Berlin is 4:00 in New York: an office that opens at 9:00 in the
    network's own time zone is not open yet there, and is at 10:00 New York time."""
    new_york = ZoneInfo("America/New_York")
    with override_settings(TIME_ZONE="America/New_York"), translation.override("en"):
        monkeypatch.setattr(timezone, "now", lambda: berlin(2026, 11, 30, 10, 0))
        before = status_text(client.get(site["en"].url).content.decode())
        monkeypatch.setattr(timezone, "now", lambda: datetime(2026, 11, 30, 10, tzinfo=new_york))
        during = status_text(client.get(site["en"].url).content.decode())
    assert before.startswith("Closed — next open: Monday, November 30,")
    assert during.startswith("Open now until")


def test_office_views_at_a_given_time(site):
    page = site["page"]
    active = default = Locale.get_default()
    (view,) = office_views(page, berlin(2026, 11, 30, 11, 59), active, default)
    assert view.current.ends_at == berlin(2026, 11, 30, 12, 0)
    (view,) = office_views(page, berlin(2026, 11, 30, 12, 0), active, default)
    assert view.current is None
    assert view.next.starts_at == berlin(2026, 12, 3, 8, 30)
    assert view.mediator is True
    assert view.map_url.startswith("https://www.openstreetmap.org/?mlat=52.520000")


def test_languages_and_services_in_the_visitors_language(client, site):
    content = client.get(site["ar"].url).content.decode()
    assert "العربية" in content and "الفارسية" in content
    assert "دعم اللغة" in content
    assert "Arabisch" not in content
    assert "Amira Haddad" in content and "mailto:a@example.org" in content
    assert "https://instagram.example/caritas" in content
    assert "Rampe am Hintereingang" in content and "Tram 4" in content
    assert "openstreetmap.org" in content
    german = client.get(site["page"].url).content.decode()
    assert "Arabisch" in german and "Farsi" in german


def json_ld(content: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    return json.loads(match.group(1))


def test_json_ld_is_an_organization_with_locations_and_hours(client, site):
    content = client.get(site["page"].url).content.decode()
    data = json_ld(content)
    assert data["@type"] == "Organization"
    assert data["description"] == "Beratung </script><b>für alle</b>"
    assert data["email"] == "a@example.org"
    assert "https://instagram.example/caritas" in data["sameAs"]
    (place,) = data["location"]
    assert place["@type"] == "Place"
    assert place["address"]["streetAddress"] == "Nordplatz 1"
    assert place["geo"]["latitude"] == 52.52
    weekly = place["openingHoursSpecification"][0]
    assert weekly["dayOfWeek"] == ["https://schema.org/Monday", "https://schema.org/Friday"]
    assert (weekly["opens"], weekly["closes"]) == ("09:00", "12:00")
    # The summary's "</script>" did not end the element early.
    assert content.count("</script>") == content.count("<script")


@pytest.mark.parametrize("code", ["de", "ar"])
def test_initiatives_and_events_of_the_organisation(client, site, code):
    page = site["page"] if code == "de" else site["ar"]
    content = client.get(page.url).content.decode()
    assert "Nähwerkstatt" in content
    assert "Fremde Initiative" not in content and "Fremdes Fest" not in content
    if code == "ar":
        assert "مقهى اللغة" in content and "Sprachcafé" not in content
        assert "أمسية معلومات" in content and "Infoabend" not in content
        assert 'href="/ar/' in content
    else:
        assert "Sprachcafé" in content and "Infoabend" in content
        assert "مقهى اللغة" not in content


def test_query_count_does_not_grow_with_offices_and_contacts(client, site):
    counts = []
    for page in (site["small"], site["large"]):
        assert client.get(page.url).status_code == 200  # warm the site and page caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page.url)
        assert response.status_code == 200
        assert response.content.decode().count('class="office"') == page.offices.count()
        counts.append(len(queries))
    assert counts[0] == counts[1]
