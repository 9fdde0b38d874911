"""The image or logo of a public submission: validation, keeping it across a re-render, storage.

Browsers cannot re-fill a file input, so a form sent back with errors would lose an image
that was fine. An image that passed validation is therefore parked in the private storage
(``submissions/parked/``, see ``hub.core.files.storage``) under an unguessable name and the
re-rendered form carries a signed reference to it; the visitor sees "image kept" and need
not choose it again. Parked files are removed when they are used and, at the latest, a day
later (swept whenever a new one is parked).
"""

import logging
import os
import uuid
import warnings
from dataclasses import dataclass
from datetime import timedelta

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

from hub.core.files.images import DecodedImageFieldMixin

logger = logging.getLogger(__name__)

ALLOWED_EXTENSIONS = ("gif", "jpeg", "jpg", "png", "webp")
MAX_UPLOAD_SIZE = 5 * 1024 * 1024
# Decoding costs memory by pixels, not file size: 40 megapixels is more than any phone
# camera's default and keeps a 5 MB "bomb" from taking gigabytes.
MAX_PIXELS = 40_000_000
# Wagtail's msgid (translated by Wagtail's catalogs; a variable, so hub's stay as they are).
UNKNOWN_NUMBER = "unknown number"
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


class SubmissionImageField(DecodedImageFieldMixin, WagtailImageField):
    """Wagtail's image validation (real image, format matches extension, size, pixels),
    narrowed to the web formats every browser shows, plus a full decode check (a JPEG
    header in front of HTML, a truncated file: ``DecodedImageFieldMixin``) and a lower
    pixel limit (``MAX_PIXELS``) than the admin's.

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

    def check_image_pixel_size(self, f) -> None:
        self.max_image_pixels = MAX_PIXELS
        super().check_image_pixel_size(f)

    def to_python(self, data):
        # Willow decodes the whole image before Wagtail counts its pixels: count them in
        # the header first, so that a small file announcing a huge picture costs nothing.
        if data and hasattr(data, "read"):
            self._check_header_pixels(data)
        return super().to_python(data)

    def _check_header_pixels(self, data) -> None:
        data.seek(0)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", PILImage.DecompressionBombWarning)
                with PILImage.open(data) as image:
                    pixels = image.width * image.height
        except (PILImage.DecompressionBombWarning, PILImage.DecompressionBombError):
            pixels = None
        except Exception:  # noqa: BLE001 - not an image: the checks below say so
            return
        finally:
            data.seek(0)
        if pixels is None or pixels > MAX_PIXELS:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {
                    "num_pixels": pixels or gettext(UNKNOWN_NUMBER),
                    "max_pixels_count": MAX_PIXELS,
                },
                code="file_too_many_pixels",
            )

    def check_image_file_size(self, f) -> None:
        # The limit is read when checking, so that a changed setting applies at once.
        self.max_upload_size = max_upload_size()
        self.max_upload_size_text = filesizeformat(self.max_upload_size)
        super().check_image_file_size(f)

    def run_validators(self, value) -> None:
        # Wagtail's extension validator reads WAGTAILIMAGES_EXTENSIONS (which may allow
        # SVG or AVIF); the narrower check already ran in to_python.
        return None


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


def random_name(filename: str) -> str:
    """A random file name with the (checked) extension of ``filename``: the visitor's own
    file name ("passport-photo-ahmad.jpg") must not appear in the URL of a rendition, and
    renditions of an image still awaiting review must not be guessable."""
    return f"{uuid.uuid4().hex}{os.path.splitext(filename)[1].lower()}"


def create_image(source: File, filename: str, title: str):
    """Store an uploaded (or parked) image as a Wagtail image in "Submissions" under a
    random name; ``hub.core.files.wagtail_images`` strips its metadata on the way."""
    image_model = get_image_model()
    source.seek(0)
    image = image_model(
        title=title[:255],
        file=File(source, name=random_name(filename)),
        collection=submissions_collection(),
    )
    image._set_image_file_metadata()
    image.save()
    return image
