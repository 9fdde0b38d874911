"""Who may see and decide the records of the network app in the Wagtail admin.

The editorial groups (the people the notification e-mails go to), superusers, and anyone
given the model's permissions explicitly.
"""

from hub.pages.submissions.emails import EDITOR_GROUPS


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


def can_decide_applications(user) -> bool:
    from hub.network.models import MembershipApplication

    return can_see(user, MembershipApplication, actions=("change",))
