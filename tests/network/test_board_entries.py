"""Writing on the board: new entries, author-only edit and delete, hiding with a reason,
reports to the editors, the Wagtail admin list, "former member", own data."""

import json

import pytest
from django.urls import reverse
from django.utils import translation

from hub.demo.factories.network import BoardEntryFactory
from hub.network.board.data import export_board_data
from hub.network.models import BoardEntry, BoardReply, BoardReport
from tests.admin_html import admin_title
from tests.mail_queue import run_mail_queue
from tests.network.board_support import entry_post, prefer, url
from tests.network.selfservice_support import build_members


@pytest.fixture(name="members")
def members_fixture(tree):
    return build_members(tree)


@pytest.fixture(name="commit")
def commit_fixture(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.mark.django_db
def test_a_member_posts_an_entry_for_their_organisation(client, members):
    client.force_login(members.admin_b)
    form = client.get(url("board_new"))
    # One organisation: it is chosen already.
    assert form.context["form"].initial["organisation"] == str(members.diakonie.pk)
    response = client.post(
        url("board_new"),
        entry_post(category="sprache", organisation=str(members.diakonie.pk)),
    )
    entry = BoardEntry.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("board_entry", "de", entry.pk)
    assert entry.author == members.admin_b
    assert entry.organisation == members.diakonie
    assert entry.category == members.terms["sprache"]
    assert entry.text == "Am 12. März in der Grundschule Nord.\nWer kann helfen?"


@pytest.mark.django_db
def test_organisation_must_be_ones_own(client, members):
    client.force_login(members.admin_b)
    response = client.post(url("board_new"), entry_post(organisation=str(members.caritas.pk)))
    assert response.status_code == 200
    assert "organisation" in response.context["form"].errors
    assert not BoardEntry.objects.exists()


@pytest.mark.django_db
def test_only_the_author_edits_and_deletes(client, members):
    entry = BoardEntryFactory(author=members.admin_a)
    for other in (members.admin_b, members.moderator):
        client.force_login(other)
        assert client.get(url("board_edit", "de", entry.pk)).status_code == 404
        assert client.post(url("board_edit", "de", entry.pk), entry_post()).status_code == 404
        assert client.post(url("board_delete", "de", entry.pk)).status_code == 404
    entry.refresh_from_db()
    assert entry.title == "Biete: 3 Plätze im Sprachkurs A2"

    client.force_login(members.admin_a)
    response = client.post(url("board_edit", "de", entry.pk), entry_post(title="Neu"))
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.title == "Neu"
    assert client.post(url("board_delete", "de", entry.pk)).status_code == 302
    assert not BoardEntry.objects.exists()


@pytest.mark.django_db
def test_editor_hides_with_reason_and_author_is_told(client, members, commit, mailoutbox):
    entry = BoardEntryFactory(author=members.admin_a, title="Verkaufe Handyverträge")
    client.force_login(members.admin_b)
    assert client.get(url("board_hide", "de", entry.pk)).status_code == 403

    client.force_login(members.moderator)
    response = client.post(url("board_hide", "de", entry.pk), {"reason": ""})
    assert response.status_code == 200 and "reason" in response.context["form"].errors
    with commit():
        client.post(url("board_hide", "de", entry.pk), {"reason": "Kommerzielle Werbung"})
    entry.refresh_from_db()
    assert entry.hidden and entry.hidden_reason == "Kommerzielle Werbung"
    assert entry.hidden_by == members.moderator and entry.hidden_at

    assert run_mail_queue() == 1
    message = mailoutbox[-1]
    assert message.to == ["samira@example.org"]
    # Samira's membership is in Arabic: so is the e-mail (Django's fallback until the
    # catalog has the text, but the header names the language it was rendered in).
    assert message.extra_headers["Content-Language"] == "ar"
    assert "Kommerzielle Werbung" in message.body
    assert url("board_entry", "ar", entry.pk) in message.body

    client.force_login(members.moderator)
    client.post(url("board_unhide", "de", entry.pk))
    entry.refresh_from_db()
    assert not entry.hidden and entry.hidden_reason == ""


@pytest.mark.django_db
def test_report_reaches_the_editors_and_the_admin_list(client, members, commit, mailoutbox):
    entry = BoardEntryFactory(author=members.admin_a, title="Fragwürdiges Angebot")
    client.force_login(members.admin_b)
    with commit():
        response = client.post(
            url("board_report", "de", entry.pk), {"reason": "Sieht nach Betrug aus"}
        )
    assert response.status_code == 302
    report = BoardReport.objects.get()
    assert report.reporter == members.admin_b and not report.handled
    assert run_mail_queue() == 1
    assert [m.to for m in mailoutbox] == [["moderation@example.org"]]
    assert "Sieht nach Betrug aus" in mailoutbox[0].body
    assert mailoutbox[0].reply_to == ["dora@example.org"]
    # Reporting again while the first report is open mails nobody twice.
    with commit():
        client.post(url("board_report", "de", entry.pk), {"reason": "Wirklich!"})
    assert run_mail_queue() == 0
    assert BoardReport.objects.count() == 1 and len(mailoutbox) == 1

    client.force_login(members.moderator)
    index = client.get(reverse("network_boardreport_modeladmin_index"))
    assert index.status_code == 200
    assert "Fragwürdiges Angebot" in index.content.decode()
    hide_url = reverse("network_board_report_hide", args=[report.pk])
    assert hide_url in index.content.decode()
    # Both confirmation pages show the entry and the report under their own title.
    handled_url = reverse("network_board_report_handled", args=[report.pk])
    for page_url, title in (
        (hide_url, "Hide board entry"),
        (handled_url, "Mark the report as handled"),
    ):
        with translation.override("en"):
            page = client.get(page_url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
            expected = translation.gettext(title)
        assert admin_title(page).startswith(expected), admin_title(page)
        assert "Fragwürdiges Angebot" in page and "Wirklich!" in page  # the latest reason
    with commit():
        client.post(hide_url, {"reason": "Betrug"})
    entry.refresh_from_db()
    report.refresh_from_db()
    assert entry.hidden and entry.hidden_reason == "Betrug" and report.handled


@pytest.mark.django_db
def test_report_marked_handled_in_the_admin(client, members):
    entry = BoardEntryFactory(author=members.admin_a)
    report = BoardReport.objects.create(entry=entry, reporter=members.admin_b, reason="?")
    handled_url = reverse("network_board_report_handled", args=[report.pk])
    client.force_login(members.admin_b)
    assert client.post(handled_url).status_code in (302, 403)
    report.refresh_from_db()
    assert not report.handled
    client.force_login(members.moderator)
    assert client.get(handled_url).status_code == 200
    client.post(handled_url)
    report.refresh_from_db()
    entry.refresh_from_db()
    assert report.handled and not entry.hidden


@pytest.mark.django_db
def test_reply_notifies_the_author_unless_never(client, members, commit, mailoutbox):
    entry = BoardEntryFactory(author=members.admin_a)
    client.force_login(members.admin_b)
    with commit():
        client.post(url("board_entry", "de", entry.pk), {"text": "Ich hätte Interesse!"})
    assert BoardReply.objects.get().author == members.admin_b
    assert run_mail_queue() == 1
    assert mailoutbox[-1].to == ["samira@example.org"]
    assert "Ich hätte Interesse!" in mailoutbox[-1].body

    prefer(members.admin_a, "offer", "never")
    with commit():
        client.post(url("board_entry", "de", entry.pk), {"text": "Noch eine Frage"})
    run_mail_queue()
    assert len(mailoutbox) == 1
    # Replying to one's own entry mails nobody.
    client.force_login(members.admin_a)
    prefer(members.admin_a, "offer", "instantly")
    with commit():
        client.post(url("board_entry", "de", entry.pk), {"text": "Danke euch"})
    assert run_mail_queue() == 0


@pytest.mark.django_db
def test_deleted_account_shows_former_member(client, members):
    entry = BoardEntryFactory(author=members.editor_a, title="Paul bietet an")
    BoardReply.objects.create(entry=entry, author=members.editor_a, text="Nachtrag von Paul")
    members.editor_a.delete()
    entry.refresh_from_db()
    assert entry.author is None
    client.force_login(members.admin_b)
    list_page = client.get(url("board", "en")).content.decode()
    assert "Paul bietet an" in list_page and "former member" in list_page
    page = client.get(url("board_entry", "en", entry.pk)).content.decode()
    assert "Nachtrag von Paul" in page
    assert page.count("former member") == 2
    assert "Paul Test" not in page


@pytest.mark.django_db
def test_own_board_data_is_json(members):
    entry = BoardEntryFactory(author=members.admin_a, category=members.terms["sprache"])
    other = BoardEntryFactory(author=members.admin_b, title="Von Dora")
    BoardReply.objects.create(entry=other, author=members.admin_a, text="Antwort")
    BoardReport.objects.create(entry=other, reporter=members.admin_a, reason="Grund")
    prefer(members.admin_a, "idea", "never")
    data = export_board_data(members.admin_a)
    json.dumps(data)
    assert [item["id"] for item in data["entries"]] == [entry.pk]
    assert data["entries"][0]["category"] == "sprache"
    assert data["replies"] == [
        {
            "entry_id": other.pk,
            "entry_title": "Von Dora",
            "text": "Antwort",
            "created_at": data["replies"][0]["created_at"],
        }
    ]
    assert data["reports"][0]["reason"] == "Grund"
    assert data["notification_settings"] == {
        "search": "weekly",
        "offer": "weekly",
        "idea": "never",
        "announcement": "weekly",
    }
    assert export_board_data(members.outsider)["entries"] == []
