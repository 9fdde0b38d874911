"""Existing installations: documents and image originals move out of MEDIA_ROOT into the
private root, and originals stored with their EXIF/XMP/IPTC lose it (their renditions,
which Willow made with the metadata, are dropped and made again). The move is repeated
after every migrate (hub.core.files.storage), so it is idempotent; this runs it first because
the cleaning reads the originals where they now belong."""

from django.db import migrations


def forwards(apps, schema_editor):
    from hub.core.files.storage import move_private_files
    from hub.core.files.wagtail_images import clean_stored_originals

    move_private_files()
    clean_stored_originals(
        apps.get_model("wagtailimages", "Image"), apps.get_model("wagtailimages", "Rendition")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0005_translation_digest_missing"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
