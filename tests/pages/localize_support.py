"""Translating pages and snippets the way translators do, through wagtail-localize.

``hub.demo.factories.pages.translate`` copies a page into another language directly;
these helpers go through wagtail-localize's own models instead (a translation source, a
translation into a locale, translated strings), so tests see what happens when the source
changes later.
"""

from django.db import models
from django.test import TestCase
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


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
