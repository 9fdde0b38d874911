"""Shared helpers of the ``test_board_*`` modules: URLs, dates, notification settings, the
entry form's data and small files of each type (entries: ``BoardEntryFactory``)."""

import io
import zipfile
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image

from hub.network.models import NotificationPreference

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 3), (11, 110, 79)).save(buffer, "PNG")
    return buffer.getvalue()


# A real image: image attachments must decode completely.
PNG_BYTES = _png_bytes()


def url(name: str, language: str = "de", *args) -> str:
    with translation.override(language):
        return reverse(f"network:{name}", args=args or None)


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


def days_ago(days: int):
    return timezone.now() - timedelta(days=days)


def prefer(user, kind: str, frequency: str) -> None:
    NotificationPreference.objects.update_or_create(
        user=user, kind=kind, defaults={"frequency": frequency}
    )


def entry_post(**overrides) -> dict:
    data = {
        "kind": "search",
        "title": "Suche: Dolmetscherin Tigrinya für Elterngespräch",
        "text": "Am 12. März in der Grundschule Nord.\nWer kann helfen?",
        "category": "",
        "organisation": "",
        "language": "de",
        "expires_on": "",
    }
    data.update(overrides)
    return data
