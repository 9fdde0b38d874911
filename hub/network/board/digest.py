"""The weekly e-mail: new board entries of the kinds a member chose "weekly digest" for.

Each member's digest covers the entries written since the previous run looked at them
(``BoardDigest.covered_until``; the first time, the past week) and names each entry at
most once (``BoardDigestItem``). Nothing new, no e-mail. A second run right after the
first sends nothing. Own entries, hidden and expired ones are left out.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from hub.core.emails import render_email
from hub.core.mail import queue_messages
from hub.core.site import site_name_in
from hub.network.board.notifications import (
    entry_context,
    frequencies_of,
    member_users,
    name_of,
    site_url,
)
from hub.network.members.language import member_language
from hub.network.models import BoardDigest, BoardDigestItem, BoardEntry, NotificationFrequency

FIRST_DIGEST_COVERS = timedelta(days=7)


@dataclass
class DigestReport:
    sent: list[tuple[str, int]] = field(default_factory=list)  # (address, entries)
    without_news: int = 0


def entries_for(user, now: datetime) -> list[BoardEntry]:
    kinds = [
        kind
        for kind, frequency in frequencies_of(user).items()
        if frequency == NotificationFrequency.WEEKLY
    ]
    if not kinds:
        return []
    digest = BoardDigest.objects.filter(user=user).first()
    since = digest.covered_until if digest else now - FIRST_DIGEST_COVERS
    already = BoardDigestItem.objects.filter(user=user).values("entry_id")
    return list(
        BoardEntry.objects.current(timezone.localdate(now))
        .filter(kind__in=kinds, created_at__gt=since, created_at__lte=now)
        .exclude(author=user)
        .exclude(pk__in=already)
        .select_related("author", "organisation")
        .order_by("kind", "-created_at", "-pk")
    )


def digest_message(user, entries: list[BoardEntry]):
    language = member_language(user)

    def context() -> dict:
        return {
            "name": name_of(user),
            "site_name": site_name_in(language),
            "entries": [
                {
                    "entry": entry,
                    "kind": entry.get_kind_display(),
                    "author": name_of(entry.author),
                    "organisation": entry.organisation.title if entry.organisation_id else "",
                    "url": entry_context(entry)["entry_url"],
                }
                for entry in entries
            ],
            "board_url": site_url("network:board"),
            "settings_url": site_url("network:notification_settings"),
        }

    return render_email("board_digest", language, [user.email], context)


def send_digests(now: datetime, dry_run: bool = False) -> DigestReport:
    report = DigestReport()
    for user in member_users():
        entries = entries_for(user, now)
        if not entries:
            report.without_news += 1
        else:
            report.sent.append((user.email, len(entries)))
        if dry_run:
            continue
        # Queued together with the record of what it covers; the mail queue retries it
        # when the mail server does not answer.
        with transaction.atomic():
            if entries:
                queue_messages([digest_message(user, entries)])
            BoardDigestItem.objects.bulk_create(
                [BoardDigestItem(user=user, entry=entry, sent_at=now) for entry in entries],
                ignore_conflicts=True,
            )
            BoardDigest.objects.update_or_create(user=user, defaults={"covered_until": now})
    return report
