"""What happens on the board: writing, replying, hiding, reporting. Views only call these.

Each function is atomic; e-mails wait for the commit (``hub.network.board.notifications``).
"""

from django.db import transaction
from django.utils import timezone

from hub.network.board import notifications
from hub.network.models import (
    BoardEntry,
    BoardKind,
    BoardReply,
    BoardReport,
    NotificationPreference,
)


@transaction.atomic
def create_entry(entry: BoardEntry) -> BoardEntry:
    """Store a new entry (its author set) and announce it to those who want it at once."""
    entry.save()
    notifications.queue_new_entry(entry)
    return entry


@transaction.atomic
def update_entry(entry: BoardEntry, old_attachment: str = "") -> BoardEntry:
    entry.save()
    if old_attachment and old_attachment != entry.attachment.name:
        storage = entry.attachment.storage
        transaction.on_commit(lambda: storage.delete(old_attachment))
    return entry


@transaction.atomic
def delete_entry(entry: BoardEntry) -> None:
    name, storage = entry.attachment.name, entry.attachment.storage
    entry.delete()
    if name:
        transaction.on_commit(lambda: storage.delete(name))


@transaction.atomic
def add_reply(entry: BoardEntry, author, text: str) -> BoardReply:
    reply = BoardReply.objects.create(entry=entry, author=author, text=text)
    notifications.queue_reply(reply)
    return reply


@transaction.atomic
def hide_entry(entry: BoardEntry, editor, reason: str) -> BoardEntry:
    """Take an entry off the board; its author learns why, by e-mail and on the entry."""
    entry = BoardEntry.objects.select_for_update().get(pk=entry.pk)
    entry.hidden = True
    entry.hidden_reason = reason
    entry.hidden_by = editor
    entry.hidden_at = timezone.now()
    entry.save(update_fields=["hidden", "hidden_reason", "hidden_by", "hidden_at", "updated_at"])
    BoardReport.objects.filter(entry=entry, handled=False).update(handled=True)
    notifications.queue_hidden(entry)
    return entry


@transaction.atomic
def unhide_entry(entry: BoardEntry) -> BoardEntry:
    entry = BoardEntry.objects.select_for_update().get(pk=entry.pk)
    entry.hidden = False
    entry.hidden_reason = ""
    entry.hidden_by = None
    entry.hidden_at = None
    entry.save(update_fields=["hidden", "hidden_reason", "hidden_by", "hidden_at", "updated_at"])
    return entry


@transaction.atomic
def report_entry(entry: BoardEntry, reporter, reason: str) -> BoardReport:
    """A member's report; the editors get an e-mail. Reporting again while the first
    report is open replaces its reason instead of mailing the editors twice."""
    report = BoardReport.objects.filter(entry=entry, reporter=reporter, handled=False).first()
    if report is not None:
        report.reason = reason
        report.save(update_fields=["reason"])
        return report
    report = BoardReport.objects.create(entry=entry, reporter=reporter, reason=reason)
    transaction.on_commit(lambda: notifications.send_report_to_editors(report))
    return report


def mark_handled(report: BoardReport) -> None:
    BoardReport.objects.filter(pk=report.pk).update(handled=True)


@transaction.atomic
def save_preferences(user, frequencies: dict[str, str]) -> None:
    for kind, frequency in frequencies.items():
        if kind in BoardKind.values:
            NotificationPreference.objects.update_or_create(
                user=user, kind=kind, defaults={"frequency": frequency}
            )
