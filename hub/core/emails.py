"""Plain-text e-mails rendered in the recipient's language, shared by every app.

A message is two templates, ``emails/<name>_subject.txt`` and ``emails/<name>.txt``,
rendered with the recipient's language active; it carries a ``Content-Language`` header
naming the language it was rendered in (the language Django actually used, so a code
without a catalog is reported as the fallback). Rendered messages go out through the
mail queue (``hub.core.mail.queue_messages``).
"""

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.users.models import UserProfile

from hub.core.mail import queue_messages
from hub.core.permissions import EDITOR_GROUPS


def render_email(
    name: str,
    language: str,
    to: list[str],
    context: Callable[[], dict],
    reply_to: list[str] | None = None,
) -> EmailMessage:
    """``context`` is called with ``language`` active: lazy texts come out translated."""
    with translation.override(language):
        values = context()
        subject = " ".join(render_to_string(f"emails/{name}_subject.txt", values).split())
        body = render_to_string(f"emails/{name}.txt", values).strip() + "\n"
        language = translation.get_language()
    return EmailMessage(
        subject=subject,
        body=body,
        to=to,
        reply_to=reply_to,
        headers={"Content-Language": language},
    )


def editor_recipients() -> list:
    """Active users with an e-mail in the groups Moderators and Editors, plus superusers;
    one per address."""
    users = (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(Q(groups__name__in=EDITOR_GROUPS) | Q(is_superuser=True))
        .distinct()
        .order_by("pk")
    )
    seen, recipients = set(), []
    for user in users:
        if user.email.lower() not in seen:
            seen.add(user.email.lower())
            recipients.append(user)
    return recipients


def send_to_all_editors(
    name: str, context: Callable[[], dict], reply_to: list[str] | None = None
) -> int:
    """Queue ``emails/<name>`` to every editor, each in the admin language they chose,
    else the site's — never in the language of whoever the e-mail is about."""
    return queue_messages(
        render_email(
            name,
            UserProfile.get_for_user(user).preferred_language or settings.LANGUAGE_CODE,
            [user.email],
            context,
            reply_to=reply_to,
        )
        for user in editor_recipients()
    )
