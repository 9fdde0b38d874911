"""What people type reaches pages and e-mails cleaned (``hub.core.form_input``, ``hub.core.text``):
single-line fields lose control characters, line breaks and bidi controls, text areas
keep their lines. Payloads go through the real forms — the registration, the initiative
entry, the membership application and a members' form — and the test checks what is
stored, the page title and the e-mail's subject and headers."""

import pytest
from django.core import mail

from hub.core.text import multi_line, single_line
from hub.events.models import Registration
from hub.network.models import MembershipApplication
from hub.network.selfservice.forms.offices import OfficeForm
from hub.pages.models import InitiativePage
from tests.events.registration_support import (  # noqa: F401 - fixtures
    calendar_fixture,
    event_fixture,
    form_data,
    occurrence_fixture,
    register_url,
)
from tests.mail_queue import run_mail_queue
from tests.network import test_applications as applications
from tests.network.test_applications import setting_fixture  # noqa: F401 - fixture
from tests.pages.initiatives import test_initiative_submission as submissions
from tests.pages.initiatives.test_initiative_submission import (  # noqa: F401 - fixtures
    directory_fixture,
    fresh_cache_fixture,
)

INJECTION = "Anna\r\nBcc: x@evil.example"
REVERSED = "\u202egnp.exe"
BELLS = "\x00\x07"


@pytest.mark.parametrize(
    ("typed", "line", "text"),
    [
        (INJECTION, "Anna Bcc: x@evil.example", "Anna\nBcc: x@evil.example"),
        (REVERSED, "gnp.exe", "gnp.exe"),
        (BELLS, "", ""),
        ("\u2067مريم\u2069  Haddad\t", "مريم Haddad", "مريم  Haddad "),
        # The zero-width non-joiner is part of Persian spelling.
        ("می\u200cخواهم", "می\u200cخواهم", "می\u200cخواهم"),
        ("eins\u2028zwei\u202a\u202b\u202c\u202d\u2066\u2068", "eins zwei", "eins\nzwei"),
    ],
)
def test_single_and_multi_line_cleaning(typed, line, text):
    assert single_line(typed) == line
    assert multi_line(typed) == text


def assert_clean_headers(message) -> None:
    parsed = message.message()
    assert parsed["Bcc"] is None and "x@evil.example" not in parsed["To"]
    for name, value in parsed.items():
        assert "\n" not in value.replace("\n ", "").replace("\r\n ", ""), name
        assert "\u202e" not in value, name


@pytest.mark.django_db
def test_registration_stores_clean_names_and_mails_no_injected_header(
    client, event, occurrence, django_capture_on_commit_callbacks
):
    data = form_data(
        name=INJECTION,
        organisation=REVERSED + BELLS,
        accessibility_needs="Rollstuhl\r\nRampe bitte\x00 \u202eLeseprobe",
        language="de",
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(register_url(event, occurrence), data).status_code == 302
    registration = Registration.objects.get()
    assert registration.name == "Anna Bcc: x@evil.example"
    assert registration.organisation == "gnp.exe"
    assert registration.accessibility_needs == "Rollstuhl\nRampe bitte Leseprobe"
    run_mail_queue()
    (message,) = mail.outbox
    assert message.bcc == [] and message.to == ["samira@example.org"]
    assert_clean_headers(message)
    assert "Anna Bcc: x@evil.example" in message.body.splitlines()[0]


@pytest.mark.django_db
def test_initiative_title_reaches_page_and_editors_subject_clean(
    client, directory, django_capture_on_commit_callbacks
):
    data = submissions.valid_data(
        title=REVERSED + "\r\nBcc: x@evil.example" + BELLS,
        submitter_name=INJECTION,
        summary="Erste Zeile\r\nzweite\u202e Zeile",
    )
    response = submissions.send(
        client, submissions.submit_url(), data, django_capture_on_commit_callbacks
    )
    assert response.status_code == 302
    page = InitiativePage.objects.get()
    assert page.title == "gnp.exe Bcc: x@evil.example"
    assert page.draft_title == page.title
    assert page.summary == "Erste Zeile\nzweite Zeile"
    subjects = [message.subject for message in mail.outbox]
    assert any("gnp.exe Bcc: x@evil.example" in subject for subject in subjects), subjects
    for message in mail.outbox:
        assert_clean_headers(message)
    assert submissions.only_submission().submitter_name == "Anna Bcc: x@evil.example"


@pytest.mark.django_db
def test_application_name_reaches_the_editors_subject_clean(
    client, setting, django_capture_on_commit_callbacks
):
    data = applications.valid_data(
        organisation_name="Verein\r\nBcc: x@evil.example" + BELLS + "\u2066", contact_name=REVERSED
    )
    response = applications.send(
        client, applications.FORM_DE, data, django_capture_on_commit_callbacks
    )
    assert response.status_code == 302
    application = MembershipApplication.objects.get()
    assert application.organisation_name == "Verein Bcc: x@evil.example"
    assert application.contact_name == "gnp.exe"
    subjects = [message.subject for message in mail.outbox]
    assert any("Verein Bcc: x@evil.example" in subject for subject in subjects), subjects
    for message in mail.outbox:
        assert_clean_headers(message)


@pytest.mark.django_db
def test_members_forms_clean_their_input_too():
    typed = {"name": "\u2066Beratung\u2069\r\nNord" + BELLS, "locality": REVERSED}
    form = OfficeForm(data={**typed, "barrier_free": "unknown"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["name"] == "Beratung Nord"
    assert form.cleaned_data["locality"] == "gnp.exe"


def test_board_reply_and_reason_are_cleaned_by_the_shared_mixin():
    """The board's forms no longer clean their texts themselves: the members' base class
    does, for every field (a reply keeps its lines, loses bells and bidi overrides)."""
    from hub.network.board.forms import ReplyForm, ReportForm

    reply = ReplyForm(data={"text": f"Hallo\r\nich helfe gern{BELLS} {REVERSED}"})
    assert reply.is_valid(), reply.errors
    assert reply.cleaned_data["text"] == "Hallo\nich helfe gern gnp.exe"
    assert not ReportForm(data={"reason": BELLS}).is_valid()
