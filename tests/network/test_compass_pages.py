"""The organisation page and the compass cards say which language is offered when, when
the data was last checked, and what a public holiday closes (also in the JSON-LD); the
date of the last check is set when the German page is published."""

import html
import json
import re
from datetime import datetime

import pytest
from django.utils import translation

from hub.demo.factories.pages import translate
from hub.network.hours_text import describe_slot
from hub.network.models import OrganisationPage
from tests.network.compass_data import berlin

MARCH = berlin(2026, 3, 10, 12, 0)


def get(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def language_lines(content: str) -> list[str]:
    block = re.search(r'<ul class="plain-list office__languages">(.*?)</ul>', content, re.S)[1]
    return [re.sub(r"<[^>]+>", "", item) for item in re.findall(r"<li>(.*?)</li>", block)]


def test_languages_are_listed_with_the_times_they_are_offered(client, compass, at):
    at(berlin(2026, 11, 30, 9, 30))
    page = compass["beratung"]
    lines = language_lines(get(client, page.url.replace("/de/", "/en/")))
    assert "Persian: Tue 2 p.m.–5 p.m." in lines
    assert "Tigrinya ትግርኛ: every third Wednesday of the month 3 p.m.–5 p.m." in lines
    assert "Arabic: Mon 9 a.m.–noon" in lines
    # Offered in every slot: no times repeated after the language.
    krisen = language_lines(get(client, compass["krisendienst"].url.replace("/de/", "/en/")))
    assert sorted(krisen) == ["Arabic", "German"]


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_language_times_in_the_visitors_language(client, compass, at, lang):
    at(berlin(2026, 11, 30, 9, 30))
    page = compass["beratung"]
    content = get(client, page.url.replace("/de/", f"/{lang}/"))
    schedule = page.schedule_for(page.offices.first())
    (tuesday,) = [slot for slot in schedule.slots if slot.languages == ("fa",)]
    with translation.override(lang):
        expected = describe_slot(tuesday)
    assert expected in "".join(language_lines(content))
    assert "Tue" not in expected and "14" not in expected  # weekday and digits translated


def test_compass_cards_show_language_times_too(client, compass, at):
    at(berlin(2026, 11, 30, 9, 30))
    content = get(client, "/en/hilfe-finden/")
    assert "Persian: Tue 2 p.m.–5 p.m." in re.sub(r"<[^>]+>", "", content)


def last_checked(content: str) -> list[str]:
    return re.findall(r'<p class="last-checked">([^<]*)</p>', content)


def test_last_checked_on_the_organisation_page_and_its_cards(client, compass):
    OrganisationPage.objects.filter(translation_key=compass["beratung"].translation_key).update(
        last_confirmed_at=MARCH
    )
    page = get(client, compass["beratung"].url.replace("/de/", "/en/"))
    assert last_checked(page) == ["Last checked: March 2026"]
    cards = get(client, "/en/hilfe-finden/")
    assert "Last checked: March 2026" in last_checked(cards)
    assert len(last_checked(cards)) == 3  # every card
    arabic = get(client, "/ar/find-help/")
    assert any("مارس ٢٠٢٦" in line for line in last_checked(arabic))


def test_publishing_the_german_page_confirms_every_translation(client, compass, at):
    source = compass["beratung"]
    arabic = translate(source, "ar", title="استشارة الهجرة", slug="migrationsberatung")
    OrganisationPage.objects.filter(pk__in=[source.pk, arabic.pk]).update(last_confirmed_at=MARCH)
    at(berlin(2026, 11, 30, 9, 30))
    arabic.refresh_from_db()
    arabic.save_revision().publish()  # a new wording confirms nothing
    assert OrganisationPage.objects.get(pk=source.pk).last_confirmed_at == MARCH
    source.refresh_from_db()
    source.save_revision().publish()
    for pk in (source.pk, arabic.pk):
        confirmed = OrganisationPage.objects.get(pk=pk).last_confirmed_at
        assert confirmed == berlin(2026, 11, 30, 9, 30)


def json_ld(content: str) -> dict:
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)[1]
    )


def test_json_ld_does_not_claim_opening_on_a_holiday(client, compass, at):
    at(berlin(2026, 12, 20, 12, 0))
    specs = json_ld(get(client, compass["sozialamt"].url))["location"][0][
        "openingHoursSpecification"
    ]
    closed = {spec["validFrom"] for spec in specs if spec.get("opens") == "00:00"}
    assert {"2026-12-25", "2027-01-01"} <= closed
    assert "2026-12-26" not in closed  # a Saturday: nothing would open anyway
    crisis = json_ld(get(client, compass["krisendienst"].url))["location"][0][
        "openingHoursSpecification"
    ]
    assert not [spec for spec in crisis if spec.get("opens") == "00:00"]


def test_holiday_status_on_the_organisation_page(client, compass, at):
    at(datetime(2026, 12, 25, 9, 0, tzinfo=berlin(2026, 1, 1).tzinfo))
    content = get(client, compass["sozialamt"].url.replace("/de/", "/en/"))
    assert "Closed — public holiday (Christmas Day)" in content
    assert "Next open: Monday, December 28, 9 a.m." in content
    german = get(client, compass["sozialamt"].url)
    assert "(Erster Weihnachtstag)" in german
