"""Who sees the translation overview, and which languages a translator works in.

Translators are the members of the group "Translators" (every language) and of any group
whose name starts with "Translators" ("Translators Arabic"…): such a group works in the
languages of the pages it may change, since each language's tree is a sibling under
Wagtail's root and a permission on one language's home page reaches that language only.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import QuerySet
from wagtail.models import GroupPagePermission

from hub.core.permissions import TRANSLATORS
from hub.localization.overview.data import content_languages


def translator_groups() -> QuerySet[Group]:
    return Group.objects.filter(name__startswith=TRANSLATORS)


def translators() -> QuerySet:
    """Active users in a translators group who have an e-mail address."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__in=translator_groups())
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def translator_languages(user) -> list[str]:
    """The languages ``user`` translates into, in the order of the settings."""
    groups = list(user.groups.filter(name__startswith=TRANSLATORS).values_list("name", "pk"))
    languages = content_languages()
    if any(name == TRANSLATORS for name, _pk in groups):
        return languages
    granted = set(
        GroupPagePermission.objects.filter(
            group_id__in=[pk for _name, pk in groups], permission__codename="change_page"
        ).values_list("page__locale__language_code", flat=True)
    )
    return [code for code in languages if code in granted]


def ordered_languages(user) -> tuple[list[str], list[str]]:
    """(every non-source language with ``user``'s own first, ``user``'s own languages)."""
    own = translator_languages(user)
    return own + [code for code in content_languages() if code not in own], own
