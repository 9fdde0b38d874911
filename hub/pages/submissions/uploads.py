"""The image or logo of a public submission: validation, keeping it across a re-render, storage.

Browsers cannot re-fill a file input, so a form sent back with errors would lose an image
that was fine. An image that passed validation is therefore parked in the media storage
under an unguessable name and the re-rendered form carries a signed reference to it; the
visitor sees "image kept" and need not choose it again. Parked files are removed when they
are used and, at the latest, a day later (swept whenever a new one is parked).
"""

import logging
import os
import uuid
from dataclasses import dataclass
from datetime import timedelta
from io import BytesIO

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.models import Collection

logger = logging.getLogger(__name__)

ALLOWED_EXTENSIONS = ("gif", "jpeg", "jpg", "png", "webp")
MAX_UPLOAD_SIZE = 5 * 1024 * 1024
FORMATS_TEXT = "JPG, PNG, WEBP, GIF"
PARKED_DIR = "submissions/parked"
PARKED_MAX_AGE = timedelta(days=1)
COLLECTION_NAME = "Submissions"
_SALT = "hub.submissions.parked-upload"


def max_upload_size() -> int:
    """5 MB, or Wagtail's own limit for images where that is smaller."""
    configured = getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", None)
    return min(MAX_UPLOAD_SIZE, configured) if configured else MAX_UPLOAD_SIZE


def _max_size_text() -> str:
    return filesizeformat(max_upload_size())


def _fill(msgid: str, **params) -> str:
    values = {name: value() if callable(value) else value for name, value in params.items()}
    return gettext(msgid) % values


# Wagtail's message ``msgid``, translated and filled in only when shown. (Wagtail fills
# its messages in once, when the field is built — for a form class that is at import,
# in whatever language is active then.)
_interpolated = lazy(_fill, str)


class SubmissionImageField(WagtailImageField):
    """Wagtail's image validation (real image, format matches extension, size, pixels),
    narrowed to the web formats every browser shows, plus a full decode check.

    The messages are Wagtail's own msgids, so they arrive translated.
    """

    widget = forms.FileInput

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.allowed_image_extensions = list(ALLOWED_EXTENSIONS)
        self.supported_formats_text = FORMATS_TEXT
        self.help_text = _interpolated(
            "Supported formats: %(supported_formats)s. Maximum filesize: %(max_upload_size)s.",
            supported_formats=FORMATS_TEXT,
            max_upload_size=_max_size_text,
        )
        self.error_messages["invalid_image_extension"] = _interpolated(
            "Not a supported image format. Supported formats: %(supported_formats)s.",
            supported_formats=FORMATS_TEXT,
        )
        self.error_messages["file_too_large_unknown_size"] = _interpolated(
            "This file is too big. Maximum filesize %(max_filesize)s.",
            max_filesize=_max_size_text,
        )
        self.widget.attrs["accept"] = "image/jpeg,image/png,image/webp,image/gif"

    def check_image_file_size(self, f) -> None:
        # The limit is read when checking, so that a changed setting applies at once.
        self.max_upload_size = max_upload_size()
        self.max_upload_size_text = filesizeformat(self.max_upload_size)
        super().check_image_file_size(f)

    def run_validators(self, value) -> None:
        # Wagtail's extension validator reads WAGTAILIMAGES_EXTENSIONS (which may allow
        # SVG or AVIF); the narrower check already ran in to_python.
        return None

    def to_python(self, data):
        uploaded = super().to_python(data)
        if uploaded is None:
            return None
        try:
            uploaded.seek(0)
            with PILImage.open(BytesIO(uploaded.read())) as image:
                image.verify()
        except Exception as exc:  # noqa: BLE001 - Pillow raises many kinds for broken files
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from exc
        finally:
            uploaded.seek(0)
        return uploaded


@dataclass(frozen=True)
class ParkedUpload:
    """An image that passed validation, parked until the form is sent without errors."""

    name: str  # storage name
    filename: str  # the visitor's file name, shown as "kept"

    @property
    def reference(self) -> str:
        return signing.dumps({"name": self.name, "filename": self.filename}, salt=_SALT)

    def open(self) -> File:
        return default_storage.open(self.name, "rb")

    def discard(self) -> None:
        default_storage.delete(self.name)


def park(uploaded) -> ParkedUpload:
    """Park a validated upload and return the handle the re-rendered form refers to."""
    _sweep()
    extension = os.path.splitext(uploaded.name)[1].lower()
    uploaded.seek(0)
    name = default_storage.save(f"{PARKED_DIR}/{uuid.uuid4().hex}{extension}", uploaded)
    uploaded.seek(0)
    return ParkedUpload(name=name, filename=os.path.basename(uploaded.name))


def unpark(reference: str) -> ParkedUpload | None:
    """The parked upload behind a signed reference, if it is genuine, recent and present."""
    if not reference:
        return None
    try:
        data = signing.loads(reference, salt=_SALT, max_age=PARKED_MAX_AGE)
    except signing.BadSignature:
        return None
    parked = ParkedUpload(name=str(data["name"]), filename=str(data["filename"]))
    if not parked.name.startswith(f"{PARKED_DIR}/") or not default_storage.exists(parked.name):
        return None
    return parked


def _sweep() -> None:
    """Remove parked files older than a day: their forms were abandoned."""
    try:
        _dirs, files = default_storage.listdir(PARKED_DIR)
    except (FileNotFoundError, NotImplementedError):
        return
    cutoff = timezone.now() - PARKED_MAX_AGE
    for filename in files:
        name = f"{PARKED_DIR}/{filename}"
        try:
            if default_storage.get_modified_time(name) < cutoff:
                default_storage.delete(name)
        except (OSError, NotImplementedError):
            logger.warning("Could not sweep parked upload %s", name)


def submissions_collection() -> Collection:
    """The image collection "Submissions", created on first use."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(name=COLLECTION_NAME)


def create_image(source: File, filename: str, title: str):
    """Store an uploaded (or parked) image as a Wagtail image in "Submissions"."""
    image_model = get_image_model()
    source.seek(0)
    image = image_model(
        title=title[:255],
        file=File(source, name=os.path.basename(filename)),
        collection=submissions_collection(),
    )
    image._set_image_file_metadata()
    image.save()
    return image
