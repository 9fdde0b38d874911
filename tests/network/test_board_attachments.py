"""Attachments: checked by name ending and content, limited in size, kept where no web
server serves them, and handed only to members."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import trans_real

from hub.network.board.attachments import private_storage
from hub.network.models import BoardEntry
from tests.network.board_support import PDF_BYTES, PNG_BYTES, docx_bytes, entry_post, url
from tests.network.selfservice_support import build_members


@pytest.fixture(name="members")
def members_fixture(tree):
    return build_members(tree)


def post_with(client, name: str, content: bytes, language: str = "en"):
    upload = SimpleUploadedFile(name, content)
    return client.post(url("board_new", language), {**entry_post(), "attachment": upload})


def attachment_errors(response) -> list[str]:
    return [str(error) for error in response.context["form"].errors.get("attachment", [])]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("programm.exe", b"MZ\x90\x00", "This kind of file cannot be attached"),
        ("rechnung.pdf", b"MZ\x90\x00 not a pdf", "does not match its name ending (.pdf)"),
        ("bild.png", PDF_BYTES, "does not match its name ending (.png)"),
        ("brief.docx", b"PK\x03\x04 broken zip", "does not match its name ending (.docx)"),
        ("notiz.txt", b"\xff\xfe\x00binary", "does not match its name ending (.txt)"),
        ("seite.html", b"<script>alert(1)</script>", "This kind of file cannot be attached"),
        # The right first bytes, then HTML: not an image a member could open.
        ("foto.jpg", b"\xff\xd8\xff\xe0<html><script>alert(1)</script>", "Upload a valid image"),
        ("foto.png", PNG_BYTES[: len(PNG_BYTES) // 2], "Upload a valid image"),
    ],
)
def test_wrong_types_are_refused(client, members, name, content, expected):
    client.force_login(members.admin_b)
    response = post_with(client, name, content)
    assert response.status_code == 200
    assert any(expected in error for error in attachment_errors(response))
    # The error summary above the form links to the field.
    assert 'href="#id_attachment"' in response.content.decode()
    assert not BoardEntry.objects.exists()


@pytest.mark.django_db
def test_too_large_is_refused(client, members, settings):
    settings.HUB_BOARD_ATTACHMENT_MB = 1
    client.force_login(members.admin_b)
    response = post_with(client, "gross.pdf", PDF_BYTES + b"0" * (1024 * 1024))
    assert attachment_errors(response) == ["The file is too large: at most 1 MB are possible."]
    assert not BoardEntry.objects.exists()


@pytest.fixture(name="arabic_message")
def arabic_message_fixture():
    """The refusal in the Arabic catalog, as the translators will write it (the lead
    refreshes the real catalogs after merging)."""
    catalog = trans_real.translation("ar")._catalog
    msgid = "This kind of file cannot be attached. Possible are: %(types)s."
    catalog[msgid] = "لا يمكن إرفاق هذا النوع من الملفات. الممكن: %(types)s."
    yield catalog[msgid]
    for part in catalog._catalogs:
        part.pop(msgid, None)


@pytest.mark.django_db
def test_errors_are_translated(client, members, arabic_message):
    client.force_login(members.admin_b)
    response = post_with(client, "programm.exe", b"MZ", language="ar")
    assert attachment_errors(response)[0].startswith("لا يمكن إرفاق هذا النوع من الملفات")
    assert "لا يمكن إرفاق" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "inline"),
    [
        ("Flyer März.pdf", PDF_BYTES, False),
        ("foto.png", PNG_BYTES, True),
        ("brief.docx", docx_bytes(), False),
    ],
)
def test_good_attachment_is_private_and_served_to_members(client, members, name, content, inline):
    client.force_login(members.admin_b)
    response = post_with(client, name, content)
    assert response.status_code == 302
    entry = BoardEntry.objects.get()
    assert entry.attachment_name == name
    stored = Path(private_storage().path(entry.attachment.name))
    assert stored.read_bytes() == content  # PNG_BYTES has no metadata: rewritten unchanged
    # Outside MEDIA_ROOT, under a random name without the member's file name.
    assert Path(settings.MEDIA_ROOT) not in stored.parents
    assert name.split(".")[0] not in entry.attachment.name
    with pytest.raises(ValueError):
        entry.attachment.url  # noqa: B018 - the property raises

    address = url("board_attachment", "de", entry.pk)
    client.force_login(members.admin_a)
    served = client.get(address)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == content
    assert served["X-Content-Type-Options"] == "nosniff"
    disposition = served["Content-Disposition"]
    assert disposition.startswith("inline" if inline else "attachment")
    assert "filename" in disposition

    client.logout()
    anonymous = client.get(address)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith(url("login"))
    client.force_login(members.outsider)
    assert client.get(address).status_code == 403


@pytest.mark.django_db
def test_attachment_of_hidden_entry_only_for_author_and_editors(client, members):
    client.force_login(members.admin_a)
    post_with(client, "plan.pdf", PDF_BYTES)
    entry = BoardEntry.objects.get()
    BoardEntry.objects.filter(pk=entry.pk).update(hidden=True, hidden_reason="Test")
    address = url("board_attachment", "de", entry.pk)
    assert client.get(address).status_code == 200
    client.force_login(members.admin_b)
    assert client.get(address).status_code == 404
    client.force_login(members.moderator)
    assert client.get(address).status_code == 200


@pytest.mark.django_db
def test_replacing_and_removing_the_attachment(client, members, django_capture_on_commit_callbacks):
    client.force_login(members.admin_a)
    post_with(client, "alt.pdf", PDF_BYTES)
    entry = BoardEntry.objects.get()
    old_path = Path(private_storage().path(entry.attachment.name))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url("board_edit", "de", entry.pk),
            {**entry_post(), "attachment": SimpleUploadedFile("neu.png", PNG_BYTES)},
        )
    entry.refresh_from_db()
    assert entry.attachment_name == "neu.png" and not old_path.exists()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("board_edit", "de", entry.pk), {**entry_post(), "remove_attachment": "on"})
    entry.refresh_from_db()
    assert not entry.attachment and entry.attachment_name == ""
