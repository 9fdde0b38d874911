"""E-mails about the board, each in the recipient's language (``member_language``).

New entries (to members who chose "instantly" for the kind), replies (to the entry's
author) and "your entry was hidden" (to the author) go through the mail queue
(``hub.core.mail.queue_built``) like the e-mails to event registrants: enqueued once the
transaction commits, rendered by the worker, and sent only if still true then (an entry
hidden or deleted meanwhile announces nothing). Reports go to the editors (``send_to_all_editors``).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext

from hub.core.admin_urls import record_admin_url
from hub.core.emails import render_email, send_to_all_editors
from hub.core.mail import queue_built
from hub.core.permissions import EDITOR_GROUPS, MEMBERS_GROUP
from hub.core.site import site_name_in
from hub.network.members.access import is_member
from hub.network.members.language import member_language
from hub.network.models import (
    BoardEntry,
    BoardReply,
    BoardReport,
    NotificationFrequency,
    NotificationPreference,
)
from hub.network.models.board import DEFAULT_FREQUENCY


class BoardMail(models.TextChoices):
    NEW_ENTRY = "new_entry", "new_entry"
    REPLY = "reply", "reply"
    HIDDEN = "hidden", "hidden"


def member_users():
    """Active accounts with an e-mail who may enter the members' area (see ``is_member``)."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(
            Q(memberships__isnull=False)
            | Q(groups__name__in=[MEMBERS_GROUP, *EDITOR_GROUPS])
            | Q(is_superuser=True)
        )
        .distinct()
        .order_by("pk")
    )


def frequency_for(user, kind: str) -> str:
    row = NotificationPreference.objects.filter(user=user, kind=kind).first()
    return row.frequency if row else DEFAULT_FREQUENCY


def frequencies_of(user) -> dict[str, str]:
    """Every kind's frequency for ``user``, defaults included."""
    from hub.network.models import BoardKind

    chosen = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "frequency"))
    return {kind: chosen.get(kind, DEFAULT_FREQUENCY) for kind in BoardKind.values}


def name_of(user) -> str:
    """The person's name, or "former member" once their account is gone."""
    if user is None:
        return gettext("former member")
    return user.get_full_name() or user.get_username()


def site_url(name: str, **kwargs) -> str:
    """An absolute address under the active language (render_email activates it)."""
    return settings.HUB_BASE_URL + reverse(name, kwargs=kwargs or None)


def _queue(message: BoardMail, object_id: int, user_id: int) -> None:
    queue_built(
        "hub.network.board.notifications.board_email",
        BoardMail(message).value,
        object_id,
        user_id,
    )


def queue_new_entry(entry: BoardEntry) -> int:
    """One e-mail per member who chose "instantly" for the entry's kind (not its author)."""
    user_ids = (
        NotificationPreference.objects.filter(
            kind=entry.kind, frequency=NotificationFrequency.INSTANTLY
        )
        .exclude(user_id=entry.author_id)
        .values_list("user_id", flat=True)
    )
    recipients = list(member_users().filter(pk__in=list(user_ids)))
    for user in recipients:
        _queue(BoardMail.NEW_ENTRY, entry.pk, user.pk)
    return len(recipients)


def queue_reply(reply: BoardReply) -> bool:
    author_id = reply.entry.author_id
    if author_id is None or author_id == reply.author_id:
        return False
    _queue(BoardMail.REPLY, reply.pk, author_id)
    return True


def queue_hidden(entry: BoardEntry) -> bool:
    if entry.author_id is None:
        return False
    _queue(BoardMail.HIDDEN, entry.pk, entry.author_id)
    return True


def _common(recipient, language: str) -> dict:
    return {
        "name": name_of(recipient),
        "site_name": site_name_in(language),
        "settings_url": site_url("network:notification_settings"),
    }


def entry_context(entry: BoardEntry) -> dict:
    return {
        "entry": entry,
        "kind": entry.get_kind_display(),
        "author": name_of(entry.author),
        "organisation": entry.organisation.title if entry.organisation_id else "",
        "entry_url": site_url("network:board_entry", pk=entry.pk),
    }


def build_message(message: BoardMail, object_id: int, recipient):
    """The e-mail, or None when it is no longer due."""
    if not recipient.is_active or not recipient.email or not is_member(recipient):
        return None
    language = member_language(recipient)
    if message == BoardMail.REPLY:
        reply = BoardReply.objects.select_related("entry", "author").filter(pk=object_id).first()
        if reply is None or frequency_for(recipient, reply.entry.kind) == "never":
            return None
        entry = reply.entry
        extra = {"reply": reply, "replier": name_of(reply.author)}
    else:
        entry = BoardEntry.objects.select_related("author", "organisation").filter(pk=object_id)
        entry = entry.first()
        if entry is None:
            return None
        if message == BoardMail.NEW_ENTRY and (
            entry.hidden
            or entry.is_expired()
            or frequency_for(recipient, entry.kind) != NotificationFrequency.INSTANTLY
        ):
            return None
        if message == BoardMail.HIDDEN and not entry.hidden:
            return None
        extra = {"reason": entry.hidden_reason}
    return render_email(
        f"board_{message.value}",
        language,
        [recipient.email],
        lambda: {**_common(recipient, language), **entry_context(entry), **extra},
    )


def board_email(message: str, object_id: int, user_id: int):
    """The mail worker's builder (``_queue``): the e-mail, or None when no longer due."""
    recipient = get_user_model().objects.filter(pk=user_id).first()
    return build_message(BoardMail(message), object_id, recipient) if recipient else None


def send_report_to_editors(report: BoardReport) -> int:
    entry = report.entry

    def context() -> dict:
        return {
            **entry_context(entry),
            "report": report,
            "reporter": name_of(report.reporter),
            "admin_url": record_admin_url(BoardReport, absolute=True),
        }

    reply_to = [report.reporter.email] if report.reporter and report.reporter.email else None
    return send_to_all_editors("board_report_editors", context, reply_to=reply_to)
