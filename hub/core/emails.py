"""Plain-text e-mails rendered in the recipient's language, shared by every app.

A message is two templates, ``emails/<name>_subject.txt`` and ``emails/<name>.txt``,
rendered with the recipient's language active; it carries a ``Content-Language`` header
naming the language it was rendered in (the language Django actually used, so a code
without a catalog is reported as the fallback).
"""

from collections.abc import Callable, Iterable

from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.utils import translation


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


def send_emails(messages: Iterable[EmailMessage]) -> int:
    """Send over one connection; the number of messages sent."""
    messages = list(messages)
    if not messages:
        return 0
    with get_connection() as connection:
        return connection.send_messages(messages) or 0


def translated_language_name(code: str) -> str:
    """The language ``code`` named in the active language ("Arabisch" for a German
    editor); unknown codes as is."""
    try:
        return str(translation.get_language_info(code)["name_translated"])
    except KeyError:
        return code
