"""Who may do what: the editorial group names and the checks every app shares.

Editors and moderators are Django groups ("Editors", "Moderators"; superusers count as
both). Members of the network read what is restricted to the ``Members`` group, which
is what Wagtail's page and collection privacy work with. A check that needs an app's
own records (is this user a member organisation's admin?) lives in that app; the group
names and the language rule for translators live here, once.
"""

from django.db.models import QuerySet
from wagtail import hooks
from wagtail.permission_policies.base import ModelPermissionPolicy

EDITOR_GROUPS = ("Moderators", "Editors")
MEMBERS_GROUP = "Members"
# The hook through which the translation workflow says which languages a user may
# change (``hub.localization``); lower apps ask here instead of importing it.
RESTRICTED_LANGUAGES_HOOK = "hub_restricted_languages"
RESTRICTED_ACTIONS = {"change", "delete", "publish", "unpublish", "lock", "unlock"}


def is_editor(user) -> bool:
    """A signed-in, active superuser or member of an editorial group."""
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.groups.filter(name__in=EDITOR_GROUPS).exists())
    )


def can_see(user, model, actions=("view", "change")) -> bool:
    """Editors, or users with one of ``actions``' permissions on ``model``."""
    if not user.is_authenticated:
        return False
    if is_editor(user):
        return True
    opts = model._meta
    return user.is_active and any(
        user.has_perm(f"{opts.app_label}.{action}_{opts.model_name}") for action in actions
    )


def restricted_languages(user) -> list[str] | None:
    """The only languages ``user`` may change content in, or None when not restricted
    (editors, superusers, anyone the translation workflow does not restrict)."""
    for answer in hooks.get_hooks(RESTRICTED_LANGUAGES_HOOK):
        languages = answer(user)
        if languages is not None:
            return languages
    return None


class LanguageRestrictedPolicy(ModelPermissionPolicy):
    """Model permissions plus the language rule, per object: a translator changes a
    translatable snippet only in one of their languages, never the source.

    Django's model permissions cannot tell languages apart, and wagtail-localize saves
    a translation as an edit of the target snippet, so translators need "change" on the
    model; this policy narrows it per row.
    """

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
