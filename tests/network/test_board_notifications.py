"""Who hears about new entries: at once (one queued e-mail each, in their language),
weekly (one digest, each entry once, nothing twice), never (nothing)."""

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.users.models import UserProfile

from hub.demo.factories.network import BoardEntryFactory
from hub.network.board import digest
from hub.network.members.language import member_language
from hub.network.models import BoardDigestItem, Membership
from tests.mail_queue import mail_delivered, run_mail_queue
from tests.network.board_support import days_ago, entry_post, prefer, url
from tests.network.selfservice_support import MemberAccountFactory, build_members


def send_digests(**options) -> digest.DigestReport:
    """The digest run, with the e-mails it queued delivered."""
    with mail_delivered():
        return digest.send_digests(**options)


@pytest.fixture(name="members")
def members_fixture(tree):
    return build_members(tree)


@pytest.fixture(name="commit")
def commit_fixture(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture(autouse=True)
def _quiet_by_default(members):
    """Everyone on "never" unless a test says otherwise: the counts below stay exact."""
    for user in (members.admin_a, members.editor_a, members.admin_b, members.moderator):
        for kind in ("search", "offer", "idea", "announcement"):
            prefer(user, kind, "never")


def addresses(mailoutbox) -> list[str]:
    return sorted(address for message in mailoutbox for address in message.to)


@pytest.mark.django_db
def test_member_language_order(members):
    assert member_language(members.admin_a) == "ar"
    assert member_language(members.admin_b) == "de"
    profile = UserProfile.get_for_user(members.moderator)
    assert member_language(members.moderator) == "de"
    profile.preferred_language = "fa"
    profile.save()
    assert member_language(members.moderator) == "fa"
    Membership.objects.create(organisation=members.caritas, user=members.moderator, language="en")
    assert member_language(members.moderator) == "en"


@pytest.mark.django_db
def test_instantly_sends_once_to_those_who_chose_it(client, members, commit, mailoutbox):
    prefer(members.admin_a, "search", "instantly")
    prefer(members.editor_a, "offer", "instantly")  # another kind
    prefer(members.admin_b, "search", "instantly")  # the author
    client.force_login(members.admin_b)
    with commit():
        client.post(url("board_new"), entry_post(kind="search"))
    assert mailoutbox == []  # queued, not sent in the request
    assert run_mail_queue() == 1
    assert addresses(mailoutbox) == ["samira@example.org"]
    message = mailoutbox[0]
    assert message.extra_headers["Content-Language"] == "ar"
    assert "Tigrinya" in message.subject
    assert "/ar/members/board/" in message.body
    assert run_mail_queue() == 0


@pytest.mark.django_db
def test_never_sends_nothing(client, members, commit, mailoutbox):
    client.force_login(members.admin_b)
    with commit():
        client.post(url("board_new"), entry_post(kind="offer"))
    assert run_mail_queue() == 0
    with mail_delivered():
        call_command("send_board_digest", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mailoutbox == []


@pytest.mark.django_db
def test_hidden_before_sending_announces_nothing(client, members, commit, mailoutbox):
    prefer(members.admin_a, "search", "instantly")
    client.force_login(members.admin_b)
    with commit():
        client.post(url("board_new"), entry_post(kind="search"))
    from hub.network.models import BoardEntry

    BoardEntry.objects.update(hidden=True)
    run_mail_queue()
    assert mailoutbox == []


@pytest.mark.django_db
def test_weekly_digest_once_per_entry(members, mailoutbox):
    prefer(members.admin_a, "offer", "weekly")
    prefer(members.admin_a, "idea", "weekly")
    prefer(members.editor_a, "search", "weekly")
    BoardEntryFactory(
        author=members.admin_b, kind="offer", title="Biete Fahrräder", created_at=days_ago(2)
    )
    BoardEntryFactory(
        author=members.admin_b, kind="idea", title="Denke Stadtteilfest", created_at=days_ago(1)
    )
    BoardEntryFactory(
        author=members.admin_b, kind="search", title="Suche Räume", created_at=days_ago(3)
    )
    BoardEntryFactory(
        author=members.admin_a, kind="offer", title="Eigenes Angebot", created_at=days_ago(1)
    )
    BoardEntryFactory(author=members.admin_b, kind="offer", title="Versteckt", hidden=True)
    BoardEntryFactory(author=members.admin_b, kind="offer", title="Zu alt", created_at=days_ago(20))

    report = send_digests(now=timezone.now())
    assert sorted(report.sent) == [("paul@example.org", 1), ("samira@example.org", 2)]
    by_address = {message.to[0]: message for message in mailoutbox}
    samira = by_address["samira@example.org"]
    assert samira.extra_headers["Content-Language"] == "ar"
    assert "Biete Fahrräder" in samira.body and "Denke Stadtteilfest" in samira.body
    assert "Eigenes Angebot" not in samira.body and "Versteckt" not in samira.body
    assert "Zu alt" not in samira.body
    assert "Suche Räume" in by_address["paul@example.org"].body

    # A second run sends nothing; a new entry is reported alone.
    assert send_digests(now=timezone.now()).sent == []
    assert len(mailoutbox) == 2
    BoardEntryFactory(author=members.admin_b, kind="idea", title="Denke Sommerfest")
    report = send_digests(now=timezone.now())
    assert report.sent == [("samira@example.org", 1)]
    assert "Denke Sommerfest" in mailoutbox[-1].body
    assert "Biete Fahrräder" not in mailoutbox[-1].body
    assert BoardDigestItem.objects.filter(user=members.admin_a).count() == 3


@pytest.mark.django_db
def test_digest_command_and_dry_run(members, mailoutbox, capsys):
    prefer(members.admin_a, "offer", "weekly")
    BoardEntryFactory(author=members.admin_b, kind="offer")
    with mail_delivered():
        call_command("send_board_digest", "--dry-run")
    assert "Would send to samira@example.org: 1 new entries" in capsys.readouterr().out
    assert mailoutbox == []
    with mail_delivered():
        call_command("send_board_digest")
    with mail_delivered():
        call_command("send_board_digest")
    assert [m.to for m in mailoutbox] == [["samira@example.org"]]


@pytest.mark.django_db
def test_default_is_weekly_and_settings_page_saves(client, members, mailoutbox):
    newcomer = MemberAccountFactory(username="neu", email="neu@example.org", groups=["Members"])
    BoardEntryFactory(
        author=members.admin_b, kind="announcement", title="Vernetzungstreffen verschoben"
    )
    send_digests(now=timezone.now())
    assert [m.to for m in mailoutbox] == [["neu@example.org"]]

    client.force_login(newcomer)
    page = client.get(url("notification_settings"))
    assert page.status_code == 200
    assert page.context["form"]["offer"].initial == "weekly"
    data = {"search": "instantly", "offer": "never", "idea": "weekly", "announcement": "never"}
    assert client.post(url("notification_settings"), data).status_code == 302
    assert client.get(url("notification_settings")).context["form"]["search"].initial == (
        "instantly"
    )
    assert client.post(url("notification_settings"), {**data, "idea": "hourly"}).status_code == 200
