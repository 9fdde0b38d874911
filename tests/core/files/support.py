"""Shared helpers of ``tests/core/files``: documents, a member, where files lie on disk."""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from hub.core.members_only import members_collection, members_group

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    b"% Telefonliste: Frau Beispiel 0151 1234567\n"
)


def make_document(filename: str, *, members_only: bool, content: bytes = PDF):
    collection = members_collection() if members_only else Collection.get_first_root_node()
    return get_document_model().objects.create(
        title=filename.rsplit(".", 1)[0],
        file=ContentFile(content, name=filename),
        collection=collection,
    )


def make_member(username: str = "mitglied"):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x-123")
    user.groups.add(members_group())
    return user


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
