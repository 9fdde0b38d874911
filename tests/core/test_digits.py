"""Digits as the visitor's language writes them, and forms that read every kind of digit."""

import re
from datetime import date, datetime, time

import pytest
from django.core import mail
from django.utils import translation
from django.utils.formats import date_format
from django.utils.safestring import SafeData, mark_safe

from hub.core.digits import latin_digits, native_digits, numbering_system
from hub.core.i18n import url_under_language
from hub.demo.factories.events import EventIndexPageFactory, EventPageFactory
from hub.demo.factories.snippets import translated_terms
from hub.network.selfservice.forms.contacts import ContactForm
from hub.network.selfservice.forms.offices import OfficeForm, SlotForm
from hub.settings.languages import parse_numbering_systems
from tests.events.calendar_support import calendar_in, occurrences
from tests.events.registration_support import register
from tests.mail_queue import run_mail_queue
from tests.module_data import module_data

ARABIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"


# --- converting ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ar", "٨:١٥ – ٢٠٢٦"), ("fa", "۸:۱۵ – ۲۰۲۶"), ("de", "8:15 – 2026"), ("fr", "8:15 – 2026")],
)
def test_each_language_writes_its_own_digits(language, expected):
    assert native_digits("8:15 – 2026", language) == expected
    with translation.override(language):
        assert native_digits(2026) == expected[-4:]


def test_regional_variants_and_languages_added_later_follow_their_language():
    assert numbering_system("ar-dz") == "arab"
    assert numbering_system("ps") == "arabext"
    assert numbering_system("uk") == "latn"


def test_the_setting_can_keep_latin_digits_for_a_language(settings):
    settings.HUB_NUMBERING_SYSTEMS = {"ar": "latn"}
    assert native_digits("8:15", "ar") == "8:15"
    assert native_digits("8:15", "fa") == "۸:۱۵"


def test_the_environment_variable_is_parsed_and_typos_stop_the_start():
    assert parse_numbering_systems("ar=latn; PS = arabext,") == {"ar": "latn", "ps": "arabext"}
    assert parse_numbering_systems("") == {}
    for wrong in ("ar=roman", "ar", "=latn"):
        with pytest.raises(ValueError, match="HUB_NUMBERING_SYSTEMS"):
            parse_numbering_systems(wrong)


def test_an_unknown_numbering_system_is_a_clear_configuration_error(settings):
    settings.HUB_NUMBERING_SYSTEMS = {"ar": "roman"}
    with pytest.raises(ValueError, match="roman"):
        native_digits("1", "ar")


def test_html_tags_references_urls_and_addresses_keep_their_digits():
    html = mark_safe(
        '3 dates – <a href="/ar/calendar/?page=2" data-n="4">page 2</a> &#39;5&#39; '
        "https://example.org/r/12 mailto:x1@example.org team7@example.org"
    )
    converted = native_digits(html, "ar")
    assert isinstance(converted, SafeData)
    assert converted == (
        '٣ dates – <a href="/ar/calendar/?page=2" data-n="4">page ٢</a> &#39;٥&#39; '
        "https://example.org/r/12 mailto:x1@example.org team7@example.org"
    )
    plain = native_digits("<b>1</b>", "ar")
    assert not isinstance(plain, SafeData)


def test_arabic_dates_with_a_time_follow_the_arabic_pattern():
    moment = datetime(2026, 12, 1, 18, 0)
    with translation.override("ar"):
        assert native_digits(date_format(moment, "DATETIME_FORMAT")) == "١ ديسمبر، ٢٠٢٦، ٦:٠٠ م"
    with translation.override("de"):  # Django's own formats where hub has none
        assert date_format(moment, "DATETIME_FORMAT") == "1. Dezember 2026 18:00"


def test_forms_read_arabic_and_persian_digits_as_latin():
    assert latin_digits("+٤٩ ٣٠ ۱۲۳۴") == "+49 30 1234"
    assert latin_digits("Tram 4") == "Tram 4"


# --- forms ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_office_hours_typed_in_arabic_or_persian_digits_are_understood(tree):
    data = {"kind": "weekly", "days": ["0", "2"], "opens": "٠٨:١٥", "closes": "۱۲:۳۰"}
    data |= {"valid_from": "۲۰۲۶-۱۲-۰۱"}
    form = SlotForm(data)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["opens"] == time(8, 15)
    assert form.cleaned_data["closes"] == time(12, 30)
    assert form.cleaned_data["valid_from"] == date(2026, 12, 1)


@pytest.mark.django_db
def test_office_postal_code_and_contact_phone_in_native_digits(tree):
    office = OfficeForm({"name": "Beratung", "postal_code": "١٨٠٥٥", "barrier_free": "unknown"})
    assert office.is_valid(), office.errors
    assert office.cleaned_data["postal_code"] == "18055"

    bad = OfficeForm({"name": "Beratung", "postal_code": "<18055>", "barrier_free": "unknown"})
    with translation.override("ar"):
        assert not bad.is_valid()
        assert "postal_code" in bad.errors

    contact = ContactForm({"name": "Samira", "phone": "+۴۹ ۳۸۱ ۱۲۳۴۵"})
    assert contact.is_valid(), contact.errors
    assert contact.cleaned_data["phone"] == "+49 381 12345"


@pytest.mark.django_db
def test_error_messages_count_in_the_visitors_digits_and_keep_their_codes(tree):
    data = {"name": "x" * 130, "barrier_free": "unknown"}
    with translation.override("ar"):
        arabic = OfficeForm(data)
        assert not arabic.is_valid()
        [message] = arabic.errors["name"]
    assert "١٢٠" in message and "١٣٠" in message and "120" not in message, message
    assert arabic.has_error("name", "max_length")
    with translation.override("de"):
        german = OfficeForm(data)
        assert not german.is_valid()
    assert "120" in german.errors["name"][0]


# --- pages and e-mails ---------------------------------------------------------------


@module_data
def calendar(tree):
    terms = translated_terms()
    calendar = EventIndexPageFactory(parent=tree.homes["de"], translations=("ar", "fa"))
    EventPageFactory(
        parent=calendar,
        title="Vernetzungstreffen",
        start_time=time(18, 15),
        spoken_languages=[terms["arabisch"], terms["farsi"]],
    )
    return calendar


def _main(response) -> str:
    assert response.status_code == 200
    return response.content.decode().split('<main id="main"', 1)[1].split("</main>", 1)[0]


def _visible_text(html: str) -> str:
    return re.sub(r"<[^>]*>", " ", html.split(">", 1)[1])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "digits", "starts"),
    [("ar", ARABIC, "٦:١٥ م"), ("fa", PERSIAN, "۱۸:۱۵")],  # Arabic counts hours to twelve
)
def test_calendar_dates_and_counts_in_the_languages_digits(client, calendar, code, digits, starts):
    html = _main(client.get(calendar_in(calendar, code).url))
    day = re.search(r'class="event-entry__day">([^<]+)<', html).group(1)
    hours = re.search(r'class="event-entry__time"><bdi dir="rtl">([^<]+)<', html).group(1)
    assert re.search(f"[{digits}]", day) and not re.search(r"[0-9]", day), day
    assert hours.startswith(starts), hours
    # Nothing the visitor reads on the calendar has Latin digits (month, counts, dates).
    assert not re.findall(r"[^\s<>]*[0-9][^\s<>]*", _visible_text(html))
    # Lists take the language's separator: "العربية، الفارسية", not "العربية, الفارسية".
    languages = re.search(r"<dd>(<span[^>]*>[^<]*</span>[^<]*<span[^>]*>[^<]*</span>)</dd>", html)
    assert "، " in languages.group(1) and ", " not in languages.group(1), languages.group(1)
    # Machine-readable values keep Latin digits.
    assert re.search(r'datetime="\d{4}-\d{2}-\d{2}T18:15', html)


@pytest.mark.django_db
def test_german_keeps_latin_digits_and_people_written_text_is_never_converted(client, calendar):
    german = _main(client.get(calendar.url))
    assert "18:15" in _visible_text(german)
    assert not re.search(f"[{ARABIC}{PERSIAN}]", german)

    event = calendar.get_children().specific().first()
    arabic = _main(client.get(url_under_language(event, "ar", None)))
    assert re.search(f"[{ARABIC}]", arabic)  # the dates
    # The venue's address is written by people and shown as on the street sign.
    assert "Marktplatz 1" in arabic and "12345" in arabic


@pytest.mark.django_db
def test_registration_email_in_arabic_digits_with_working_links(
    calendar, django_capture_on_commit_callbacks
):
    event = calendar.get_children().specific().first()
    register(django_capture_on_commit_callbacks, occurrences(event).first(), 7, language="ar")
    run_mail_queue()
    [message] = [m for m in mail.outbox if m.to == ["person7@example.org"]]
    date_line = next(line for line in message.body.splitlines() if "٦:١٥" in line)
    assert not re.search(r"[0-9]", date_line), date_line
    assert "، " in date_line and ", " not in date_line  # Arabic commas between the parts
    links = re.findall(r"https?://\S+", message.body)
    assert links and all(not re.search(f"[{ARABIC}]", link) for link in links)
