"""E-mails to registrants go through a queue in the database, not straight to SMTP.

``queue_mail`` enqueues ``send_registration_email`` on the ``mail`` task backend
(django-tasks-db, see ``TASKS`` in settings) once the surrounding transaction commits, so
the registration is stored whether or not the mail server answers. The worker
(``manage.py db_worker --backend mail``) renders the e-mail in the registrant's language
and hands it to SMTP. The backend has no retries of its own: when sending fails, the task
enqueues its next attempt with a growing delay (``retry_delay``) and then raises, so the
failed attempt stays visible in the queue with its traceback.
"""

import logging
import smtplib
from datetime import timedelta

from django.core.mail import get_connection
from django.db import models, transaction
from django.utils import timezone
from django_tasks import task

from hub.events.models import Occurrence, Registration

logger = logging.getLogger(__name__)

# 1, 2, 4 … minutes, at most six hours apart: about four days of trying in all.
MAX_ATTEMPTS = 20
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=6)


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
    registration_id, value = registration.pk, MailKind(kind).value
    transaction.on_commit(
        lambda: send_registration_email.enqueue(registration_id, value, 1, language)
    )


def retry_delay(attempt: int) -> timedelta:
    """How long to wait before attempt ``attempt + 1``."""
    return min(FIRST_RETRY * 2 ** (attempt - 1), LONGEST_RETRY)


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


@task(backend="mail")
def send_registration_email(
    registration_id: int, kind: str, attempt: int = 1, language: str = ""
) -> str:
    """Render and send one e-mail; on an SMTP failure schedule the next attempt and raise."""
    from hub.events.emails import build_message

    kind = MailKind(kind)
    registration = (
        Registration.objects.select_related("occurrence").filter(pk=registration_id).first()
    )
    if registration is None or not is_due(registration, kind):
        return "skipped"
    message = build_message(registration, kind, language or None)
    try:
        with get_connection() as connection:
            connection.send_messages([message])
    except (smtplib.SMTPException, OSError):
        if attempt < MAX_ATTEMPTS:
            send_registration_email.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(
                registration_id, kind.value, attempt + 1, language
            )
        logger.warning(
            "E-mail %s for registration %s failed (attempt %s of %s)",
            kind.value,
            registration_id,
            attempt,
            MAX_ATTEMPTS,
        )
        raise
    return "sent"
