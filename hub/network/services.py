"""Memberships: who acts for which organisation, inviting colleagues and removing them.

Views only call these functions. Each raises ``MembershipError`` with a message for the
person in front of the form when the rule it guards would be broken.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from hub.core.antispam import RateLimit
from hub.core.page_tree import source_locale_id
from hub.core.permissions import MEMBERS_GROUP
from hub.network import emails
from hub.network.members.groups import has_member_record, sync_member
from hub.network.models import MemberRole, Membership, OrganisationPage

__all__ = ["MEMBERS_GROUP", "MembershipError"]


class MembershipError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def memberships_of(user) -> list[Membership]:
    """The user's memberships, organisations in alphabetical order."""
    if not user.is_authenticated:
        return []
    return list(
        Membership.objects.filter(user=user)
        .select_related("organisation", "organisation__locale")
        .order_by("organisation__title", "pk")
    )


def membership_for(user, organisation_id: int) -> Membership | None:
    """``user``'s membership of the organisation whose source page is ``organisation_id``."""
    if not user.is_authenticated:
        return None
    return (
        Membership.objects.filter(user=user, organisation_id=organisation_id)
        .select_related("organisation")
        .first()
    )


def source_page(page: OrganisationPage) -> OrganisationPage:
    """The organisation's page in the language its translations are made from.

    Memberships, review and the members' form always use this page: wagtail-localize
    rebuilds every translation from it, so an edit of a translated copy would be lost.
    """
    locale_id = source_locale_id(page)
    if page.locale_id == locale_id:
        return page
    return (
        OrganisationPage.objects.filter(
            translation_key=page.translation_key, locale_id=locale_id
        ).first()
        or page
    )


@transaction.atomic
def invite_member(
    organisation: OrganisationPage,
    *,
    email: str,
    first_name: str,
    last_name: str,
    role: str,
    language: str,
    invited_by=None,
) -> Membership:
    """Give the person with ``email`` a membership of ``organisation`` and tell them.

    A new address gets an account without a password and an invitation with a link to
    choose one; a person who has an account already is simply added and told so. A
    deactivated account stays deactivated — it may be a former editor's, and an
    organisation admin must not hand back what the editors took away: the membership
    waits, and the editors are asked to decide. The inviter sees the same in all three
    cases (``Membership.awaits_login``), so inviting reveals nothing about accounts.
    """
    organisation = source_page(organisation)
    email = email.strip()
    user_model = get_user_model()
    user = (
        user_model.objects.filter(username__iexact=email).first()
        or user_model.objects.filter(email__iexact=email).order_by("pk").first()
    )
    created = user is None
    if created:
        user = user_model(
            username=email.lower(), email=email, first_name=first_name, last_name=last_name
        )
        user.set_unusable_password()
        user.save()
    if Membership.objects.filter(organisation=organisation, user=user).exists():
        raise MembershipError(
            _("%(email)s is already a member of this organisation.") % {"email": email}
        )
    membership = Membership.objects.create(
        organisation=organisation,
        user=user,
        role=role,
        language=language,
        invited_by=invited_by,
        invited_at=timezone.now(),
        created_account=created,
    )
    sync_member(user)
    _send_invitation_on_commit(membership)
    return membership


def _send_invitation_on_commit(membership: Membership) -> None:
    if membership.user.is_active:
        transaction.on_commit(lambda: emails.send_invitation(membership), robust=True)
    else:
        transaction.on_commit(
            lambda: emails.send_inactive_account_to_editors(membership), robust=True
        )


def resend_invitation(membership: Membership) -> None:
    """Send the invitation again with a fresh link (the old one keeps working too)."""
    if not membership.awaits_login:
        raise MembershipError(_("This person has already logged in."))
    Membership.objects.filter(pk=membership.pk).update(invited_at=timezone.now())
    membership.refresh_from_db()
    if membership.user.is_active:
        emails.send_invitation(membership)
    # A deactivated account: the editors were told when it was invited; nothing goes to
    # an address whose account cannot log in.


# --- throttles ----------------------------------------------------------------------

DAY = 24 * 3600


def _invitation_limits(organisation_id: int, inviter, email: str) -> list[tuple[RateLimit, str]]:
    per_day = settings.HUB_INVITATIONS_PER_DAY
    return [
        (RateLimit("invitations-organisation", limit=per_day, window=DAY), f"{organisation_id}"),
        (RateLimit("invitations-inviter", limit=per_day, window=DAY), f"{inviter.pk}"),
        (
            RateLimit("invitations-email", limit=settings.HUB_INVITATIONS_PER_EMAIL, window=DAY),
            email.strip().lower(),
        ),
    ]


def invitation_allowed(request, organisation_id: int, inviter, email: str) -> bool:
    """Whether one more invitation e-mail may go out: per organisation and per inviter
    (``HUB_INVITATIONS_PER_DAY``) and per invited address (``HUB_INVITATIONS_PER_EMAIL``)
    within a day; each counted under a keyed hash. Resent invitations count too."""
    return not any(
        limit.is_exceeded(request, key=key)
        for limit, key in _invitation_limits(organisation_id, inviter, email)
    )


def count_invitation(request, organisation_id: int, inviter, email: str) -> None:
    for limit, key in _invitation_limits(organisation_id, inviter, email):
        limit.hit(request, key=key)


INVITATION_LIMIT_MESSAGE = _lazy(
    "Many invitations have been sent today. Please try again tomorrow — what you typed "
    "is still here."
)


def _may_deactivate(membership: Membership, user) -> bool:
    """Whether removing ``membership`` may also switch off ``user``'s account.

    Only an account this organisation's invitation created, left with nothing else: no
    other membership or individual admission, no group (editors, translators…), no
    permission of its own, not staff, not a superuser. Every other account belongs to
    someone else's decision as well.
    """
    if not membership.created_account or user.is_superuser or user.is_staff:
        return False
    if user.groups.exists() or user.user_permissions.exists():
        return False
    return not has_member_record(user)


@transaction.atomic
def remove_member(membership: Membership, removed_by) -> None:
    """End a membership. The last organisation admin cannot be removed.

    The membership and the organisation's admins are locked first (``_lock``), so two
    admins removing each other at the same time cannot both succeed. A person left
    without any organisation loses the member access; the account itself is deactivated
    only where ``_may_deactivate`` allows (its history stays in the page revisions).
    """
    membership, others = _lock(membership)
    if membership.is_admin and not others:
        raise MembershipError(_last_admin_message())
    user = membership.user
    membership.delete()
    # An individual admission or another membership keeps the person in the members' area.
    if sync_member(user):
        return
    if _may_deactivate(membership, user):
        user.is_active = False
        user.save(update_fields=["is_active"])


def _last_admin_message() -> str:
    return _(
        "An organisation needs at least one organisation admin. Make someone else admin first."
    )


def _lock(membership: Membership) -> tuple[Membership, list[Membership]]:
    """``membership`` and the organisation's other admins, re-read and locked until the
    transaction ends.

    One query in primary-key order locks them all: two requests locking rows one by one
    could each hold the row the other waits for. Evaluated as a list because ``count()``
    on a ``select_for_update()`` queryset drops the ``FOR UPDATE``.
    """
    rows = list(
        Membership.objects.select_for_update()
        .filter(
            Q(pk=membership.pk)
            | Q(organisation_id=membership.organisation_id, role=MemberRole.ADMIN)
        )
        .select_related("user")
        .order_by("pk")
    )
    current = next((row for row in rows if row.pk == membership.pk), None)
    if current is None:
        raise MembershipError(_("Nothing was changed: this membership no longer exists."))
    others = [row for row in rows if row.pk != current.pk and row.is_admin]
    return current, others


def change_role(membership: Membership, role: str) -> Membership:
    """Make a member organisation admin or editor; the last admin stays admin."""
    if role not in MemberRole.values:
        raise MembershipError(_("Please choose a role."))
    with transaction.atomic():
        membership, others = _lock(membership)
        if membership.is_admin and role != MemberRole.ADMIN and not others:
            raise MembershipError(_last_admin_message())
        membership.role = role
        membership.save(update_fields=["role"])
    return membership
