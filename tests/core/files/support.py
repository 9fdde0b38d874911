"""Shared helpers of ``tests/core/files``: a PDF's bytes, where files lie on disk, a
response's body."""

from pathlib import Path

from django.conf import settings

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    b"% Telefonliste: Frau Beispiel 0151 1234567\n"
)


def files_under(root) -> list[Path]:
    root = Path(root)
    return [path for path in root.rglob("*") if path.is_file()] if root.is_dir() else []


def body_of(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def public_names() -> set[str]:
    """Storage names of every file under MEDIA_ROOT."""
    return {
        path.relative_to(settings.MEDIA_ROOT).as_posix()
        for path in files_under(settings.MEDIA_ROOT)
    }
