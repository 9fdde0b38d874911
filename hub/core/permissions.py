"""Who may do what: the group names and one ``can_…`` check per capability.

Editors and moderators are Django groups ("Editors", "Moderators"; superusers count as
both). Members of the network read what is restricted to the ``Members`` group, which
is what Wagtail's page and collection privacy work with; translators are the groups
whose names start with "Translators". Checks that need an app's model name its
permission as a string ("network.change_membershipapplication"), so this module imports
no app. A check that needs an app's own records (is this user a member organisation's
admin?) lives in that app.
"""

from django.conf import settings
from django.db.models import QuerySet
from wagtail import hooks
from wagtail.models import Page
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

MODERATORS = "Moderators"
EDITORS = "Editors"
EDITOR_GROUPS = (MODERATORS, EDITORS)
MEMBERS_GROUP = "Members"
TRANSLATORS = "Translators"
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
    opts = model._meta
    return editor_or_permitted(
        user, *(f"{opts.app_label}.{action}_{opts.model_name}" for action in actions)
    )


def editor_or_permitted(user, *permissions: str) -> bool:
    """Editors, or active users with one of ``permissions`` ("app.codename")."""
    if not user.is_authenticated:
        return False
    if is_editor(user):
        return True
    return user.is_active and any(user.has_perm(permission) for permission in permissions)


def can_decide_applications(user) -> bool:
    """Approve or decline a membership application."""
    return editor_or_permitted(user, "network.change_membershipapplication")


def can_review_submissions(user) -> bool:
    """See the initiative submissions: the people the submission e-mails go to, anyone
    who may publish pages, and anyone given the model's view permission."""
    return _staff(user) or (user.is_active and user.has_perm("pages.view_initiativesubmission"))


def can_manage_registrations(user) -> bool:
    """See and handle event registrations: as for initiative submissions."""
    return _staff(user) or (user.is_active and user.has_perm("events.view_registration"))


def can_review_freshness(user) -> bool:
    """See and confirm initiatives that were not confirmed for a while."""
    return user.is_authenticated and _staff(user)


def can_view_translation_overview(user) -> bool:
    """The translation overview: staff and translators."""
    return user.is_authenticated and (
        _staff(user)
        or (user.is_active and user.groups.filter(name__startswith=TRANSLATORS).exists())
    )


def can_edit_dates(user, page: Page) -> bool:
    """Cancel or move an event's date: whoever may publish the event page, and network
    staff (Moderators, Editors) who may edit it. A cancelled date takes effect at once
    and e-mails people, so members of other groups who can merely draft changes cannot
    do it."""
    if not user.is_active:
        return False
    permissions = page.permissions_for_user(user)
    if permissions.can_publish():
        return True
    return permissions.can_edit() and user.groups.filter(name__in=EDITOR_GROUPS).exists()


def can_request_review(page: Page, user) -> bool:
    """Send a translation for review: people who may edit the translated page but not
    publish it."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return False
    permissions = page.permissions_for_user(user)
    return permissions.can_edit() and not permissions.can_publish()


def _staff(user) -> bool:
    """Active, and a superuser, in an editorial group or allowed to publish pages."""
    return bool(
        user.is_active
        and (
            user.is_superuser
            or user.groups.filter(name__in=EDITOR_GROUPS).exists()
            or PagePermissionPolicy().user_has_permission(user, "publish")
        )
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
