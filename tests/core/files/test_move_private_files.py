"""Installations from before the private storage: ``migrate`` moves their documents,
image originals and parked uploads out of MEDIA_ROOT, keeps renditions public, is
idempotent, and never overwrites; a data migration cleans old originals' metadata."""

import importlib
import io
import logging
from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.core.files.images import leaked_secrets, tainted_jpeg
from tests.core.files.support import PDF, body_of, files_under

pytestmark = pytest.mark.django_db

OLD_FILES = {
    "documents/protokoll-vernetzungstreffen-2026-12-02.pdf": PDF,
    "original_images/passfoto-ahmad.jpg": b"jpeg of an old original",
    "submissions/parked/0123abcd.png": b"parked png",
}
RENDITION = "images/passfoto-ahmad.fill-300x200.jpg"


@pytest.fixture(name="roots")
def roots_fixture(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    for name, content in {**OLD_FILES, RENDITION: b"rendition"}.items():
        path = settings.MEDIA_ROOT / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT


def _names(root: Path) -> set[str]:
    return {path.relative_to(root).as_posix() for path in files_under(root)}


def test_migrate_moves_private_files_and_keeps_renditions_public(client, roots):
    media, private = roots
    document = get_document_model().objects.create(
        title="Protokoll",
        file="documents/protokoll-vernetzungstreffen-2026-12-02.pdf",
        collection=Collection.get_first_root_node(),
    )
    call_command("migrate", verbosity=0)
    assert _names(media) == {RENDITION}
    assert _names(private) == set(OLD_FILES)
    for name, content in OLD_FILES.items():
        assert (private / name).read_bytes() == content
    # The document row needs no change: it is served from its new place.
    response = client.get(document.url)
    assert response.status_code == 200 and body_of(response) == PDF

    call_command("migrate", verbosity=0)  # again: nothing moves, nothing is lost
    assert _names(media) == {RENDITION}
    assert _names(private) == set(OLD_FILES)


def test_a_taken_name_is_never_overwritten(roots, caplog):
    media, private = roots
    taken = "documents/protokoll-vernetzungstreffen-2026-12-02.pdf"
    (private / taken).parent.mkdir(parents=True)
    (private / taken).write_bytes(b"a newer, different file")
    same = "original_images/passfoto-ahmad.jpg"
    (private / same).parent.mkdir(parents=True)
    (private / same).write_bytes(OLD_FILES[same])
    with caplog.at_level(logging.WARNING, logger="hub.core.files.storage"):
        call_command("migrate", verbosity=0)
    assert (private / taken).read_bytes() == b"a newer, different file"
    assert (media / taken).read_bytes() == PDF  # left for the operator, with a warning
    assert taken in caplog.text
    assert not (media / same).exists()  # an identical copy is simply dropped


def test_the_data_migration_cleans_old_originals_and_drops_their_renditions(settings):
    image = get_image_model()(title="Altes Foto", collection=Collection.get_first_root_node())
    # Stored the way older versions did: with its metadata, bypassing the cleaning.
    image.file.name = default_storage.save(
        "original_images/altes-foto.jpg", ContentFile(tainted_jpeg(6))
    )
    image.width, image.height = 60, 40
    get_image_model().objects.bulk_create([image])
    image = get_image_model().objects.get(title="Altes Foto")
    rendition = image.get_rendition("fill-20x20")
    assert leaked_secrets(rendition.file.read())  # Willow copied the EXIF

    migration = importlib.import_module("hub.pages.migrations.0006_private_media_and_clean_images")
    migration.forwards(apps, None)

    image.refresh_from_db()
    with image.file.open("rb") as handle:
        data = handle.read()
    assert leaked_secrets(data) == []
    assert (image.width, image.height) == (40, 60)  # turned upright
    with Image.open(io.BytesIO(data)) as pillow_image:
        assert pillow_image.size == (40, 60)
    assert not image.renditions.exists()
    assert leaked_secrets(image.get_rendition("fill-20x20").file.read()) == []
