"""A member deletes their own account.

What belongs to the person goes with the account (memberships, member profile, settings);
what they wrote for others stays: page revisions, profile changes, decisions and posts
keep existing with their author set to nobody ("former member"). Every foreign key to
the user model is checked for that in ``tests/network/test_my_data.py``.

Deletion is refused while it would leave an organisation without an organisation admin
(the same rule as ``services.remove_member``), for site administrators (the site must
not lose its last one by accident), and while comments in the editing area that others
replied to would disappear with the account (Wagtail deletes comments with their author,
and the replies with them).
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import CommentReply

from hub.core.emails import render_email
from hub.core.mail import queue_messages
from hub.core.site import site_name_in
from hub.network.models import MemberRole, Membership
from hub.snippets.contact import network_email


class AccountDeletionError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _sole_admin_of(user: AbstractBaseUser, *, lock: bool = False) -> list[str]:
    """Titles of the organisations whose only organisation admin ``user`` is."""
    admin_of = Membership.objects.filter(user=user, role=MemberRole.ADMIN)
    admins = Membership.objects.filter(
        organisation_id__in=admin_of.values("organisation_id"), role=MemberRole.ADMIN
    ).select_related("organisation")
    if lock:
        admins = admins.select_for_update(of=("self",))
    others: dict[int, int] = {}
    titles: dict[int, str] = {}
    for membership in admins:
        titles[membership.organisation_id] = membership.organisation.title
        others.setdefault(membership.organisation_id, 0)
        if membership.user_id != user.pk:
            others[membership.organisation_id] += 1
    return sorted(titles[pk] for pk, count in others.items() if count == 0)


def deletion_blockers(user: AbstractBaseUser, *, lock: bool = False) -> list[str]:
    """Why ``user`` cannot delete their account now (translated), or nothing."""
    blockers = []
    organisations = _sole_admin_of(user, lock=lock)
    if organisations:
        blockers.append(
            _(
                "You are the only organisation admin of %(organisations)s. An organisation "
                "needs at least one organisation admin: please make a colleague admin first "
                "(under “People with access”), then delete your account."
            )
            % {"organisations": ", ".join(f"“{title}”" for title in organisations)}
        )
    if user.is_superuser:
        blockers.append(
            _(
                "This is an administrator account of the site. Please ask another "
                "administrator to delete it in the editing area."
            )
        )
    answered = CommentReply.objects.filter(comment__user=user).exclude(user=user)
    if answered.exists():
        blockers.append(
            _(
                "Others have replied to your comments in the editing area; deleting your "
                "account would delete their replies too. Please ask the network's office "
                "to delete your account."
            )
        )
    return blockers


@transaction.atomic
def delete_account(user: AbstractBaseUser, *, language: str) -> None:
    """Delete ``user`` and, once that is committed, tell them by e-mail in ``language``."""
    blockers = deletion_blockers(user, lock=True)
    if blockers:
        raise AccountDeletionError(" ".join(blockers))
    email = user.email
    name = user.get_full_name().strip()
    user.delete()
    if email:
        queue_goodbye(email=email, name=name, language=language)


def queue_goodbye(*, email: str, name: str, language: str) -> None:
    """The "your account has been deleted" e-mail, rendered now (the account is gone
    when the mail worker gets to it) and queued until the deletion has committed."""
    message = render_email(
        "network_account_deleted",
        language,
        [email],
        lambda: {
            "name": name,
            "site_name": site_name_in(language),
            "contact_email": network_email(language),
        },
    )
    queue_messages([message])
