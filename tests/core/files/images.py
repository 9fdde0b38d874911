"""Images as cameras and phones make them: with GPS position, camera, owner, comments in
EXIF, XMP and IPTC, a colour profile and, where asked, a turned EXIF orientation.

``SECRETS`` are byte strings that appear in the metadata and nowhere in the pixels: a
cleaned file must contain none of them.
"""

import functools
import io
import struct

from PIL import Image, ImageCms, PngImagePlugin

CAMERA = "GeheimKamera-X1"
OWNER = "Ahmad Beispielname"
COMMENT = "GEHEIM-KOMMENTAR"
XMP_CREATOR = "GEHEIM-XMP-URHEBER"
IPTC_BYLINE = "GEHEIM-IPTC-FOTOGRAF"
SECRETS = (
    CAMERA.encode(),
    OWNER.encode(),
    COMMENT.encode(),
    XMP_CREATOR.encode(),
    IPTC_BYLINE.encode(),
    b"http://ns.adobe.com/xap/1.0/",
    b"Photoshop 3.0",
    b"Exif\x00\x00",
)
XMP = (
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
    f"<dc:creator>{XMP_CREATOR}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
    '<?xpacket end="w"?>'
).encode()
RED = (200, 20, 20)
BLUE = (20, 20, 200)


@functools.cache
def srgb_profile() -> bytes:
    """One sRGB profile for the whole run (a new one carries a new creation time)."""
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def exif(orientation: int = 1) -> Image.Exif:
    data = Image.Exif()
    data[0x010F] = "Kamerawerk"  # Make
    data[0x0110] = CAMERA  # Model
    data[0x013B] = OWNER  # Artist
    data[0x8298] = OWNER  # Copyright
    data[0x0112] = orientation
    gps = data.get_ifd(0x8825)
    gps.update({1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 36.0)})
    return data


def two_colours(size=(60, 40)) -> Image.Image:
    """Left half red, right half blue: shows which way a picture was turned."""
    image = Image.new("RGB", size, BLUE)
    image.paste(RED, (0, 0, size[0] // 2, size[1]))
    return image


def _iptc_segment() -> bytes:
    byline = IPTC_BYLINE.encode()
    dataset = b"\x1c\x02\x50" + struct.pack(">H", len(byline)) + byline
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(dataset)) + dataset
    if len(dataset) % 2:
        resource += b"\x00"
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def tainted_jpeg(orientation: int = 1, size=(60, 40)) -> bytes:
    buffer = io.BytesIO()
    two_colours(size).save(
        buffer,
        "JPEG",
        quality=90,
        exif=exif(orientation),
        xmp=XMP,
        comment=COMMENT.encode(),
        icc_profile=srgb_profile(),
    )
    data = buffer.getvalue()
    return data[:2] + _iptc_segment() + data[2:]  # IPTC right after SOI, as cameras do


def tainted_png(size=(60, 40)) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    info.add_text("Comment", COMMENT)
    info.add_text("Author", OWNER)
    buffer = io.BytesIO()
    two_colours(size).save(buffer, "PNG", pnginfo=info, exif=exif(), icc_profile=srgb_profile())
    return buffer.getvalue()


def tainted_webp(size=(60, 40), frames: int = 1, lossless: bool = False) -> bytes:
    images = [two_colours(size) for _ in range(frames)]
    for index, image in enumerate(images[1:], start=1):
        image.paste((20, 180, 20), (0, 0, index * 5 + 5, 5))
    buffer = io.BytesIO()
    images[0].save(
        buffer,
        "WEBP",
        exif=exif(),
        xmp=XMP,
        icc_profile=srgb_profile(),
        lossless=lossless,
        save_all=frames > 1,
        append_images=images[1:],
        duration=120,
        loop=0,
    )
    return buffer.getvalue()


def animated_gif(frames: int = 3) -> bytes:
    colours = [RED, BLUE, (20, 180, 20), (230, 200, 20)]
    images = [Image.new("RGB", (30, 20), colours[index % 4]) for index in range(frames)]
    buffer = io.BytesIO()
    images[0].save(
        buffer,
        "GIF",
        save_all=True,
        append_images=images[1:],
        duration=[100, 200, 300][:frames],
        loop=0,
        comment=COMMENT.encode(),
    )
    return buffer.getvalue()


def leaked_secrets(data: bytes) -> list[bytes]:
    return [secret for secret in SECRETS if secret in data]


def metadata_of(data: bytes) -> dict:
    """What Pillow reads back as metadata (empty for a clean file)."""
    with Image.open(io.BytesIO(data)) as image:
        found = {key: image.info.get(key) for key in ("exif", "xmp", "photoshop", "comment")}
        if image.getexif():
            found["exif tags"] = dict(image.getexif())
        if getattr(image, "text", None):
            found["text"] = dict(image.text)
    return {key: value for key, value in found.items() if value}
