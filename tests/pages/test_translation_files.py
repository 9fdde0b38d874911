"""Translators who work offline: a page's translation goes out as a PO file and comes back.

Both through wagtail-localize's API and through the admin's download and upload buttons,
as an editor with the test client.
"""

import polib
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from hub.demo.factories.pages import ContentPageFactory
from hub.demo.factories.users import UserFactory
from tests.module_data import module_data
from tests.pages.localize_support import (
    publish,
    start_translation,
    translated,
)


def fill(po: polib.POFile) -> polib.POFile:
    """What a translator's PO editor does: a translation for every message."""
    for entry in po:
        entry.msgstr = f"[ar] {entry.msgid}"
    return po


def assert_arabic(page) -> None:
    arabic = translated(page)
    assert arabic.title == "[ar] Mitmachen"
    assert arabic.intro == "[ar] So helfen Sie mit."
    assert "[ar] Wir suchen Ehrenamtliche." in str(arabic.body[0].value)
    assert arabic.live


@module_data
def content_page(tree):
    return ContentPageFactory(parent=tree.homes["de"])


def test_a_po_file_goes_out_and_comes_back(content_page):
    translation = start_translation(content_page)
    po = translation.export_po()
    assert {entry.msgctxt for entry in po} >= {"title", "intro"}
    assert all(entry.msgstr == "" for entry in po)

    warnings = translation.import_po(polib.pofile(str(fill(po))))
    publish(translation)

    assert warnings == []
    assert_arabic(content_page)


def test_editors_download_and_upload_a_po_file_in_the_admin(client, content_page):
    translation = start_translation(content_page)
    client.force_login(UserFactory(username="redakteurin", groups=["Editors"]))

    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.id]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/x-gettext-translation")
    assert 'msgid "So helfen Sie mit."' in response.content.decode()

    po = fill(polib.pofile(response.content.decode()))
    upload = SimpleUploadedFile("mitmachen-ar.po", str(po).encode(), "text/x-gettext-translation")
    edit_url = reverse("wagtailadmin_pages:edit", args=[translated(content_page).pk])
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]),
        {"file": upload, "next": edit_url},
    )
    assert response.status_code == 302 and response["Location"] == edit_url
    publish(translation)

    assert_arabic(content_page)


def test_a_po_file_of_another_translation_is_refused(client, content_page, tree):
    translation = start_translation(content_page)
    other = start_translation(
        ContentPageFactory(parent=tree.homes["de"], title="Spenden", slug="spenden")
    )
    client.force_login(UserFactory(username="redakteurin", groups=["Editors"]))

    po = fill(other.export_po())
    upload = SimpleUploadedFile("spenden-ar.po", str(po).encode(), "text/x-gettext-translation")
    client.post(reverse("wagtail_localize:upload_pofile", args=[translation.id]), {"file": upload})
    publish(translation)

    assert translated(content_page).title == "Mitmachen"


def test_people_who_may_not_edit_the_page_get_no_po_file(client, content_page):
    translation = start_translation(content_page)
    client.force_login(get_user_model().objects.create_user("gast", "gast@example.org", "x"))
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.id]))
    assert response.status_code in {302, 403}
