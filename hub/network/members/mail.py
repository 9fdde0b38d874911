"""The "your account has been deleted" e-mail, through the mail queue.

The account is gone when the worker gets to the task, so the task carries the address,
name and language itself. Like the registration e-mails (``hub.events.mail``) it is
queued once the deletion has committed and retries with a growing delay when the mail
server does not answer.
"""

import logging
import smtplib

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from hub.core.emails import render_email, send_emails
from hub.events.mail import MAX_ATTEMPTS, retry_delay
from hub.pages.initiatives.submissions.emails import network_email, site_name_in

logger = logging.getLogger(__name__)


def queue_goodbye(*, email: str, name: str, language: str) -> None:
    transaction.on_commit(lambda: send_goodbye_email.enqueue(email, name, language))


@task(backend="mail")
def send_goodbye_email(email: str, name: str, language: str, attempt: int = 1) -> str:
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
    try:
        send_emails([message])
    except (smtplib.SMTPException, OSError):
        if attempt < MAX_ATTEMPTS:
            send_goodbye_email.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(
                email, name, language, attempt + 1
            )
        logger.warning("Goodbye e-mail failed (attempt %s of %s)", attempt, MAX_ATTEMPTS)
        raise
    return "sent"
