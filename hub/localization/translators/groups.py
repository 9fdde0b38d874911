"""The translator groups. Which languages a translator works in is read from the groups'
page permissions (``hub.localization.overview.people.translator_languages``)."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import GroupPagePermission, Locale, Page

from hub.core.permissions import TRANSLATORS
from hub.localization.overview.data import content_languages
from hub.localization.overview.people import translator_languages
from hub.snippets.models import Category, District, SiteFooter, SpokenLanguage, TargetGroup

__all__ = [
    "TRANSLATORS",
    "ensure_translator_groups",
    "group_name",
    "is_translator",
    "languages_without_home",
    "translator_languages",
]
# wagtail-localize saves a translation as an edit of the target page.
PAGE_PERMISSIONS = ("change_page",)


def group_name(code: str) -> str:
    return f"{TRANSLATORS} ({code})"


def is_translator(user) -> bool:
    return user.is_authenticated and user.groups.filter(name__startswith=TRANSLATORS).exists()


def languages_without_home(homes: list[Page]) -> list[str]:
    """The content languages (source excepted) that none of ``homes`` is in.

    A translator group's rights hang on its language's home page: until an editor has
    translated the home page into a newly added language, "Translators (<code>)" exists
    but may edit nothing, and ``setup_translator_groups`` has to run again afterwards.
    """
    present = {home.locale.language_code for home in homes}
    return [code for code in content_languages() if code not in present]


def ensure_translator_groups(homes: list[Page]) -> dict[str, Group]:
    """Create "Translators" and "Translators (<code>)" with admin access, change
    permission on the home pages of their languages (never on the source language's),
    and the snippet permissions wagtail-localize needs; idempotent."""
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    # "Translate this page" and "Sync translated pages" in wagtail-localize. A data
    # migration of wagtail-localize creates it; a flushed test database lacks it.
    submit, _created = Permission.objects.get_or_create(
        content_type=ContentType.objects.get_or_create(
            app_label="wagtail_localize", model="translation"
        )[0],
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
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
        (TRANSLATORS, content_languages()),
        *((group_name(code), [code]) for code in content_languages()),
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
