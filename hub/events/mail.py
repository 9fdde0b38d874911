"""E-mails to registrants: what each tells, when it is still true, and its queueing.

``queue_mail`` puts an e-mail on the site's mail queue (``hub.core.mail``) once the
surrounding transaction commits, so the registration is stored whether or not the mail
server answers. The worker renders it in the registrant's language
(``hub.events.emails.registration_email``) and sends it only if it is still true then.
"""

from django.db import models

from hub.core.mail import queue_built
from hub.events.models import Occurrence, Registration


class MailKind(models.TextChoices):
    """What an e-mail tells the registrant (``templates/emails/event_<kind>.txt``)."""

    CONFIRM = "confirm-your-registration", "confirm-your-registration"
    CONFIRMED = "confirmed", "confirmed"
    WAITLISTED = "waitlisted", "waitlisted"
    PROMOTED = "promoted", "promoted"
    CANCELLED = "cancelled-by-you", "cancelled-by-you"
    REMINDER = "reminder", "reminder"
    DATE_CANCELLED = "date-cancelled", "date-cancelled"
    DATE_MOVED = "date-moved", "date-moved"
    # Someone registered again with an address that is registered for the date already:
    # the page says "check your inbox" as always, the owner of the address learns here.
    ALREADY_REGISTERED = "already-registered", "already-registered"

    @property
    def template(self) -> str:
        return "event_" + self.value.replace("-", "_")


_S = Registration.Status
# An e-mail still goes out only if the registration is (still) in one of these states when
# the worker gets to it: a person who cancelled meanwhile gets no "you are confirmed".
STILL_TRUE = {
    MailKind.CONFIRM: {_S.PENDING},
    MailKind.CONFIRMED: {_S.CONFIRMED},
    MailKind.WAITLISTED: {_S.WAITLISTED},
    MailKind.PROMOTED: {_S.CONFIRMED},
    MailKind.CANCELLED: {_S.CANCELLED},
    MailKind.REMINDER: {_S.CONFIRMED},
    MailKind.DATE_CANCELLED: set(Registration.ACTIVE),
    MailKind.DATE_MOVED: set(Registration.ACTIVE),
    MailKind.ALREADY_REGISTERED: set(Registration.ACTIVE),
}


def queue_mail(registration: Registration, kind: MailKind, language: str = "") -> None:
    """Send ``kind`` to the registrant once the current transaction has committed, in
    ``language`` (default: the language of the registration)."""
    queue_built(
        "hub.events.emails.registration_email", registration.pk, MailKind(kind).value, language
    )


def is_due(registration: Registration, kind: MailKind) -> bool:
    if registration.anonymised_at is not None:
        return False
    if registration.status not in STILL_TRUE[kind]:
        return False
    occurrence = registration.occurrence
    if kind == MailKind.REMINDER:
        return occurrence.status != Occurrence.Status.CANCELLED
    if kind == MailKind.DATE_CANCELLED:
        return occurrence.status == Occurrence.Status.CANCELLED
    return True
