"""Uploaded images: refuse what cannot be decoded, and store them without metadata.

Photos carry EXIF, XMP and IPTC blocks: GPS position, camera and serial number, the
owner's name, comments. Once an image is published, its original's metadata would be one
rendition away from the public (and Wagtail's renditions might copy some of it), so every
image is cleaned *before* it is stored: ``strip_metadata`` re-encodes it with Pillow and
keeps only what the picture needs — the colour profile, transparency, the frames and
timing of an animation. The EXIF orientation is applied to the pixels first, or the photo
would turn once the tag is gone. JPEGs that need no turning keep their quantisation
tables (``quality="keep"``), others are written at quality 95; PNG and lossless WebP stay
lossless.

``check_decodable`` decodes a whole file: a JPEG header in front of HTML, a truncated
file or a decompression bomb is refused with the form error a person understands, instead
of failing later (a 500) when a rendition of it is made.
"""

import warnings
from io import BytesIO

from django import forms
from django.core.exceptions import ValidationError
from PIL import Image, ImageSequence, JpegImagePlugin

# The formats we can clean; Wagtail's WAGTAILIMAGES_EXTENSIONS is narrowed to them.
CLEANED_FORMATS = {"JPEG", "MPO", "PNG", "WEBP", "GIF"}
# Frames of an animation decoded to check it, at most (each is fully decoded).
MAX_CHECKED_FRAMES = 500
# What survives of ``Image.info``: nothing that describes the photo or its owner.
KEPT_INFO = ("transparency", "duration", "loop", "disposal", "blend", "background")

# Django's own message (and msgid), so it arrives translated in every language Django has.
INVALID_IMAGE = forms.ImageField.default_error_messages["invalid_image"]
EXIF_ORIENTATION = 0x0112


class UncleanableImage(ValueError):
    """The file cannot be decoded or is not in one of ``CLEANED_FORMATS``."""


def _open(data: bytes) -> Image.Image:
    # Pillow only warns up to twice its pixel limit; a bomb is an error here.
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        return Image.open(BytesIO(data))


def check_decodable(data: bytes) -> str:
    """The Pillow format of ``data`` after decoding every pixel, or ``UncleanableImage``."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with _open(data) as image:
                image.verify()
            with _open(data) as image:
                if image.format not in CLEANED_FORMATS:
                    raise UncleanableImage(f"format {image.format} is not accepted")
                for index, frame in enumerate(ImageSequence.Iterator(image)):
                    if index >= MAX_CHECKED_FRAMES:
                        break
                    frame.load()
                return image.format
    except UncleanableImage:
        raise
    except Exception as error:  # noqa: BLE001 - Pillow raises many kinds for broken files
        raise UncleanableImage(str(error)) from error


def validate_image(upload) -> None:
    """Form validation: ``ValidationError`` (in the visitor's language) for an upload
    that is not a complete image of an accepted format."""
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    try:
        check_decodable(data)
    except UncleanableImage as error:
        raise ValidationError(INVALID_IMAGE, code="invalid_image") from error


def _transpose_method(image: Image.Image):
    orientation = image.getexif().get(EXIF_ORIENTATION, 1)
    return {
        2: Image.Transpose.FLIP_LEFT_RIGHT,
        3: Image.Transpose.ROTATE_180,
        4: Image.Transpose.FLIP_TOP_BOTTOM,
        5: Image.Transpose.TRANSPOSE,
        6: Image.Transpose.ROTATE_270,
        7: Image.Transpose.TRANSVERSE,
        8: Image.Transpose.ROTATE_90,
    }.get(orientation)


def _clean_info(image: Image.Image, source_info: dict) -> Image.Image:
    image.info = {key: source_info[key] for key in KEPT_INFO if key in source_info}
    return image


def _webp_is_lossless(data: bytes) -> bool:
    """Whether the first frame of a WebP is VP8L (lossless) rather than VP8 (lossy)."""
    position = 12
    while position + 8 <= len(data):
        fourcc = data[position : position + 4]
        size = int.from_bytes(data[position + 4 : position + 8], "little")
        if fourcc in (b"VP8L", b"VP8 "):
            return fourcc == b"VP8L"
        if fourcc == b"ANMF":
            return data[position + 24 : position + 28] == b"VP8L"
        position += 8 + size + (size & 1)
    return False


def _jpeg(image: Image.Image, method, icc: bytes | None) -> bytes:
    out = BytesIO()
    params = {"exif": b"", "comment": b"", "optimize": True}
    if icc:
        params["icc_profile"] = icc
    if image.info.get("progressive") or image.info.get("progression"):
        params["progressive"] = True
    if method is None:
        # Same quantisation tables and subsampling: as close to the original as Pillow
        # gets without touching the scan data. (MPO: the first picture only.)
        image.info = {}
        image.save(out, "JPEG", quality="keep", **params)
    else:
        subsampling = JpegImagePlugin.get_sampling(image)
        turned = image.transpose(method)
        turned.info = {}
        if subsampling >= 0:
            params["subsampling"] = subsampling
        turned.save(out, "JPEG", quality=95, **params)
    return out.getvalue()


def _frames(image: Image.Image, method) -> list[Image.Image]:
    frames = []
    for frame in ImageSequence.Iterator(image):
        frame.load()  # WebP tells a frame's duration only once it is decoded
        info = dict(frame.info)
        copy = frame.copy()
        if method is not None:
            copy = copy.transpose(method)
        frames.append(_clean_info(copy, info))
    return frames


def strip_metadata(data: bytes) -> bytes:
    """``data`` without EXIF, XMP, IPTC or comments, the orientation applied, the colour
    profile kept. ``UncleanableImage`` for anything that does not decode."""
    image_format = check_decodable(data)
    with _open(data) as image:
        method = _transpose_method(image)
        icc = image.info.get("icc_profile")
        if image_format in ("JPEG", "MPO"):
            return _jpeg(image, method, icc)
        frames = _frames(image, method)
        animated = len(frames) > 1
        params: dict = {"exif": b""}
        if icc:
            params["icc_profile"] = icc
        if animated:
            params.update(
                save_all=True,
                append_images=frames[1:],
                duration=[frame.info.get("duration", 100) for frame in frames],
                loop=image.info.get("loop", 0),
            )
        if image_format == "WEBP":
            lossless = _webp_is_lossless(data)
            params.update(lossless=lossless, quality=100 if lossless else 90, xmp=b"")
        if image_format == "GIF":
            params.update(comment=b"")
            params.pop("exif")
            if animated:
                params["disposal"] = [frame.info.get("disposal", 0) for frame in frames]
        out = BytesIO()
        frames[0].save(out, image_format, **params)
    return out.getvalue()


def has_metadata(data: bytes) -> bool:
    """Whether Pillow finds EXIF, XMP, IPTC, comments or text chunks in ``data``."""
    try:
        with _open(data) as image:
            info_keys = {"exif", "xmp", "photoshop", "comment", "XML:com.adobe.xmp"}
            return (
                any(image.info.get(key) for key in info_keys)
                or bool(image.getexif())
                or bool(getattr(image, "text", None))
            )
    except Exception:  # noqa: BLE001 - not decodable: nothing we could clean anyway
        return False


class DecodedImageFieldMixin:
    """For Wagtail's image form fields: a file that Willow recognises by its first bytes
    but Pillow cannot read (a JPEG header in front of HTML) makes Wagtail's own checks
    raise instead of reporting a form error; and a truncated file passes them. Both end
    as the field's "not an image or a corrupted image" error."""

    def to_python(self, data):
        try:
            uploaded = super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:  # noqa: BLE001 - Willow/Pillow raise many kinds
            raise ValidationError(INVALID_IMAGE, code="invalid_image") from error
        if uploaded is not None:
            validate_image(uploaded)
        return uploaded
