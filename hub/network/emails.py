"""E-mails to members of organisations, each in the member's language.

Invitations (with the "choose your password" link), "you were added" for people who have
an account already, a question to the editors when the invited account is deactivated,
and the outcome of the editors' review of a profile change (with the
editors' reason when they declined it).
"""

from __future__ import annotations

import logging
from collections import defaultdict

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from hub.core.admin_urls import absolute_admin_url
from hub.core.emails import render_email, send_to_all_editors
from hub.core.mail import queue_messages
from hub.core.site import public_url, site_name_in
from hub.snippets.contact import network_email

logger = logging.getLogger(__name__)


def _site_url(name: str, language: str) -> str:
    with translation.override(language):
        return settings.HUB_BASE_URL + reverse(name)


def _common(language: str) -> dict:
    return {
        "site_name": site_name_in(language),
        "contact_email": network_email(language),
    }


def send_invitation(membership) -> int:
    """The invitation or, for someone with a password already, the "you were added" note."""
    from hub.network.invitations import invitation_url

    user, language = membership.user, membership.language
    inviter = membership.invited_by
    context = {
        "membership": membership,
        "organisation": membership.organisation.title,
        "name": user.get_full_name() or user.email,
        "inviter": (inviter.get_full_name() or inviter.email) if inviter else "",
        "days": settings.HUB_INVITATION_DAYS,
    }
    if membership.is_pending:
        name = "network_invitation"
        context["link"] = invitation_url(user, language)
    else:
        name = "network_added"
        context["link"] = _site_url("network:my_organisation", language)
    message = render_email(
        name,
        language,
        [user.email],
        lambda: {**_common(language), **context, "role": membership.get_role_display()},
    )
    return queue_messages([message])


def send_inactive_account_to_editors(membership) -> int:
    """An organisation admin invited an address whose account is deactivated: it stays
    so until an editor decides, and nothing goes to the address meanwhile."""
    user, inviter = membership.user, membership.invited_by
    return send_to_all_editors(
        "network_invitation_inactive_editors",
        lambda: {
            "organisation": membership.organisation.title,
            "email": user.email,
            "inviter": (inviter.get_full_name() or inviter.email) if inviter else "",
            "role": membership.get_role_display(),
            "user_url": absolute_admin_url(reverse("wagtailusers_users:edit", args=[user.pk])),
        },
    )


def send_outcome(changes) -> int:
    """Tell whoever sent the changes, and the organisation's admins, what the editors
    decided: one e-mail per person, in their language."""
    from hub.network.models import MemberRole, Membership

    by_organisation = defaultdict(list)
    for change in changes:
        by_organisation[change.organisation_id].append(change)
    messages = []
    for organisation_changes in by_organisation.values():
        organisation = organisation_changes[0].organisation
        recipients: dict[str, tuple[object, str]] = {}
        for change in organisation_changes:
            user = change.submitted_by
            if user is not None and user.email and user.is_active:
                recipients.setdefault(user.email.lower(), (user, change.language))
        admins = Membership.objects.filter(
            organisation=organisation, role=MemberRole.ADMIN, user__is_active=True
        ).select_related("user")
        for membership in admins:
            if membership.user.email:
                recipients.setdefault(
                    membership.user.email.lower(), (membership.user, membership.language)
                )
        for user, language in recipients.values():
            declined = [c for c in organisation_changes if c.status == c.Status.DECLINED]
            published = [c for c in organisation_changes if c.status == c.Status.PUBLISHED]
            messages.append(
                render_email(
                    "network_change_declined" if declined else "network_change_published",
                    language,
                    [user.email],
                    lambda o=organisation, u=user, lang=language, d=declined, p=published: {
                        **_common(lang),
                        "organisation": o.title,
                        "name": u.get_full_name() or u.email,
                        "changes": [
                            {"part": c.get_part_display(), "subject": c.subject} for c in (d or p)
                        ],
                        "reason": next((c.decision_reason for c in d if c.decision_reason), ""),
                        "public_url": public_url(o, lang),
                        "form_url": _site_url("network:my_organisation", lang),
                    },
                )
            )
    return queue_messages(messages)


def send_change_to_editors(change) -> int:
    """Only when no moderation workflow applies to the page: the editors must publish the
    draft themselves, so they need to know it is there."""
    sender = change.submitted_by
    return send_to_all_editors(
        "network_change_editors",
        lambda: {
            "change": change,
            "organisation": change.organisation.title,
            "sender": (sender.get_full_name() or sender.email) if sender else "",
            "admin_url": absolute_admin_url(
                reverse("wagtailadmin_pages:edit", args=[change.organisation_id])
            ),
        },
    )
