"""Documents have no address under /media/: Wagtail's serve view hands them out after
checking the collection's privacy, streaming them itself or through nginx."""

import re
from pathlib import Path
from urllib.parse import quote, unquote

import pytest
from django.conf import settings

from hub.core.members_only import members_group
from hub.demo.factories.files import DocumentFactory
from hub.demo.factories.users import UserFactory
from tests.core.files.support import PDF, body_of, files_under

pytestmark = pytest.mark.django_db


def test_a_members_document_is_not_under_media_root_but_in_the_private_root():
    document = DocumentFactory(
        filename="protokoll-vernetzungstreffen-2026-12-02.pdf", members_only=True, content=PDF
    )
    assert not any(p.name == document.filename for p in files_under(settings.MEDIA_ROOT))
    stored = Path(settings.PRIVATE_MEDIA_ROOT) / document.file.name
    assert document.file.name.startswith("documents/")
    assert stored.read_bytes() == PDF
    # The document's address is the serve view, never a /media/ URL.
    assert document.url == f"/documents/{document.pk}/{document.filename}"


def test_anonymous_visitors_get_the_login_never_the_bytes(client):
    document = DocumentFactory(filename="telefonliste.pdf", members_only=True, content=PDF)
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/de/account/login/?next=")
    assert PDF not in body_of(response)
    assert response["Cache-Control"] == "private, no-store"


def test_a_member_gets_the_bytes_uncached(client):
    document = DocumentFactory(filename="telefonliste.pdf", members_only=True, content=PDF)
    client.force_login(UserFactory(username="mitglied", groups=[members_group()]))
    response = client.get(document.url)
    assert response.status_code == 200
    assert body_of(response) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"
    assert "Content-Encoding" not in response


def test_a_public_document_is_served_to_everyone_and_may_be_cached(client):
    document = DocumentFactory(filename="flyer-sommerfest.pdf", members_only=False, content=PDF)
    assert not any(p.name == document.filename for p in files_under(settings.MEDIA_ROOT))
    response = client.get(document.url)
    assert response.status_code == 200
    assert body_of(response) == PDF
    assert "no-store" not in response.get("Cache-Control", "")


def test_a_signed_in_non_member_is_refused(client, django_user_model):
    document = DocumentFactory(filename="telefonliste.pdf", members_only=True, content=PDF)
    client.force_login(django_user_model.objects.create_user("gast", "gast@example.org", "x"))
    response = client.get(document.url)
    assert response.status_code in (302, 403)
    assert PDF not in body_of(response)


@pytest.fixture(name="accel")
def accel_fixture(settings):
    settings.HUB_X_ACCEL_REDIRECT_PREFIX = "/_private/"


def _private_file_of(redirect: str) -> Path:
    assert redirect.startswith("/_private/")
    return Path(settings.PRIVATE_MEDIA_ROOT) / unquote(redirect.removeprefix("/_private/"))


def test_behind_nginx_a_member_gets_an_x_accel_redirect_without_body(client, accel):
    document = DocumentFactory(
        filename="Protokoll März – Übersicht.pdf", members_only=True, content=PDF
    )
    client.force_login(UserFactory(username="mitglied", groups=[members_group()]))
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/_private/" + quote(document.file.name)
    assert _private_file_of(response["X-Accel-Redirect"]).read_bytes() == PDF
    assert body_of(response) == b""
    assert response.get("Content-Length", "0") == "0"
    assert response["Content-Type"] == "application/pdf"
    disposition = response["Content-Disposition"]
    # PDFs open in the browser (Wagtail's WAGTAILDOCS_INLINE_CONTENT_TYPES), with an ASCII
    # fallback name and the real one for browsers that read filename*.
    assert re.match(r'inline; filename="Protokoll_Marz__Ubersicht[\w]*\.pdf"', disposition)
    assert f"filename*=UTF-8''{quote(document.filename)}" in disposition
    assert response["Cache-Control"] == "private, no-store"


def test_behind_nginx_anonymous_visitors_get_no_redirect_to_the_file(client, accel):
    document = DocumentFactory(filename="telefonliste.pdf", members_only=True, content=PDF)
    response = client.get(document.url)
    assert response.status_code == 302
    assert "X-Accel-Redirect" not in response


def test_behind_nginx_a_public_document_goes_through_nginx_too(client, accel):
    document = DocumentFactory(filename="flyer.pdf", members_only=False, content=PDF)
    response = client.get(document.url)
    assert response["X-Accel-Redirect"] == f"/_private/{document.file.name}"
    assert body_of(response) == b""
