"""Damaged or fake images in the public entry form (and its correction form, which shares
the field): a clear error next to the field in the visitor's language, everything typed
kept, never a 500 — and nothing stored that could fail later when a rendition is made."""

import io
import os
import re
import struct
import zlib

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.html import escape
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Collection

from hub.pages.models import InitiativePage
from tests.core.files.support import public_names
from tests.pages.initiatives.test_initiative_submission import (  # noqa: F401 - fixtures
    directory_fixture,
    fresh_cache_fixture,
    send,
    submit_url,
    valid_data,
)
from tests.pages.initiatives.test_initiative_submission_errors import errors_of

INVALID = (
    "Upload a valid image. The file you uploaded was either not an image or a corrupted image."
)
WRONG_EXTENSION = (
    "Not a valid .%(extension)s image. The extension does not match the file format "
    "(%(image_format)s)"
)
TOO_MANY_PIXELS = (
    "This file has too many pixels (%(num_pixels)s). Maximum pixels %(max_pixels_count)s."
)
EMPTY = "The submitted file is empty."
UNSUPPORTED = "Not a supported image format. Supported formats: %(supported_formats)s."


def photo(fmt: str = "JPEG", side: int = 200) -> bytes:
    """A photo-like image (noise compresses badly, so a cut goes through the pixels)."""
    buffer = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(buffer, fmt)
    return buffer.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(width: int, height: int) -> bytes:
    """A few hundred bytes that announce ``width`` × ``height`` pixels: a decompression
    bomb as far as any decoder can tell before decoding."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + _chunk(b"IEND", b"")
    )


SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"
CASES = {
    "jpeg magic bytes + html": ("logo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + HTML, INVALID),
    "truncated jpeg": ("logo.jpg", photo("JPEG")[:6000], INVALID),
    "truncated png": ("logo.png", photo("PNG")[:20000], INVALID),
    "png renamed .jpg": ("logo.jpg", photo("PNG", 20), WRONG_EXTENSION),
    "decompression bomb": ("logo.png", png_claiming(30000, 30000), TOO_MANY_PIXELS),
    "too many pixels for a public form": ("logo.png", png_claiming(9000, 9000), TOO_MANY_PIXELS),
    "svg renamed .png": ("logo.png", SVG, WRONG_EXTENSION),
    "html renamed .png": ("logo.png", HTML, INVALID),
    "empty file": ("logo.png", b"", EMPTY),
    "svg": ("logo.svg", SVG, UNSUPPORTED),
}
TYPED = {
    "title": "Nähcafé Südstadt",
    "summary": "Wir nähen zusammen – بالعربية أيضاً.",
    "contact_email": "naehcafe@example.org",
    "street_address": "Lindenweg 7",
    "submitter_name": "Mina Rahimi",
    "message": "Bitte melden Sie sich!",
}


def _prefix(language: str, msgid: str) -> str:
    """The translated message up to its first placeholder, as the page prints it."""
    with translation.override(language):
        text = translation.gettext(msgid)
    return escape(text.split("%(")[0])


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("case", CASES)
def test_a_damaged_or_fake_image_is_a_field_error_and_keeps_what_was_typed(
    client, directory, django_capture_on_commit_callbacks, language, case
):
    filename, content, msgid = CASES[case]
    upload = SimpleUploadedFile(filename, content, content_type="image/png")
    response = send(
        client,
        submit_url(language),
        valid_data(image=upload, **TYPED),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 200
    html = response.content.decode()
    error = errors_of(html, "image")
    assert error.startswith(_prefix(language, msgid)), error
    if language == "de":
        assert not error.startswith(escape(msgid.split("%(")[0]))  # really in German
    assert 'href="#id_image"' in html
    for value in TYPED.values():
        assert escape(value) in html
    assert not InitiativePage.objects.exists()
    assert not get_image_model().objects.exists()
    # Nothing was parked for the re-render either.
    assert not re.search(r'<input[^>]*name="image_reference"[^>]*value="[^"]+"', html)
    assert not any(name.startswith("submissions/") for name in public_names())


@pytest.mark.django_db
@pytest.mark.parametrize("case", ["jpeg magic bytes + html", "truncated jpeg", "truncated png"])
def test_the_admin_refuses_a_damaged_image_instead_of_failing_at_the_rendition(client, case):
    admin = get_user_model().objects.create_superuser("chefin3", "chefin3@example.org", "x")
    client.force_login(admin)
    filename, content, _msgid = CASES[case]
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Kaputt",
            "file": SimpleUploadedFile(filename, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 200
    assert _prefix(settings.LANGUAGE_CODE, INVALID) in response.content.decode()
    assert not get_image_model().objects.exists()
