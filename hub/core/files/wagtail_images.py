"""Every Wagtail image is checked and cleaned of metadata before its original is stored.

One ``pre_save`` receiver covers every way an image comes in — the admin's upload and
multiple upload, public submissions (``hub.pages.initiatives.submissions.uploads``), the demo
content and factories — so none can forget it. Originals stored before that are cleaned
once by a data migration (``clean_stored_originals``). The admin's image form additionally
decodes the whole file (``ImageForm``, ``WAGTAILIMAGES_IMAGE_FORM_BASE``), so that a
damaged upload is a form error rather than a failure when a rendition is made.
"""

import logging
import os
from io import BytesIO

from django.core.files.base import ContentFile
from django.db.models.signals import pre_save
from PIL import Image
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm
from wagtail.utils.file import hash_filelike

from hub.core.files.images import (
    DecodedImageFieldMixin,
    UncleanableImage,
    has_metadata,
    strip_metadata,
)

logger = logging.getLogger(__name__)


class AdminImageField(DecodedImageFieldMixin, WagtailImageField):
    """Wagtail's image field, refusing files that do not decode completely."""


class ImageForm(BaseImageForm):
    """Wagtail's image form (and, through it, the multiple upload's) with
    ``AdminImageField``. The field is built by Wagtail from the model with its own
    options; only its class is swapped (each form has its own copy of its fields)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and type(field) is WagtailImageField:
            field.__class__ = AdminImageField


def clean_before_save(sender, instance, **kwargs) -> None:
    """Replace a new, not yet stored original by its copy without metadata (and with
    the EXIF orientation applied, so width and height are those of what people see)."""
    file = instance.file
    if not file or getattr(file, "_committed", True):
        return
    file.seek(0)
    cleaned = strip_metadata(file.read())
    instance.file = ContentFile(cleaned, name=os.path.basename(file.name))
    instance.file_size = len(cleaned)
    instance.file_hash = hash_filelike(BytesIO(cleaned))


def connect() -> None:
    pre_save.connect(
        clean_before_save, sender=get_image_model(), dispatch_uid="hub-clean-image-metadata"
    )


def clean_stored_originals(image_model, rendition_model) -> int:
    """Strip the metadata of originals stored before images were cleaned on upload, and
    drop their renditions (Willow copies EXIF into renditions), which are made again,
    clean, when next shown. Takes the models so that a data migration can pass its
    historical ones. Returns how many originals were cleaned."""
    cleaned_count = 0
    for image in image_model.objects.iterator():
        name, storage = image.file.name, image.file.storage
        try:
            with storage.open(name, "rb") as handle:
                data = handle.read()
        except OSError:
            continue
        if not has_metadata(data):
            continue
        try:
            cleaned = strip_metadata(data)
        except UncleanableImage:
            logger.warning("Could not clean the metadata of image %s (%s).", image.pk, name)
            continue
        storage.delete(name)
        stored_name = storage.save(name, ContentFile(cleaned))
        with Image.open(BytesIO(cleaned)) as pillow_image:
            width, height = pillow_image.size
        image_model.objects.filter(pk=image.pk).update(
            file=stored_name,
            width=width,
            height=height,
            file_size=len(cleaned),
            file_hash=hash_filelike(BytesIO(cleaned)),
        )
        for rendition in rendition_model.objects.filter(image_id=image.pk):
            rendition.file.storage.delete(rendition.file.name)
            rendition.delete()
        cleaned_count += 1
    return cleaned_count
