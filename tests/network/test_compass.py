"""The compass tells the truth at fixed times, in several languages, through the real
finder URL with its filters: the language, the mediator and "open now" count the same
slot; public holidays (national and the state's) close offices unless they open on
holidays; "open until" runs to the end of back-to-back slots; a closure day is closed."""

import html
import re

import pytest
from django.utils import translation

from hub.snippets.site_settings import PublicHolidaySettings
from tests.network.compass_data import berlin

MONDAY_0930 = berlin(2026, 11, 30, 9, 30)
CHRISTMAS = berlin(2026, 12, 25, 10, 0)
CORPUS_CHRISTI = berlin(2026, 6, 4, 10, 0)  # a holiday in North Rhine-Westphalia only
THIRD_WEDNESDAY = berlin(2026, 12, 16, 15, 30)
SECOND_WEDNESDAY = berlin(2026, 12, 9, 15, 30)
FIRST_THURSDAY = berlin(2026, 12, 3, 10, 0)
CLOSURE_DAY = berlin(2026, 12, 8, 14, 30)


def finder(client, lang: str, **params) -> str:
    path = "/ar/find-help/" if lang == "ar" else f"/{lang}/hilfe-finden/"
    response = client.get(path, params)
    assert response.status_code == 200
    return response.content.decode()


def cards(content: str) -> dict[str, str]:
    """Office name -> the text of its status lines, for each card."""
    found = {}
    for card in re.findall(r'<article class="office-card".*?</article>', content, re.S):
        name = re.search(r'class="office-card__title"[^>]*><span[^>]*>([^<]*)<', card)[1]
        status = re.findall(r'<p class="office__status[^"]*">(.*?)</p>', card, re.S)
        found[html.unescape(name)] = " | ".join(html.unescape(text) for text in status)
    return found


@pytest.mark.parametrize("lang", ["de", "en", "ar", "fa"])
def test_open_now_in_farsi_counts_the_slot_that_offers_farsi(client, compass, at, lang):
    at(MONDAY_0930)
    # Beratung Mitte is open on Monday morning, but in German, Arabic and English only.
    assert "Beratung Mitte" in cards(finder(client, lang, open="1"))
    assert "Beratung Mitte" not in cards(finder(client, lang, open="1", language="fa"))
    assert "Beratung Mitte" in cards(finder(client, lang, open="1", language="ar"))


def test_next_opening_for_a_language_is_when_that_language_is_offered(client, compass, at):
    at(MONDAY_0930)
    status = cards(finder(client, "en", language="fa"))["Beratung Mitte"]
    assert status == "Persian: next time Tuesday, December 1, 2 p.m."
    # Without a language the office is simply open.
    assert cards(finder(client, "en"))["Beratung Mitte"] == "Open now until noon"
    # With "open now", a language's option counts the offices open in it now: Arabic at
    # Beratung Mitte and the crisis line (the Bürgerbüro's starts at 11), no Farsi.
    content = finder(client, "en", open="1")
    assert re.search(r'<option value="ar"[^>]*>[^<]*\(2\)</option>', content)
    assert '<option value="fa"' not in content


def test_mediator_counts_the_same_slot_as_the_language(client, compass, at):
    at(MONDAY_0930)
    assert "Beratung Mitte" not in cards(finder(client, "en", open="1", mediator="1"))
    assert "Beratung Mitte" not in cards(finder(client, "en", language="ar", mediator="1"))
    found = cards(finder(client, "en", language="fa", mediator="1"))
    assert found == {
        "Beratung Mitte": "Persian with a language mediator: next time Tuesday, December 1, 2 p.m."
    }


def test_next_time_in_farsi_in_persian_with_persian_digits(client, compass, at):
    at(MONDAY_0930)
    status = cards(finder(client, "fa", language="fa"))["Beratung Mitte"]
    with translation.override("fa"):
        tuesday = str(translation.gettext("Tuesday"))
    assert tuesday in status and "۱۴:۰۰" in status


def test_monthly_slot_on_its_day_and_not_on_another(client, compass, at):
    at(THIRD_WEDNESDAY)
    assert cards(finder(client, "en", open="1", language="ti")) == {
        "Beratung Mitte": "Tigrinya: open now until 5 p.m."
    }
    at(SECOND_WEDNESDAY)
    assert cards(finder(client, "en", open="1", language="ti")) == {}
    status = cards(finder(client, "en", language="ti"))["Beratung Mitte"]
    assert status == "Tigrinya: next time Wednesday, December 16, 3 p.m."


def test_open_until_runs_to_the_end_of_back_to_back_slots(client, compass, at):
    at(MONDAY_0930)
    assert cards(finder(client, "en"))["Bürgerbüro"] == "Open now until 2 p.m."
    # Only the slots offering the chosen language join: Arabic starts at 11:00.
    assert "Bürgerbüro" not in cards(finder(client, "en", open="1", language="ar"))
    status = cards(finder(client, "en", language="ar"))["Bürgerbüro"]
    assert status == "Arabic: next time Monday, November 30, 11 a.m."
    # A weekly slot followed by the monthly one on the first Thursday.
    at(FIRST_THURSDAY)
    assert cards(finder(client, "en"))["Bürgerbüro"] == "Open now until 4 p.m."


@pytest.mark.parametrize(
    ("lang", "closed", "next_open"),
    [
        ("en", "Closed — public holiday (Christmas Day)", "Next open: Monday, December 28, 9 a.m."),
        # Arabic has no holiday names in the library: the German one.
        ("ar", "Erster Weihnachtstag", "٩:٠٠"),
        ("de", "Erster Weihnachtstag", "28."),
    ],
)
def test_christmas_closes_offices_but_the_crisis_line(client, compass, at, lang, closed, next_open):
    at(CHRISTMAS)
    assert list(cards(finder(client, lang, open="1"))) == ["Krisentelefon"]
    status = cards(finder(client, lang))["Bürgerbüro"]
    assert closed in status and next_open in status


def test_a_state_holiday_counts_only_in_the_sites_state(client, compass, at):
    at(CORPUS_CHRISTI)  # a Thursday
    status = cards(finder(client, "en"))["Bürgerbüro"]
    assert status.startswith("Closed — public holiday (Corpus Christi)")
    assert list(cards(finder(client, "en", open="1"))) == ["Krisentelefon"]
    PublicHolidaySettings.objects.filter(site=compass["site"]).update(subdivision="")
    # Also the first Thursday of June: the monthly slot follows the weekly ones.
    assert cards(finder(client, "en"))["Bürgerbüro"] == "Open now until 4 p.m."
    assert "Bürgerbüro" in cards(finder(client, "en", open="1"))


def test_a_site_without_the_setting_has_the_national_holidays(client, compass, at):
    PublicHolidaySettings.objects.all().delete()
    at(CHRISTMAS)
    assert list(cards(finder(client, "en", open="1"))) == ["Krisentelefon"]
    at(CORPUS_CHRISTI)
    assert "Bürgerbüro" in cards(finder(client, "en", open="1"))


def test_a_closure_day_is_closed_and_skipped(client, compass, at):
    at(CLOSURE_DAY)  # a Tuesday, 14:30, inside the Farsi slot's hours
    assert "Beratung Mitte" not in cards(finder(client, "en", open="1"))
    status = cards(finder(client, "en", language="fa"))["Beratung Mitte"]
    assert status == "Persian: next time Tuesday, December 15, 2 p.m."


def test_the_subdivision_is_checked_against_the_library():
    setting = PublicHolidaySettings(country="DE", subdivision="xx")
    with pytest.raises(Exception, match="NW"):
        setting.clean()
    setting.subdivision = "nw"
    setting.clean()
    assert setting.subdivision == "NW"
    with pytest.raises(Exception, match="country"):
        PublicHolidaySettings(country="ZZ").clean()
