"""Bad input: translated errors next to the fields and in a summary; what was typed stays."""

import os
import re
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import translation
from PIL import Image as PILImage
from wagtail.images import get_image_model

from hub.pages.models import InitiativePage, InitiativeSubmission
from tests.pages.initiatives.test_initiative_submission import (  # noqa: F401 - fixtures
    directory_fixture,
    fresh_cache_fixture,
    send,
    submit_url,
    translated,
    valid_data,
)


def german(msgid: str) -> str:
    """``msgid`` as the German catalogs have it (asserted to be really translated)."""
    with translation.override("de"):
        text = translation.gettext(msgid)
    assert text != msgid
    return text


REQUIRED_DE = german("This field is required.")


def png(size=(40, 30), name="logo.png", fmt="PNG") -> SimpleUploadedFile:
    buffer = BytesIO()
    PILImage.new("RGB", size, (11, 110, 79)).save(buffer, fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{fmt.lower()}")


def noisy_png(side: int) -> SimpleUploadedFile:
    """A PNG that does not compress well (random pixels), so its file is large."""
    buffer = BytesIO()
    PILImage.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(buffer, "PNG")
    return SimpleUploadedFile("gross.png", buffer.getvalue(), content_type="image/png")


def errors_of(html: str, field: str) -> str:
    match = re.search(rf'<p class="form-field__error" id="id_{field}_error">([^<]*)</p>', html)
    return match.group(1) if match else ""


def test_missing_required_fields_are_named_in_the_summary_and_next_to_each_field(
    client, directory, django_capture_on_commit_callbacks
):
    data = valid_data(title="", summary="", submitter_name="", categories=None, consent=None)
    response = send(client, submit_url(), data, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html and 'role="alert"' in html
    for field in ("title", "summary", "submitter_name"):
        assert errors_of(html, field) == REQUIRED_DE
        assert f'href="#id_{field}"' in html
        assert f'aria-describedby="id_{field}' in html or f'id="id_{field}"' in html
    # Checkbox groups link to their first box.
    assert 'href="#id_categories_0"' in html
    assert errors_of(html, "categories")
    assert errors_of(html, "consent")
    assert 'aria-invalid="true"' in html
    # Everything else that was typed is still there.
    assert "Wir reparieren" not in html  # the summary was left empty
    assert 'value="werkstatt@example.org"' in html
    assert 'value="+49 30 1234567"' in html
    assert ">Im Hinterhof<" not in html and 'value="Im Hinterhof"' in html
    assert "Jeden Samstag.\n\nWerkzeug ist da.</textarea>" in html
    assert re.search(r'value="nordstadt" id="id_districts_0" checked', html)
    assert 'value="Fahrrad, Reparatur"' in html
    assert not InitiativePage.objects.exists()
    assert not InitiativeSubmission.objects.exists()


def test_errors_are_in_the_visitors_language(client, directory, django_capture_on_commit_callbacks):
    response = send(
        client, submit_url("ar"), valid_data(title=""), django_capture_on_commit_callbacks
    )
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert errors_of(html, "title") not in ("", REQUIRED_DE, "This field is required.")


def test_bad_email_addresses_are_refused(client, directory, django_capture_on_commit_callbacks):
    data = valid_data(contact_email="werkstatt(at)example", submitter_email="jana@")
    html = send(client, submit_url(), data, django_capture_on_commit_callbacks).content.decode()
    assert errors_of(html, "contact_email") == german("Enter a valid email address.")
    assert errors_of(html, "submitter_email") == german("Enter a valid email address.")
    assert 'value="werkstatt(at)example"' in html
    assert not InitiativePage.objects.exists()


def test_at_least_one_way_of_contact_is_needed(
    client, directory, django_capture_on_commit_callbacks
):
    data = valid_data(contact_email="", contact_phone="", website="")
    html = send(client, submit_url(), data, django_capture_on_commit_callbacks).content.decode()
    assert errors_of(html, "contact_email") == translated(
        "de", "Give at least one way to get in touch: e-mail, phone or website."
    )
    assert not InitiativePage.objects.exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [("contact_phone", "call me maybe"), ("website", "not a url"), ("postal_code", "<12>")],
)
def test_malformed_contact_details_are_refused(
    client, directory, django_capture_on_commit_callbacks, field, value
):
    html = send(
        client, submit_url(), valid_data(**{field: value}), django_capture_on_commit_callbacks
    ).content.decode()
    assert errors_of(html, field)
    assert not InitiativePage.objects.exists()


def test_a_file_that_is_not_an_image_is_refused(
    client, directory, django_capture_on_commit_callbacks
):
    fake = SimpleUploadedFile("logo.png", b"%PDF-1.4 not an image", content_type="image/png")
    response = send(
        client, submit_url(), valid_data(image=fake), django_capture_on_commit_callbacks
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert errors_of(html, "image") == german(
        "Upload a valid image. The file you uploaded was either not an image or a corrupted image."
    )
    assert 'href="#id_image"' in html
    assert not InitiativePage.objects.exists()


def test_an_image_in_another_format_than_its_name_says_or_unsupported_is_refused(
    client, directory, django_capture_on_commit_callbacks
):
    bmp = png(name="logo.bmp", fmt="BMP")
    html = send(
        client, submit_url(), valid_data(image=bmp), django_capture_on_commit_callbacks
    ).content.decode()
    assert errors_of(html, "image") == german(
        "Not a supported image format. Supported formats: %(supported_formats)s."
    ) % {"supported_formats": "JPG, PNG, WEBP, GIF"}
    disguised = png(name="logo.jpg")  # a PNG named .jpg
    html = send(
        client, submit_url(), valid_data(image=disguised), django_capture_on_commit_callbacks
    ).content.decode()
    assert errors_of(html, "image")
    assert not InitiativePage.objects.exists()


def test_an_image_that_is_too_large_is_refused(
    client, directory, django_capture_on_commit_callbacks
):
    big = noisy_png(400)
    assert big.size > 20_000
    with override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=20_000):
        html = send(
            client, submit_url(), valid_data(image=big), django_capture_on_commit_callbacks
        ).content.decode()
    too_big = german("This file is too big (%(file_size)s). Maximum filesize %(max_filesize)s.")
    assert errors_of(html, "image").startswith(too_big.split("(%(file_size)s)")[0])
    assert not InitiativePage.objects.exists()


def test_the_upload_limit_is_five_megabytes_at_most():
    from hub.pages.initiatives.submissions.uploads import max_upload_size

    assert max_upload_size() == 5 * 1024 * 1024  # the setting allows 10 MB
    with override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1024):
        assert max_upload_size() == 1024


def test_a_valid_image_is_kept_across_a_re_render_and_stored_in_submissions(
    client, directory, django_capture_on_commit_callbacks
):
    first = send(
        client,
        submit_url(),
        valid_data(title="", image=png()),
        django_capture_on_commit_callbacks,
    )
    html = first.content.decode()
    assert errors_of(html, "title") == REQUIRED_DE
    assert "logo.png" in html and 'class="form-field__kept"' in html
    reference = re.search(r'name="image_reference" value="([^"]+)"', html).group(1)

    # Sent again without choosing the file again: the kept image is used.
    response = send(
        client,
        submit_url(),
        valid_data(image_reference=reference),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    page = InitiativePage.objects.get()
    assert page.image is not None
    assert page.image.collection.name == "Submissions"
    assert (page.image.width, page.image.height) == (40, 30)
    assert page.image.file_size > 0
    assert InitiativeSubmission.objects.get().data["image"]["id"] == page.image.pk


def test_a_forged_image_reference_is_ignored(client, directory, django_capture_on_commit_callbacks):
    response = send(
        client,
        submit_url(),
        valid_data(image_reference="../../etc/passwd"),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    assert InitiativePage.objects.get().image is None
    assert not get_image_model().objects.exists()


def test_an_image_uploaded_with_valid_input_is_stored_at_once(
    client, directory, django_capture_on_commit_callbacks
):
    send(
        client,
        submit_url(),
        valid_data(image=png(name="werkstatt.jpg", fmt="JPEG")),
        django_capture_on_commit_callbacks,
    )
    image = InitiativePage.objects.get().image
    assert image.title == "Fahrradwerkstatt Nordstadt"
    assert image.collection.name == "Submissions"
