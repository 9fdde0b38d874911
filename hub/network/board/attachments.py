"""Attachments of board entries: which files are accepted, and where they are kept.

A file is accepted when its extension and its content agree on one of the known types
(a PDF renamed to ``.png`` is refused, and so is an executable renamed to ``.pdf``), and it
is no larger than ``HUB_BOARD_ATTACHMENT_MB``; an image must also decode completely, and is
kept without its metadata (GPS position, camera, owner). Files live in the ``private`` storage
(``HUB_PRIVATE_MEDIA_ROOT``), outside ``MEDIA_ROOT``: whatever serves ``/media/`` never
sees them, and only members get them, through ``network:board_attachment``.
"""

import os
import secrets
import unicodedata
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _

from hub.core.files.images import strip_metadata, validate_image
from hub.core.files.storage import private_storage  # noqa: F401 - named in migration 0005

# Enough of a file's start to recognise every type below.
HEADER_BYTES = 16


@dataclass(frozen=True)
class FileType:
    extensions: tuple[str, ...]
    content_type: str
    label: str
    image: bool = False


PDF = FileType(("pdf",), "application/pdf", "PDF")
JPEG = FileType(("jpg", "jpeg"), "image/jpeg", "JPEG", image=True)
PNG = FileType(("png",), "image/png", "PNG", image=True)
WEBP = FileType(("webp",), "image/webp", "WebP", image=True)
DOCX = FileType(
    ("docx",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "DOCX",
)
XLSX = FileType(
    ("xlsx",), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"
)
ODT = FileType(("odt",), "application/vnd.oasis.opendocument.text", "ODT")
TXT = FileType(("txt",), "text/plain; charset=utf-8", "TXT")
FILE_TYPES = (PDF, JPEG, PNG, WEBP, DOCX, XLSX, ODT, TXT)
ACCEPT = ",".join(f".{ext}" for file_type in FILE_TYPES for ext in file_type.extensions)


def attachment_path(instance, filename: str) -> str:
    """A random name that keeps only the (already checked) extension; the name the member
    chose is kept in ``attachment_name`` for the download."""
    extension = extension_of(filename)
    return f"board/{secrets.token_hex(16)}.{extension}"


def max_bytes() -> int:
    return settings.HUB_BOARD_ATTACHMENT_MB * 1024 * 1024


def extension_of(filename: str) -> str:
    return os.path.splitext(filename)[1].lower().lstrip(".")


def type_for_extension(extension: str) -> FileType | None:
    return next((t for t in FILE_TYPES if extension in t.extensions), None)


def clean_filename(filename: str) -> str:
    """The base name without control or bidi-override characters, at most 150 characters
    (the extension kept): it ends up in a download header and on the page."""
    name = os.path.basename(filename.replace("\\", "/"))
    name = "".join(char for char in name if unicodedata.category(char) not in {"Cc", "Cf"})
    stem, dot, extension = name.strip().rpartition(".")
    if not dot:
        return name[:150] or "file"
    return f"{stem[: 149 - len(extension)] or 'file'}.{extension}"


def _zip_has(upload, member: str, content: bytes | None = None) -> bool:
    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            if member not in archive.namelist():
                return False
            return content is None or archive.read(member).strip() == content
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, ValueError):
        return False
    finally:
        upload.seek(0)


def content_matches(file_type: FileType, upload) -> bool:
    upload.seek(0)
    head = upload.read(HEADER_BYTES)
    upload.seek(0)
    if file_type is PDF:
        return head.startswith(b"%PDF-")
    if file_type is JPEG:
        return head.startswith(b"\xff\xd8\xff")
    if file_type is PNG:
        return head.startswith(b"\x89PNG\r\n\x1a\n")
    if file_type is WEBP:
        return head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    if file_type is TXT:
        data = upload.read()
        upload.seek(0)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return "\x00" not in text
    if not head.startswith(b"PK\x03\x04"):
        return False
    if file_type is DOCX:
        return _zip_has(upload, "word/document.xml")
    if file_type is XLSX:
        return _zip_has(upload, "xl/workbook.xml")
    return _zip_has(upload, "mimetype", ODT.content_type.encode())


def validate_attachment(upload) -> FileType:
    """The type of ``upload``, or ``ValidationError`` with a message for the member."""
    if upload.size > max_bytes():
        raise ValidationError(
            _("The file is too large: at most %(size)s MB are possible."),
            code="too_large",
            params={"size": settings.HUB_BOARD_ATTACHMENT_MB},
        )
    allowed = ", ".join(file_type.label for file_type in FILE_TYPES)
    file_type = type_for_extension(extension_of(upload.name))
    if file_type is None:
        raise ValidationError(
            _("This kind of file cannot be attached. Possible are: %(types)s."),
            code="type",
            params={"types": allowed},
        )
    if not content_matches(file_type, upload):
        raise ValidationError(
            _(
                "The content of the file does not match its name ending (.%(extension)s). "
                "Possible are: %(types)s."
            ),
            code="content",
            params={"extension": extension_of(upload.name), "types": allowed},
        )
    if file_type.image:
        # The right first bytes are not enough: a JPEG header in front of HTML, or a
        # truncated photo, would only fail when someone opens it.
        validate_image(upload)
    return file_type


def without_metadata(upload) -> ContentFile:
    """The checked image ``upload`` without EXIF/XMP/IPTC (see ``hub.core.files.images``)."""
    upload.seek(0)
    return ContentFile(strip_metadata(upload.read()), name=upload.name)
