"""Board attachments behind nginx: X-Accel-Redirect to the private root, after the
members' check, with the member's (non-ASCII) file name in Content-Disposition."""

from pathlib import Path
from urllib.parse import quote, unquote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from hub.network.models import BoardEntry
from tests.core.files.support import body_of
from tests.network.board_support import PDF_BYTES, entry_post, url
from tests.network.selfservice_support import build_members


@pytest.fixture(name="members")
def members_fixture(tree):
    return build_members(tree)


@pytest.mark.django_db
def test_a_member_gets_the_attachment_through_nginx(client, members, settings):
    settings.HUB_X_ACCEL_REDIRECT_PREFIX = "/_private/"
    client.force_login(members.admin_b)
    upload = SimpleUploadedFile("Flyer März ٢٠٢٦.pdf", PDF_BYTES)
    client.post(url("board_new", "en"), {**entry_post(), "attachment": upload})
    entry = BoardEntry.objects.get()
    address = url("board_attachment", "de", entry.pk)

    client.force_login(members.admin_a)
    response = client.get(address)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/_private/{entry.attachment.name}"
    target = Path(settings.PRIVATE_MEDIA_ROOT) / unquote(response["X-Accel-Redirect"][10:])
    assert target.read_bytes() == PDF_BYTES
    assert body_of(response) == b""
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        f"attachment; filename*=utf-8''{quote('Flyer März ٢٠٢٦.pdf')}"
    )
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Content-Type-Options"] == "nosniff"

    client.logout()
    anonymous = client.get(address)
    assert anonymous.status_code == 302
    assert "X-Accel-Redirect" not in anonymous
    client.force_login(members.outsider)
    refused = client.get(address)
    assert refused.status_code == 403
    assert "X-Accel-Redirect" not in refused
