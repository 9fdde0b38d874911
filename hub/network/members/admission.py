"""Individual members: an editor admits a person to the members' area, or ends it.

Admitting creates the account if there is none (without a password) and sends the
invitation with the "choose your password" link of ``hub.network.invitations``; a person
with a password already is told they are in. Ending the admission takes the person out of
the Members group unless a membership of an organisation keeps them in.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from hub.core.emails import render_email
from hub.core.mail import queue_messages
from hub.core.site import site_name_in
from hub.network.members.groups import sync_member
from hub.network.models import IndividualMember
from hub.snippets.contact import network_email


class AdmissionError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _split_name(name: str) -> tuple[str, str]:
    first, _sep, last = " ".join(name.split()).rpartition(" ")
    return (first, last) if first else (last, "")


@transaction.atomic
def admit_individual(
    *, name: str, email: str, language: str, note: str = "", admitted_by=None
) -> IndividualMember:
    email = email.strip()
    user_model = get_user_model()
    user = (
        user_model.objects.filter(username__iexact=email).first()
        or user_model.objects.filter(email__iexact=email).order_by("pk").first()
    )
    if user is None:
        first_name, last_name = _split_name(name)
        user = user_model(
            username=email.lower(), email=email, first_name=first_name, last_name=last_name
        )
        user.set_unusable_password()
        user.save()
    elif not user.is_active:
        user.is_active = True
        user.save(update_fields=["is_active"])
    if IndividualMember.objects.filter(user=user).exists():
        raise AdmissionError(_("%(email)s is already an individual member.") % {"email": email})
    admission = IndividualMember.objects.create(
        user=user, language=language, note=note, admitted_by=admitted_by
    )
    sync_member(user)
    transaction.on_commit(lambda: send_admission(admission), robust=True)
    return admission


@transaction.atomic
def remove_individual(admission: IndividualMember) -> bool:
    """End the admission; whether the person is still a member (through an organisation)."""
    user = admission.user
    admission.delete()
    still_member = sync_member(user)
    if not (still_member or user.is_superuser or user.is_staff or user.groups.exists()):
        user.is_active = False
        user.save(update_fields=["is_active"])
    return still_member


def send_admission(admission: IndividualMember) -> int:
    """The invitation (choose a password) or, with a password already, "you are in"."""
    from hub.network.invitations import invitation_url

    user, language = admission.user, admission.language
    inviter = admission.admitted_by
    with translation.override(language):
        home_url = settings.HUB_BASE_URL + reverse("network:members_home")
    context = {
        "name": user.get_full_name() or user.email,
        "inviter": (inviter.get_full_name() or inviter.email) if inviter else "",
        "days": settings.HUB_INVITATION_DAYS,
        "pending": admission.is_pending,
        "link": invitation_url(user, language) if admission.is_pending else home_url,
    }
    message = render_email(
        "network_member_admitted",
        language,
        [user.email],
        lambda: {
            **context,
            "site_name": site_name_in(language),
            "contact_email": network_email(language),
        },
    )
    return queue_messages([message])
