"""E-mails about public submissions: to the editors, and to the submitter in their language.

Plain text from ``templates/emails/initiative_*.txt`` (a subject and a body template each),
queued for the mail worker (``hub.core.mail``). Every message carries a
``Content-Language`` header naming the language it was rendered in. Editors get theirs in
the language they chose for the Wagtail admin, with ``Reply-To`` set to the submitter so
that a question is one click away.
"""

from collections.abc import Callable

from django.urls import NoReverseMatch, reverse

from hub.core.admin_urls import absolute_admin_url, record_admin_url
from hub.core.emails import render_email, send_to_all_editors
from hub.core.i18n import translated_language_name
from hub.core.mail import queue_messages
from hub.core.site import public_url, site_name_in
from hub.pages.initiatives.submissions.data import entered_fields
from hub.pages.models import InitiativeSubmission
from hub.snippets.contact import network_email


def send_to_editors(submission: InitiativeSubmission, moderated: bool) -> int:
    """Tell the editors what arrived, with the entered data and a link to review it."""
    return send_to_all_editors(
        "initiative_editors",
        lambda: {
            **_common(submission),
            "moderated": moderated,
            "admin_url": _admin_url("wagtailadmin_pages:edit", submission.page_id),
            "record_url": record_admin_url(
                InitiativeSubmission, "inspect", submission.pk, absolute=True
            ),
        },
        reply_to=[submission.submitter_email],
    )


def send_received(submission: InitiativeSubmission) -> int:
    """Confirm receipt to the submitter, listing what they sent."""
    return _to_submitter("initiative_received", submission)


def send_published(submission: InitiativeSubmission) -> int:
    """Tell the submitter their entry or correction is online, with its address."""
    return _to_submitter(
        "initiative_published",
        submission,
        extra=lambda s: {"public_url": public_url(s.page, s.language) if s.page else ""},
    )


def send_declined(submission: InitiativeSubmission) -> int:
    """Tell the submitter the editors did not publish it, and why (their comment)."""
    return _to_submitter("initiative_declined", submission)


# --- helpers -------------------------------------------------------------------------


def _to_submitter(
    name: str,
    submission: InitiativeSubmission,
    extra: Callable[[InitiativeSubmission], dict] | None = None,
) -> int:
    contact = network_email(submission.language)
    message = render_email(
        name,
        submission.language,
        [submission.submitter_email],
        lambda: {**_common(submission), **(extra(submission) if extra else {})},
        reply_to=[contact] if contact else None,
    )
    return queue_messages([message])


def _common(submission: InitiativeSubmission) -> dict:
    page = submission.page
    return {
        "submission": submission,
        "is_correction": submission.kind == InitiativeSubmission.Kind.CORRECTION,
        "title": page.draft_title if page else submission.data.get("title", ""),
        "fields": entered_fields(submission),
        "site_name": site_name_in(submission.language),
        "language_name": translated_language_name(submission.language, in_sentence=True),
        "contact_email": network_email(submission.language),
    }


def _admin_url(name: str, pk: int | None) -> str:
    if pk is None:
        return ""
    try:
        return absolute_admin_url(reverse(name, args=[pk]))
    except NoReverseMatch:
        return ""
