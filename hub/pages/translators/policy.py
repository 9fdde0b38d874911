"""Snippet permissions that keep translators off the source language.

Translators need the model permission "change" on the shared texts (categories,
districts, the footer …) because wagtail-localize saves a translation as an edit of the
target snippet. Django's model permissions cannot tell languages apart, so this policy
adds the rule per object: a translator who is not also an editor may change a snippet
only in one of their languages — never the German source.
"""

from django.db.models import QuerySet
from wagtail.permission_policies.base import ModelPermissionPolicy

from hub.pages.translators.groups import is_translator, translator_languages

EDITOR_GROUPS = ("Editors", "Moderators")
RESTRICTED_ACTIONS = {"change", "delete", "publish", "unpublish", "lock", "unlock"}


def restricted_languages(user) -> list[str] | None:
    """The languages a translator-only user may change, or None when not restricted."""
    if not user.is_authenticated or user.is_superuser or not is_translator(user):
        return None
    if user.groups.filter(name__in=EDITOR_GROUPS).exists():
        return None
    return translator_languages(user)


class TranslatorAwarePolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance) -> bool:
        if not super().user_has_permission_for_instance(user, action, instance):
            return False
        languages = restricted_languages(user) if action in RESTRICTED_ACTIONS else None
        if languages is None:
            return True
        return instance.locale.language_code in languages

    def instances_user_has_any_permission_for(self, user, actions) -> QuerySet:
        instances = super().instances_user_has_any_permission_for(user, actions)
        languages = restricted_languages(user) if set(actions) & RESTRICTED_ACTIONS else None
        if languages is None:
            return instances
        return instances.filter(locale__language_code__in=languages)
