"""Images lose their EXIF, XMP and IPTC (GPS position, camera, owner, comments) before
they are stored — through the admin's upload, its multiple upload, the public entry form
and the board — and so do their renditions. The orientation is applied first, the colour
profile kept, animations keep their frames."""

import io
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Collection

from hub.network.models import BoardEntry
from hub.pages.models import InitiativePage
from tests.core.files.images import (
    BLUE,
    RED,
    animated_gif,
    leaked_secrets,
    metadata_of,
    srgb_profile,
    tainted_jpeg,
    tainted_png,
    tainted_webp,
)
from tests.core.files.support import body_of, public_names
from tests.network.board_support import entry_post, url
from tests.network.selfservice_support import build_members
from tests.pages.initiatives.test_initiative_submission import (  # noqa: F401 - fixtures
    directory_fixture,
    fresh_cache_fixture,
    send,
    submit_url,
    valid_data,
)

UPLOADS = {
    "jpeg": ("urlaub.jpg", tainted_jpeg),
    "png": ("plakat.png", tainted_png),
    "webp": ("bild.webp", tainted_webp),
}


@pytest.fixture(name="admin_client")
def admin_client_fixture(client, db):
    admin = get_user_model().objects.create_superuser("chefin2", "chefin2@example.org", "x")
    client.force_login(admin)
    return client


def read(file) -> bytes:
    file.open("rb")
    try:
        return file.read()
    finally:
        file.close()


def assert_clean(data: bytes, size=(60, 40)) -> Image.Image:
    assert leaked_secrets(data) == []
    assert metadata_of(data) == {}
    image = Image.open(io.BytesIO(data))
    assert image.size == size
    return image


def assert_clean_with_renditions(image, size=(60, 40)) -> None:
    original = assert_clean(read(image.file), size)
    assert original.info.get("icc_profile") == srgb_profile()
    assert (image.width, image.height) == size
    for spec in ("fill-30x20", "max-165x165", "width-40|format-webp", "width-40|format-png"):
        rendition = image.get_rendition(spec)
        assert rendition.file.name.startswith("images/")
        assert_clean(read(rendition.file), (rendition.width, rendition.height))


@pytest.mark.django_db
@pytest.mark.parametrize("kind", UPLOADS)
def test_the_admin_upload_stores_no_metadata(admin_client, kind):
    filename, make = UPLOADS[kind]
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Urlaub",
            "file": SimpleUploadedFile(filename, make()),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert_clean_with_renditions(get_image_model().objects.get())


@pytest.mark.django_db
def test_the_admin_turns_a_photo_upright_before_dropping_its_orientation(admin_client):
    admin_client.post(
        "/admin/images/add/",
        {
            "title": "Hochkant",
            "file": SimpleUploadedFile("hochkant.jpg", tainted_jpeg(orientation=6)),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    image = get_image_model().objects.get()
    original = assert_clean(read(image.file), size=(40, 60))
    # What was on the left (red) is on top now, as a viewer honouring EXIF showed it.
    assert _close(original.convert("RGB").getpixel((20, 3)), RED)
    assert _close(original.convert("RGB").getpixel((20, 56)), BLUE)
    assert (image.width, image.height) == (40, 60)


def _close(pixel, colour) -> bool:
    return all(abs(a - b) < 30 for a, b in zip(pixel, colour, strict=True))


@pytest.mark.django_db
@pytest.mark.parametrize("kind", UPLOADS)
def test_the_admin_multiple_upload_stores_no_metadata(admin_client, kind):
    filename, make = UPLOADS[kind]
    response = admin_client.post(
        "/admin/images/multiple/add/",
        {
            "files[]": SimpleUploadedFile(filename, make()),
            "collection": Collection.get_first_root_node().pk,
        },
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert json.loads(response.content)["success"] is True
    assert_clean_with_renditions(get_image_model().objects.get())


@pytest.mark.django_db
def test_a_reupload_of_the_same_photo_is_still_found_as_duplicate(admin_client):
    data = tainted_jpeg()
    for _ in range(2):
        response = admin_client.post(
            "/admin/images/multiple/add/",
            {
                "files[]": SimpleUploadedFile("urlaub.jpg", data),
                "collection": Collection.get_first_root_node().pk,
            },
            HTTP_X_REQUESTED_WITH="XMLHttpRequest",
        )
    assert json.loads(response.content)["duplicate"] is True


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("filename", "data", "frames"),
    [("winken.gif", animated_gif(3), 3), ("winken.webp", tainted_webp(frames=3), 3)],
)
def test_animations_keep_their_frames(admin_client, filename, data, frames):
    admin_client.post(
        "/admin/images/add/",
        {
            "title": "Winken",
            "file": SimpleUploadedFile(filename, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    stored = read(get_image_model().objects.get().file)
    assert leaked_secrets(stored) == []
    assert Image.open(io.BytesIO(stored)).n_frames == frames


@pytest.mark.django_db
@pytest.mark.parametrize("kind", UPLOADS)
def test_the_public_entry_form_stores_no_metadata_under_a_random_private_name(
    client, directory, django_capture_on_commit_callbacks, kind
):
    filename, make = UPLOADS[kind]
    upload = SimpleUploadedFile(f"passfoto-ahmad-{filename}", make())
    response = send(
        client, submit_url("en"), valid_data(image=upload), django_capture_on_commit_callbacks
    )
    assert response.status_code == 302
    image = InitiativePage.objects.get().image
    # Awaiting review: the original is private and named at random.
    assert image.file.name not in public_names()
    assert re.fullmatch(r"original_images/[0-9a-f]{32}\.(jpg|png|webp)", image.file.name)
    assert "passfoto" not in image.file.name
    assert_clean_with_renditions(image)
    renditions = [r.file.name for r in image.renditions.all()]
    assert renditions and all(re.match(r"images/[0-9a-f]{32}\.", name) for name in renditions)
    assert all(name in public_names() for name in renditions)


@pytest.mark.django_db
def test_a_parked_image_is_private_and_stored_clean(
    client, directory, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile("passfoto-ahmad.jpg", tainted_jpeg())
    html = send(
        client,
        submit_url("en"),
        valid_data(title="", image=upload),
        django_capture_on_commit_callbacks,
    ).content.decode()
    assert not any(name.startswith("submissions/") for name in public_names())
    reference = re.search(r'name="image_reference" value="([^"]+)"', html).group(1)
    send(
        client,
        submit_url("en"),
        valid_data(image_reference=reference),
        django_capture_on_commit_callbacks,
    )
    image = InitiativePage.objects.get().image
    assert "passfoto" not in image.file.name
    assert_clean(read(image.file))


@pytest.mark.django_db
def test_a_board_photo_is_kept_and_served_without_metadata(client, tree):
    members = build_members(tree)
    client.force_login(members.admin_b)
    upload = SimpleUploadedFile("flohmarkt.jpg", tainted_jpeg(orientation=6))
    response = client.post(url("board_new", "en"), {**entry_post(), "attachment": upload})
    assert response.status_code == 302
    entry = BoardEntry.objects.get()
    client.force_login(members.admin_a)
    served = body_of(client.get(url("board_attachment", "de", entry.pk)))
    assert_clean(served, size=(40, 60))
