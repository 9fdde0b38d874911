"""Memberships: who acts for which organisation, inviting colleagues and removing them.

Views only call these functions. Each raises ``MembershipError`` with a message for the
person in front of the form when the rule it guards would be broken.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hub.network import emails
from hub.network.members.access import MEMBERS_GROUP
from hub.network.members.groups import sync_member
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
    from hub.pages.submissions.services import source_locale_id

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
    choose one; a person who has an account already is simply added and told so.
    """
    organisation = source_page(organisation)
    email = email.strip()
    user_model = get_user_model()
    user = (
        user_model.objects.filter(username__iexact=email).first()
        or user_model.objects.filter(email__iexact=email).order_by("pk").first()
    )
    if user is None:
        user = user_model(
            username=email.lower(), email=email, first_name=first_name, last_name=last_name
        )
        user.set_unusable_password()
        user.save()
    elif not user.is_active:
        user.is_active = True
        user.save(update_fields=["is_active"])
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
    )
    sync_member(user)
    transaction.on_commit(lambda: emails.send_invitation(membership), robust=True)
    return membership


def resend_invitation(membership: Membership) -> None:
    """Send the invitation again with a fresh link (the old one keeps working too)."""
    if not membership.is_pending:
        raise MembershipError(_("This person has already chosen a password."))
    Membership.objects.filter(pk=membership.pk).update(invited_at=timezone.now())
    emails.send_invitation(membership)


@transaction.atomic
def remove_member(membership: Membership, removed_by) -> None:
    """End a membership. The last organisation admin cannot be removed.

    A person left without any organisation (and not admitted individually) loses the
    member access; the account itself
    stays (with its history in the page revisions) but can no longer log in unless it
    has other roles on the site.
    """
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.is_admin:
        admins = Membership.objects.select_for_update().filter(
            organisation_id=membership.organisation_id, role=MemberRole.ADMIN
        )
        if admins.count() <= 1:
            raise MembershipError(
                _(
                    "An organisation needs at least one organisation admin. Make someone "
                    "else admin first."
                )
            )
    user = membership.user
    membership.delete()
    # An individual admission keeps the person in the members' area (and active).
    if sync_member(user):
        return
    if not (user.is_superuser or user.is_staff or user.groups.exists()):
        user.is_active = False
        user.save(update_fields=["is_active"])


def change_role(membership: Membership, role: str) -> Membership:
    """Make a member organisation admin or editor; the last admin stays admin."""
    if role not in MemberRole.values:
        raise MembershipError(_("Please choose a role."))
    with transaction.atomic():
        membership = Membership.objects.select_for_update().get(pk=membership.pk)
        if membership.is_admin and role != MemberRole.ADMIN:
            others = Membership.objects.filter(
                organisation_id=membership.organisation_id, role=MemberRole.ADMIN
            ).exclude(pk=membership.pk)
            if not others.exists():
                raise MembershipError(
                    _(
                        "An organisation needs at least one organisation admin. Make "
                        "someone else admin first."
                    )
                )
        membership.role = role
        membership.save(update_fields=["role"])
    return membership
