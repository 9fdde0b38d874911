"""A translation with texts still in German says so, in the visitor's language."""

import pytest
from django.utils import translation
from wagtail_localize.models import StringSegment

from hub.demo.factories.pages import ContentPageFactory
from tests.pages.localize_support import (
    start_translation,
    sync_translation,
    translate_segment,
    translated,
)

pytestmark = pytest.mark.django_db

PARTIAL = "Parts of this page are not yet translated into"


def notice_in(client, page) -> bool:
    response = client.get(page.url)
    assert response.status_code == 200
    with translation.override(page.locale.language_code):
        expected = translation.gettext(
            "Parts of this page are not yet translated into %(language)s and appear in the "
            "original language."
        ).split("%(language)s")[0]
    return expected in response.content.decode()


def translate_everything(job) -> None:
    for segment in StringSegment.objects.filter(source=job.source).select_related("context"):
        translate_segment(job, segment.context.path, f"ترجمة {segment.context.path}")


def test_the_notice_comes_and_goes_with_untranslated_texts(client, tree):
    page = ContentPageFactory(parent=tree.homes["de"], title="Mitmachen", slug="mitmachen")
    job = start_translation(page, "ar")
    arabic = translated(page, "ar")

    assert notice_in(client, arabic)  # just created: every text is still German
    assert not notice_in(client, page)  # the German original never shows it

    translate_everything(job)
    assert not notice_in(client, translated(page, "ar"))

    # The original gets a new paragraph; after the sync it shows in German in Arabic.
    page.intro = "So helfen Sie mit – jetzt auch am Wochenende."
    page.save_revision().publish()
    sync_translation(job)
    assert notice_in(client, translated(page, "ar"))


def test_texts_still_in_german_carry_their_language(client, tree):
    page = ContentPageFactory(parent=tree.homes["de"], title="Helfen", slug="helfen")
    job = start_translation(page, "ar")
    translate_segment(job, "title", "المساعدة")

    html = client.get(translated(page, "ar").url).content.decode()

    assert "<h1>المساعدة</h1>" in html  # translated: the page's language
    assert '<p class="lead" lang="de" dir="ltr">So helfen Sie mit.</p>' in html
    stream = html.split('class="stream">', 1)[1]
    assert stream.startswith('<div lang="de" dir="ltr"><div class="rich-text"><p>Wir suchen')

    translate_everything(job)
    html = client.get(translated(page, "ar").url).content.decode()
    assert 'lang="de"' not in html.split('<main id="main"', 1)[1].split("</main>", 1)[0]


def test_a_translation_published_before_the_source_changed_counts_as_complete(client, tree):
    page = ContentPageFactory(parent=tree.homes["de"], title="Spenden", slug="spenden")
    job = start_translation(page, "ar")
    translate_everything(job)
    page.intro = "Neu: Sachspenden nur noch dienstags."
    page.save_revision().publish()
    job.source.update_from_db()  # the source moved on; the Arabic page was not synced yet

    # The live Arabic page still shows its older, complete texts (outdated, not partial).
    assert not notice_in(client, translated(page, "ar"))


def test_pages_translated_without_wagtail_localize_show_no_notice(client, tree):
    assert not notice_in(client, tree.about["ar"])


def test_the_notice_is_in_the_visitors_language(client, tree):
    page = ContentPageFactory(parent=tree.homes["de"], title="Kurse", slug="kurse")
    start_translation(page, "fa")

    html = client.get(translated(page, "fa").url).content.decode()

    assert "notice--partial" in html
    assert PARTIAL not in html  # translated into Persian, not left in English
