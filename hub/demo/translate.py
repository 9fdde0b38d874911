"""Translate demo objects the way a translator in wagtail-localize would.

For each object and language: a ``TranslationSource`` holding the German segments, a
``Translation`` into the language, one manual ``StringTranslation`` per segment, then
``save_target`` to create or update the translated page or snippet. The result is
indistinguishable from work done in wagtail-localize's editor, so translators later find
the demo pages as ordinary translations with every string filled in.
"""

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from hub.demo.texts import TranslationTable


def _is_outdated(obj, source: TranslationSource, locale: Locale) -> bool:
    """No live translation yet, or none made since the source last changed.

    Asked per language, so an interrupted run or an earlier language having refreshed
    the shared source does not hide an outdated translation.
    """
    target = obj.get_translation_or_none(locale)
    if target is None or (isinstance(target, Page) and not target.live):
        return True
    return not TranslationLog.objects.filter(
        source=source, locale=locale, created_at__gte=source.last_updated_at
    ).exists()


def _store_strings(
    source: TranslationSource,
    locale: Locale,
    table: TranslationTable,
    user: AbstractBaseUser | None,
) -> bool:
    """Store a manual translation of every segment; True if any was new or different."""
    segments = list(
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    )
    # Look everything up before writing anything: a missing string aborts cleanly.
    translated = table.translate(locale.language_code, (s.string.data for s in segments))
    changed = False
    for segment in segments:
        data = translated[segment.string.data]
        string_translation, created = StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )
        differs = not created and (string_translation.data != data or string_translation.has_error)
        if differs:
            string_translation.data = data
            string_translation.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
            string_translation.last_translated_by = user
            string_translation.has_error = False
            string_translation.field_error = ""
            string_translation.save()
        if string_translation.has_error:
            raise ValueError(
                f"wagtail-localize rejects the {locale.language_code!r} translation "
                f"{data!r} of {segment.string.data!r}"
            )
        changed = changed or created or differs
    return changed


def translate(
    obj,
    locales: list[Locale],
    table: TranslationTable,
    user: AbstractBaseUser | None,
) -> list[tuple[Locale, bool]]:
    """Create or update the translations of ``obj``; per language, True if it was (re)saved.

    Parent pages must be translated first. wagtail-localize would publish a page in
    ``on_commit``, which never fires inside an enclosing transaction (a test, or a caller's
    ``atomic``); so pages are saved as a draft revision and that revision is published here.
    Each language commits on its own, so an interrupted run keeps what it finished.
    """
    with transaction.atomic():
        source, _created = TranslationSource.update_or_create_from_instance(obj)
    results = []
    for locale in locales:
        with transaction.atomic():
            translation, created = Translation.objects.get_or_create(
                source=source, target_locale=locale
            )
            if not translation.enabled:
                translation.enabled = True
                translation.save(update_fields=["enabled"])
                created = True
            strings_changed = _store_strings(source, locale, table, user)
            needed = created or strings_changed or _is_outdated(obj, source, locale)
            if needed and isinstance(obj, Page):
                translation.save_target(user=user, publish=False)
                revision = obj.get_translation(locale).get_latest_revision()
                # As wagtail-localize does: the translator made it, the system publishes it.
                revision.publish(user=user, skip_permission_checks=True)
            elif needed:
                translation.save_target(user=user, publish=True)
        results.append((locale, needed))
    return results
