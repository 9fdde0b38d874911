"""Translating pages and snippets the way translators do, through wagtail-localize.

``hub.demo.factories.pages.translate`` copies a page into another language directly;
these helpers go through wagtail-localize's own models instead (a translation source, a
translation into a locale, translated strings), so tests see what happens when the source
changes later.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models
from django.test import TestCase
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from hub.demo.factories.blocks import paragraph
from hub.pages.models import ContentPage


def start_translation(instance: models.Model, code: str = "ar") -> Translation:
    """Translate ``instance`` into ``code`` with wagtail-localize and publish the copy."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code=code)
    )
    publish(translation)
    return translation


def translate_segment(translation: Translation, path: str, text: str) -> None:
    """Enter ``text`` as the translation of the field (or block) at ``path`` and save."""
    segment = StringSegment.objects.select_related("string", "context").get(
        source=translation.source, context__path=path
    )
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context=segment.context,
        defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
    )
    publish(translation)


def sync_translation(translation: Translation) -> None:
    """What "Sync translated pages" does after the source changed: re-read the source,
    rewrite the translation (translated strings stay, synchronised fields are copied)."""
    translation.source.update_from_db()
    publish(translation)


def publish(translation: Translation) -> None:
    """Save and publish the translated copy. wagtail-localize publishes a page's new
    revision on commit; a test runs inside a transaction, so the callbacks run here."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)


def translated(instance: models.Model, code: str = "ar") -> models.Model:
    """``instance``'s copy in ``code``, fresh from the database."""
    model = type(instance)
    return model.objects.get(translation_key=instance.translation_key, locale__language_code=code)


def make_image(title: str):
    return get_image_model().objects.create(title=title, file=get_test_image_file(size=(40, 30)))


def make_content_page(parent: Page, **fields) -> ContentPage:
    """A published German ``ContentPage`` with a teaser and a paragraph under ``parent``."""
    page = ContentPage(
        title=fields.pop("title", "Mitmachen"),
        slug=fields.pop("slug", "mitmachen"),
        intro=fields.pop("intro", "So helfen Sie mit."),
        body=fields.pop("body", paragraph("<p>Wir suchen Ehrenamtliche.</p>")),
        **fields,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_editor(username: str = "redakteurin"):
    """A network editor: Wagtail's "Editors" group, which may edit every page."""
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "geheim-123")
    user.groups.add(Group.objects.get(name="Editors"))
    return user
