"""One path for every e-mail the site sends: a queue in the database, not SMTP in a request.

Nothing is handed to the mail server while a request (or a management command) runs.
``queue_messages`` takes e-mails already rendered in their recipients' languages;
``queue_built`` names a function that the worker calls to render the e-mail when it gets
to it (registrations and the board: a person who cancelled meanwhile gets no "you are
confirmed"; the function returns None then). Both enqueue ``deliver`` on the ``mail`` task
backend (django-tasks-db, see ``TASKS`` in settings) once the surrounding transaction
commits, so what the request stored is stored whether or not the mail server answers.

The worker (``manage.py db_worker --backend mail``) sends. The backend has no retries of
its own: when sending fails, ``deliver`` enqueues its next attempt with a growing delay
(``retry_delay``) and then raises, so the failed attempt stays visible in the queue with
its traceback.
"""

import base64
import logging
import smtplib
from collections.abc import Iterable
from datetime import timedelta

from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import task

logger = logging.getLogger(__name__)

# 1, 2, 4 … minutes, at most six hours apart: about four days of trying in all.
MAX_ATTEMPTS = 20
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=6)
# The builder of e-mails rendered before they were queued.
STORED = "hub.core.mail.stored_message"


def retry_delay(attempt: int) -> timedelta:
    """How long to wait before attempt ``attempt + 1``."""
    return min(FIRST_RETRY * 2 ** (attempt - 1), LONGEST_RETRY)


def queue_built(builder: str, *args) -> None:
    """Once the current transaction has committed, have the worker call the function at
    the dotted path ``builder`` with ``args`` (JSON values) and send the e-mail it returns
    (None: nothing is due any more)."""
    args = list(args)
    transaction.on_commit(lambda: deliver.enqueue(builder, args))


def queue_messages(messages: Iterable[EmailMessage]) -> int:
    """Queue rendered e-mails, each to be sent once the current transaction has
    committed; the number queued."""
    stored = [message_data(message) for message in messages]
    for data in stored:
        queue_built(STORED, data)
    return len(stored)


@task(backend="mail")
def deliver(builder: str, args: list, attempt: int = 1) -> str:
    """Build and send one e-mail; on an SMTP failure schedule the next attempt and raise."""
    message = import_string(builder)(*args)
    if message is None:
        return "skipped"
    try:
        with get_connection() as connection:
            connection.send_messages([message])
    except (smtplib.SMTPException, OSError):
        if attempt < MAX_ATTEMPTS:
            deliver.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(
                builder, args, attempt + 1
            )
        logger.warning(
            "E-mail by %s%s failed (attempt %s of %s)", builder, args, attempt, MAX_ATTEMPTS
        )
        raise
    return "sent"


def message_data(message: EmailMessage) -> dict:
    """A rendered e-mail as JSON values, for the queue."""
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": message.to,
        "cc": message.cc,
        "bcc": message.bcc,
        "reply_to": message.reply_to,
        "headers": message.extra_headers,
        "alternatives": [list(pair) for pair in getattr(message, "alternatives", [])],
        "attachments": [
            [name, base64.b64encode(_bytes(content)).decode("ascii"), mimetype]
            for name, content, mimetype in message.attachments
        ],
    }


def stored_message(data: dict) -> EmailMessage:
    """The e-mail ``message_data`` stored, as it was rendered."""
    data = dict(data)
    alternatives = data.pop("alternatives")
    attachments = data.pop("attachments")
    message = EmailMultiAlternatives(**data) if alternatives else EmailMessage(**data)
    for content, mimetype in alternatives:
        message.attach_alternative(content, mimetype)
    for name, content, mimetype in attachments:
        message.attach(name, base64.b64decode(content), mimetype)
    return message


def _bytes(content: str | bytes) -> bytes:
    return content.encode() if isinstance(content, str) else content
