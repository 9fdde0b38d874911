"""Self-submission: a public entry becomes a draft in moderation, never a live page.

The helpers at the top are shared with the other ``test_initiative_submission_*``
modules, which import the fixtures by their function names (``directory_fixture``…).
"""

import re
import time
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Page, WorkflowPage, WorkflowState

from hub.core.antispam import ADDRESS_RATE_LIMIT_MESSAGE, TOO_FAST_MESSAGE, issue_started
from hub.demo.factories.pages import InitiativeIndexPageFactory, by_language
from hub.demo.factories.snippets import translated_terms
from hub.demo.factories.users import UserFactory
from hub.pages.initiatives.submissions.forms import InitiativeForm
from hub.pages.models import InitiativeIndexPage, InitiativePage, InitiativeSubmission
from tests.mail_queue import mail_delivered, run_mail_queue
from tests.module_data import module_data
from tests.pages.search.support import result_titles

# --- shared helpers ----------------------------------------------------------------


@dataclass
class Directory:
    indexes: dict[str, InitiativeIndexPage]
    terms: dict
    moderator: object
    editor: object
    admin: object


def make_user(username: str, email: str, group: str | None = None, superuser=False):
    return UserFactory(
        username=username,
        email=email,
        password="geheim-123",
        superuser=superuser,
        groups=[group] if group else [],
    )


@pytest.fixture(autouse=True, name="fresh_cache")
def fresh_cache_fixture():
    """Rate-limit counters live in the cache, which outlives a test."""
    cache.clear()
    yield
    cache.clear()


@module_data(name="directory")
def directory_fixture(tree) -> Directory:
    terms = translated_terms()
    return Directory(
        indexes=by_language(
            InitiativeIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
        ),
        terms=terms,
        moderator=make_user("moderatorin", "moderation@example.org", "Moderators"),
        editor=make_user("redakteur", "redaktion@example.org", "Editors"),
        # Same address as the editor (in another case): e-mailed once.
        admin=make_user("chefin", "REDAKTION@example.org", superuser=True),
    )


def valid_data(**overrides) -> dict:
    data = {
        "title": "Fahrradwerkstatt Nordstadt",
        "summary": "Wir reparieren Fahrräder mit Geflüchteten.",
        "description": "Jeden Samstag.\n\nWerkzeug ist da.",
        "categories": ["sport"],
        "target_groups": ["familien"],
        "districts": ["nordstadt"],
        "spoken_languages": ["arabisch", "farsi"],
        "tags": "Fahrrad, Reparatur",
        "status": "active",
        "involvement": "Schrauben, Kaffee kochen",
        "time_commitment": "zwei Stunden pro Woche",
        "requirements": "",
        "contact_name": "Jana Schmidt",
        "contact_email": "werkstatt@example.org",
        "contact_phone": "+49 30 1234567",
        "website": "https://werkstatt.example.org",
        "street_address": "Hauptstraße 5",
        "postal_code": "12345",
        "locality": "Musterstadt",
        "meeting_place": "Im Hinterhof",
        "submitter_name": "Jana Schmidt",
        "submitter_email": "jana@example.org",
        "message": "Wir freuen uns!",
        "consent": "on",
        # Shown a minute ago: not too fast.
        "form_started": issue_started(InitiativeForm, time.time() - 60),
        "homepage": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def send(client, url: str, data: dict, capture, **extra):
    """POST ``data`` and run what the view left for after the commit (e-mails)."""
    with mail_delivered():
        return client.post(url, data, **extra)


def submit_url(code: str = "de") -> str:
    return {"de": "/de/initiativen/submit/", "en": "/en/initiatives/submit/"}.get(
        code, f"/{code}/initiatives/submit/"
    )


def translated(code: str, msgid: str, **params) -> str:
    """``msgid`` as visitors of ``code`` read it (HTML-escaped, as templates print it)."""
    with translation.override(code):
        text = translation.gettext(msgid)
    return escape(text % params if params else text)


def only_submission() -> InitiativeSubmission:
    submissions = list(InitiativeSubmission.objects.all())
    assert len(submissions) == 1
    return submissions[0]


def mails_to(address: str) -> list:
    return [
        message for message in mail.outbox if address.lower() in [a.lower() for a in message.to]
    ]


# --- the form ----------------------------------------------------------------------


def test_form_is_in_the_visitors_language_with_translated_terms(client, directory):
    response = client.get(submit_url("ar"))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "css/forms.css" in html
    # Terms are named in Arabic but carry the slug, which is the same in every language.
    assert re.search(r'value="sprache" id="id_categories_0">\s*دعم اللغة', html)
    assert 'value="nordstadt"' in html and "الحي الشمالي" in html
    assert html.count('<fieldset class="form-section">') == 6
    assert 'autocomplete="email"' in html and 'autocomplete="tel"' in html
    assert 'class="form-field__required"' in html
    assert 'class="honeypot" aria-hidden="true"' in html


def test_form_served_under_another_language_moves_to_that_languages_index(client, directory):
    # /ar/ reaches the German index through the fallback; the Arabic index exists.
    response = client.get("/ar/initiativen/submit/")
    assert response.status_code == 302
    assert response["Location"] == "/ar/initiatives/submit/"


# --- a valid submission ------------------------------------------------------------


def test_valid_submission_creates_a_draft_in_moderation_and_sends_both_emails(
    client, directory, django_capture_on_commit_callbacks
):
    response = send(client, submit_url("ar"), valid_data(), django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert response["Location"] == "/ar/initiatives/submit/?sent=1"

    page = InitiativePage.objects.get(title="Fahrradwerkstatt Nordstadt")
    arabic_index = directory.indexes["ar"]
    assert page.get_parent().pk == arabic_index.pk
    assert page.locale_id == arabic_index.locale_id
    assert not page.live and page.live_revision is None and page.first_published_at is None
    assert page.latest_revision is not None
    # Terms link the German rows whatever the visitor's language.
    assert sorted(page.categories.values_list("slug", "locale__language_code")) == [("sport", "de")]
    assert {term.slug for term in page.spoken_languages.all()} == {"arabisch", "farsi"}
    assert all(term.locale.language_code == "de" for term in page.spoken_languages.all())
    assert sorted(page.tags.names()) == ["Fahrrad", "Reparatur"]
    assert page.description == "<p>Jeden Samstag.</p><p>Werkzeug ist da.</p>"
    assert page.website == "https://werkstatt.example.org"

    submission = only_submission()
    assert submission.page_id == page.pk
    assert submission.translation_key == page.translation_key
    assert submission.kind == InitiativeSubmission.Kind.NEW
    assert submission.status == InitiativeSubmission.Status.PENDING
    assert submission.language == "ar"
    assert (submission.submitter_name, submission.submitter_email) == (
        "Jana Schmidt",
        "jana@example.org",
    )
    assert submission.message == "Wir freuen uns!"
    assert submission.data["summary"] == "Wir reparieren Fahrräder mit Geflüchteten."
    assert submission.data["categories"] == ["sport"]
    assert submission.data["tags"] == ["Fahrrad", "Reparatur"]
    assert submission.data["consent"] is True
    assert "homepage" not in submission.data and "form_started" not in submission.data

    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Moderators approval"
    assert state.requested_by is None

    # One e-mail per editor address (moderator, editor = admin's address), one to the
    # submitter — and none of Wagtail's own "submitted for moderation" notices.
    assert sorted(address.lower() for m in mail.outbox for address in m.to) == [
        "jana@example.org",
        "moderation@example.org",
        "redaktion@example.org",
    ]
    to_editor = mails_to("moderation@example.org")[0]
    assert "Fahrradwerkstatt Nordstadt" in to_editor.subject
    assert f"http://testserver/admin/pages/{page.pk}/edit/" in to_editor.body
    assert "Wir reparieren Fahrräder mit Geflüchteten." in to_editor.body
    assert "Wir freuen uns!" in to_editor.body
    assert "Im Hinterhof" in to_editor.body
    assert to_editor.reply_to == ["jana@example.org"]
    assert to_editor.extra_headers["Content-Language"] == "de"  # the editor's admin language

    to_submitter = mails_to("jana@example.org")[0]
    assert "Fahrradwerkstatt Nordstadt" in to_submitter.subject
    assert to_submitter.extra_headers["Content-Language"] == "ar"
    assert "Werkzeug ist da." in to_submitter.body
    # Terms are listed in the submitter's language.
    assert "الرياضة" in to_submitter.body

    done = client.get(response["Location"])
    assert done.status_code == 200
    assert 'class="submission-done" role="status"' in done.content.decode()


def test_plain_text_is_escaped_into_paragraphs(
    client, directory, django_capture_on_commit_callbacks
):
    text = "Zeile eins\nZeile <b>zwei</b> & mehr\n\n\n<script>alert(1)</script>"
    send(client, submit_url(), valid_data(description=text), django_capture_on_commit_callbacks)
    page = InitiativePage.objects.get()
    assert page.description == (
        "<p>Zeile eins<br/>Zeile &lt;b&gt;zwei&lt;/b&gt; &amp; mehr</p>"
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
    )


def test_title_in_arabic_script_gets_a_latin_slug(
    client, directory, django_capture_on_commit_callbacks
):
    send(
        client,
        submit_url("ar"),
        valid_data(title="ورشة الدراجات"),
        django_capture_on_commit_callbacks,
    )
    send(
        client, submit_url("ar"), valid_data(title="ورشة أخرى"), django_capture_on_commit_callbacks
    )
    slugs = sorted(InitiativePage.objects.values_list("slug", flat=True))
    assert slugs == ["initiative", "initiative-2"]


# --- moderation ---------------------------------------------------------------------


def search_titles(client, code: str, query: str) -> list[str]:
    return result_titles(client, code, query)


def test_invisible_before_approval_visible_after_and_submitter_told_once(
    client, directory, django_capture_on_commit_callbacks
):
    send(client, submit_url(), valid_data(), django_capture_on_commit_callbacks)
    page = InitiativePage.objects.get()
    url = "/de/initiativen/fahrradwerkstatt-nordstadt/"

    assert client.get(url).status_code == 404
    assert search_titles(client, "de", "Fahrradwerkstatt") == []
    assert "Fahrradwerkstatt" not in client.get("/de/initiativen/").content.decode()
    assert not InitiativePage.objects.live().filter(pk=page.pk).exists()

    mail.outbox.clear()
    with mail_delivered():
        page.current_workflow_task_state.approve(user=directory.moderator)

    page.refresh_from_db()
    assert page.live and page.live_revision is not None
    assert client.get(url).status_code == 200
    assert search_titles(client, "de", "Fahrradwerkstatt") == ["Fahrradwerkstatt Nordstadt"]
    assert "Fahrradwerkstatt Nordstadt" in client.get("/de/initiativen/").content.decode()

    submission = only_submission()
    assert submission.status == InitiativeSubmission.Status.PUBLISHED
    assert submission.decided_at is not None
    [published] = mail.outbox
    assert published.to == ["jana@example.org"]
    assert published.extra_headers["Content-Language"] == "de"
    assert f"{settings.HUB_BASE_URL}{url}" in published.body

    # A later re-publication by an editor sends nothing again.
    mail.outbox.clear()
    with mail_delivered():
        page.save_revision(user=directory.admin).publish(user=directory.admin)
    assert mail.outbox == []


def test_declined_entry_never_appears_and_the_reason_reaches_the_submitter(
    client, directory, django_capture_on_commit_callbacks
):
    send(client, submit_url("en"), valid_data(), django_capture_on_commit_callbacks)
    page = InitiativePage.objects.get()
    mail.outbox.clear()
    with mail_delivered():
        page.current_workflow_task_state.reject(
            user=directory.moderator, comment="Bitte ergänzen Sie die Öffnungszeiten."
        )

    page.refresh_from_db()
    assert not page.live and page.live_revision is None
    assert client.get("/en/initiatives/fahrradwerkstatt-nordstadt/").status_code == 404
    assert search_titles(client, "en", "Fahrradwerkstatt") == []

    submission = only_submission()
    assert submission.status == InitiativeSubmission.Status.DECLINED
    assert submission.decision_reason == "Bitte ergänzen Sie die Öffnungszeiten."
    assert submission.decided_at is not None
    [declined] = mail.outbox
    assert declined.to == ["jana@example.org"]
    assert declined.extra_headers["Content-Language"] == "en"
    assert "Bitte ergänzen Sie die Öffnungszeiten." in declined.body
    assert "Fahrradwerkstatt Nordstadt" in declined.subject


def test_without_a_workflow_nothing_is_started_but_editors_are_told(
    client, directory, django_capture_on_commit_callbacks
):
    WorkflowPage.objects.all().delete()
    send(client, submit_url(), valid_data(), django_capture_on_commit_callbacks)
    page = InitiativePage.objects.get()
    assert not page.live
    assert not WorkflowState.objects.exists()
    to_editor = mails_to("moderation@example.org")[0]
    no_workflow = (
        "No moderation workflow applies to this page. Check it and publish it, or delete the draft:"
    )
    assert translated("de", no_workflow) in to_editor.body
    assert mails_to("jana@example.org")

    # An editor publishing it directly still tells the submitter.
    mail.outbox.clear()
    with mail_delivered():
        page.get_latest_revision().publish(user=directory.admin)
    assert only_submission().status == InitiativeSubmission.Status.PUBLISHED
    assert [m.to for m in mail.outbox] == [["jana@example.org"]]


def test_workflows_started_by_editors_keep_wagtails_notifications(
    directory, django_capture_on_commit_callbacks
):
    index = directory.indexes["de"]
    page = InitiativePage(title="Sprachcafé", slug="sprachcafe", summary="Kaffee.", live=False)
    index.add_child(instance=page)
    page.save_revision(user=directory.editor)
    with django_capture_on_commit_callbacks(execute=True):
        page.get_workflow().start(page, user=directory.editor)
    # Queued like every e-mail of the site, not sent inside the editor's request.
    assert mail.outbox == []
    run_mail_queue()
    to_moderator = [message for message in mail.outbox if "moderation@example.org" in message.to]
    assert len(to_moderator) == 1
    assert to_moderator[0].extra_headers["Auto-Submitted"] == "auto-generated"
    assert InitiativeSubmission.objects.count() == 0


# --- the public cannot publish ---------------------------------------------------


def test_extra_fields_cannot_publish_or_end(client, directory, django_capture_on_commit_callbacks):
    data = valid_data(
        live="1",
        **{"action-publish": "publish"},
        first_published_at="2020-01-01T00:00:00Z",
        owner="1",
    )
    response = send(client, submit_url(), data, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    page = InitiativePage.objects.get()
    assert not page.live
    assert page.live_revision is None and page.first_published_at is None
    assert page.owner is None
    assert not Page.objects.live().filter(pk=page.pk).exists()

    # "ended" is not a choice in the public entry form.
    response = send(
        client,
        submit_url(),
        valid_data(title="Zweite", status="ended"),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 200
    assert InitiativePage.objects.count() == 1


# --- spam ------------------------------------------------------------------------


def test_honeypot_gets_a_thank_you_but_nothing_is_stored(
    client, directory, django_capture_on_commit_callbacks
):
    response = send(
        client,
        submit_url(),
        valid_data(homepage="http://spam.example"),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    assert response["Location"] == "/de/initiativen/submit/?sent=1"
    assert client.get(response["Location"]).status_code == 200
    assert not InitiativePage.objects.exists()
    assert not InitiativeSubmission.objects.exists()
    assert mail.outbox == []


@override_settings(HUB_FORM_RATE_LIMIT=2)
def test_rate_limit_refuses_the_third_submission_from_one_sender(
    client, directory, django_capture_on_commit_callbacks
):
    for number in (1, 2):
        response = send(
            client,
            submit_url(),
            valid_data(title=f"Initiative {number}"),
            django_capture_on_commit_callbacks,
            REMOTE_ADDR="203.0.113.7",
        )
        assert response.status_code == 302
    mail.outbox.clear()
    refused = send(
        client,
        submit_url(),
        valid_data(title="Initiative drei"),
        django_capture_on_commit_callbacks,
        REMOTE_ADDR="203.0.113.7",
    )
    assert refused.status_code == 429
    html = refused.content.decode()
    with translation.override("de"):
        assert escape(str(ADDRESS_RATE_LIMIT_MESSAGE)) in html
    assert 'value="Initiative drei"' in html  # what was typed is kept
    assert 'value="sport" id="id_categories_2" checked' in html
    assert InitiativePage.objects.count() == 2
    assert mail.outbox == []

    # A colleague at the same connection is not locked out.
    other = send(
        client,
        submit_url(),
        valid_data(title="Initiative vier", submitter_email="kollege@example.org"),
        django_capture_on_commit_callbacks,
        REMOTE_ADDR="203.0.113.7",
    )
    assert other.status_code == 302
    assert InitiativePage.objects.count() == 3


def test_a_form_sent_back_within_seconds_is_refused_with_input_kept(
    client, directory, django_capture_on_commit_callbacks
):
    response = send(
        client,
        submit_url(),
        valid_data(form_started=issue_started(InitiativeForm)),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override("de"):
        assert escape(str(TOO_FAST_MESSAGE)) in html
    assert 'value="Fahrradwerkstatt Nordstadt"' in html
    assert not InitiativePage.objects.exists()


def test_a_workflow_without_tasks_does_not_publish_a_public_submission(tree, client):
    """Wagtail finishes (publishes) a workflow with no active task the moment it starts."""
    from wagtail.models import Workflow, WorkflowPage

    terms = translated_terms()
    index = InitiativeIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    Workflow.objects.all().delete()
    WorkflowPage.objects.create(workflow=Workflow.objects.create(name="Leer"), page=index)

    from hub.pages.initiatives.submissions.services import Submitter, submit_initiative
    from hub.pages.models import InitiativePage

    submission = submit_initiative(
        index,
        {
            "title": "Leere Prüfung",
            "summary": "Kurz.",
            "status": "active",
            "categories": [terms["sprache"]],
        },
        Submitter(name="Sara", email="sara@example.org", language="de"),
    )
    page = InitiativePage.objects.get(pk=submission.page_id)
    assert not page.live
    assert page.live_revision_id is None
