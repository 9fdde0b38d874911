"""Helpers for the translation overview and digest tests: translating with wagtail-localize
the way a translator does in its editor, and translators with their groups."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.test import TestCase
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from tests.pages.initiatives.test_initiative_freshness_report import group_with_admin_access

OVERVIEW = "/admin/translations/overview/"


def localize(obj, code: str, *, strings: bool = True, machine: bool = False) -> Translation:
    """Translate ``obj`` into ``code`` with wagtail-localize and save the target.

    ``strings=False`` starts the translation without translating a single segment (the
    target then shows the source text); ``machine`` marks every segment as machine-made.
    """
    source, _created = TranslationSource.get_or_create_from_instance(obj)
    locale = Locale.objects.get(language_code=code)
    if strings:
        kind = (
            StringTranslation.TRANSLATION_TYPE_MACHINE
            if machine
            else StringTranslation.TRANSLATION_TYPE_MANUAL
        )
        for segment in StringSegment.objects.filter(source=source).select_related("string"):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": f"[{code}] {segment.string.data}", "translation_type": kind},
            )
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    # wagtail-localize publishes a page once the transaction commits; tests never commit.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    return translation


def republish(page, **fields) -> None:
    """An editor changes the source page and publishes it."""
    page = page.specific
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def sync(obj, code: str) -> None:
    """The source's "Sync translated pages": extract again, translate the new strings."""
    TranslationSource.objects.get(object_id=obj.translation_key, locale=obj.locale).update_from_db()
    localize(obj, code)


def translators_for(name: str, *homes: Page) -> Group:
    """A translators group that may change the given languages' trees."""
    group = group_with_admin_access(name)
    permission = Permission.objects.get(
        content_type=ContentType.objects.get_for_model(Page), codename="change_page"
    )
    for home in homes:
        GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)
    return group
