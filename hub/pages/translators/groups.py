"""The translator groups and the languages a user translates into."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import GroupPagePermission, Locale, Page

TRANSLATORS = "Translators"
# wagtail-localize saves a translation as an edit of the target page.
PAGE_PERMISSIONS = ("change_page",)


def group_name(code: str) -> str:
    return f"{TRANSLATORS} ({code})"


def target_languages() -> list[str]:
    """Every content language but the source, in settings order."""
    return [
        code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE
    ]


def is_translator(user) -> bool:
    return user.is_authenticated and any(
        name == TRANSLATORS or name.startswith(TRANSLATORS + " (")
        for name in user.groups.values_list("name", flat=True)
    )


def translator_languages(user) -> list[str]:
    """The languages ``user`` translates into as a translator (empty for everyone else)."""
    if not user.is_authenticated:
        return []
    names = set(user.groups.values_list("name", flat=True))
    if TRANSLATORS in names:
        return target_languages()
    return [code for code in target_languages() if group_name(code) in names]


def ensure_translator_groups(homes: list[Page]) -> dict[str, Group]:
    """Create "Translators" and "Translators (<code>)" with admin access, change
    permission on the home pages of their languages (never on the source language's),
    and the snippet permissions wagtail-localize needs; idempotent."""
    from hub.snippets.models import Category, District, SiteFooter, SpokenLanguage, TargetGroup

    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    # "Translate this page" and "Sync translated pages" in wagtail-localize.
    submit = Permission.objects.get(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    )
    snippet_permissions = [
        Permission.objects.get(
            content_type=ContentType.objects.get_for_model(model),
            codename=f"{action}_{model._meta.model_name}",
        )
        for model in (Category, TargetGroup, District, SpokenLanguage, SiteFooter)
        for action in ("change", "view")
    ]
    page_permissions = Permission.objects.filter(
        content_type=ContentType.objects.get_for_model(Page), codename__in=PAGE_PERMISSIONS
    )
    homes_by_language = {home.locale.language_code: home for home in homes}
    source = Locale.get_default().language_code
    groups = {}
    for name, codes in [
        (TRANSLATORS, target_languages()),
        *((group_name(code), [code]) for code in target_languages()),
    ]:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin, submit, *snippet_permissions)
        # Never on the source language: translators do not change the German original.
        GroupPagePermission.objects.filter(group=group, page__locale__language_code=source).delete()
        for code in codes:
            home = homes_by_language.get(code)
            if home is None:
                continue
            for permission in page_permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=home, permission=permission
                )
        groups[name] = group
    return groups
