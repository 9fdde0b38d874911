"""A member's own board data, for the download of everything the site keeps about them.

Plain dicts and lists of strings, numbers, booleans and ISO dates: ``json.dumps`` takes
the result as it is. Replies and reports are the member's own; the entries they replied
to are named by id and title only (other people's texts are not theirs to download).
"""

from hub.network.board.notifications import frequencies_of
from hub.network.models import BoardEntry, BoardReply, BoardReport


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _entry(entry: BoardEntry) -> dict:
    return {
        "id": entry.pk,
        "kind": entry.kind,
        "title": entry.title,
        "text": entry.text,
        "category": entry.category.slug if entry.category else None,
        "organisation": entry.organisation.title if entry.organisation_id else None,
        "language": entry.language,
        "attachment": entry.attachment_name or None,
        "expires_on": _iso(entry.expires_on),
        "created_at": _iso(entry.created_at),
        "updated_at": _iso(entry.updated_at),
        "hidden": entry.hidden,
        "hidden_reason": entry.hidden_reason or None,
        "hidden_at": _iso(entry.hidden_at),
    }


def export_board_data(user) -> dict:
    entries = BoardEntry.objects.filter(author=user).select_related("category", "organisation")
    replies = BoardReply.objects.filter(author=user).select_related("entry")
    reports = BoardReport.objects.filter(reporter=user).select_related("entry")
    return {
        "entries": [_entry(entry) for entry in entries.order_by("created_at", "pk")],
        "replies": [
            {
                "entry_id": reply.entry_id,
                "entry_title": reply.entry.title,
                "text": reply.text,
                "created_at": _iso(reply.created_at),
            }
            for reply in replies.order_by("created_at", "pk")
        ],
        "reports": [
            {
                "entry_id": report.entry_id,
                "entry_title": report.entry.title,
                "reason": report.reason,
                "created_at": _iso(report.created_at),
                "handled": report.handled,
            }
            for report in reports.order_by("created_at", "pk")
        ],
        "notification_settings": frequencies_of(user),
    }
