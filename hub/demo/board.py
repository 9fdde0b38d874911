"""The demo's exchange board: 48 entries (twelve of each kind) from the demo members, with
replies, expiry dates, one entry hidden by the editor and one reported.

Found again by author and title, so a second run duplicates nothing; dates are set from
the run's day (so the board always looks current) with a fixed seed for the hours.
"""

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from hub.demo.content.board import BOARD_MEMBERS, ENTRIES, HIDDEN, REPLIES, REPORTED
from hub.demo.factories.users import UserFactory
from hub.demo.people import MEMBERS
from hub.network.models import BoardEntry, BoardReply, BoardReport, Membership, OrganisationPage
from hub.snippets.models import Category

SEED = 48


@dataclass
class BoardDemoReport:
    entries_created: int = 0
    entries: list[BoardEntry] = field(default_factory=list)
    members: list[str] = field(default_factory=list)


def _organisation(slug: str) -> OrganisationPage | None:
    if not slug:
        return None
    return OrganisationPage.objects.filter(
        slug=slug, locale__language_code=settings.LANGUAGE_CODE
    ).first()


def ensure_board_members(password: str) -> dict[str, object]:
    """The extra demo members who write on the board (organisation users and one
    volunteer in the Members group), by username."""
    group, _created = Group.objects.get_or_create(name=MEMBERS)
    users = {}
    for username, first, last, email, slug, language in BOARD_MEMBERS:
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            user = UserFactory(username=username, password=password)
        elif not user.check_password(password):
            user.set_password(password)
        user.first_name, user.last_name, user.email, user.is_active = first, last, email, True
        user.save()
        user.groups.add(group)
        organisation = _organisation(slug)
        if organisation is not None:
            Membership.objects.update_or_create(
                organisation=organisation, user=user, defaults={"language": language}
            )
        users[username] = user
    return users


def _moment(rng: random.Random, days_ago: int) -> datetime:
    day = timezone.localdate() - timedelta(days=days_ago)
    return timezone.make_aware(
        datetime.combine(day, datetime.min.time())
        + timedelta(hours=rng.randint(8, 19), minutes=rng.randint(0, 59))
    )


def ensure_board(password: str) -> BoardDemoReport:
    rng = random.Random(SEED)  # noqa: S311 - demo dates, not secrets
    report = BoardDemoReport()
    users = {
        user.username: user
        for user in get_user_model().objects.filter(
            username__in=["mitglied", "diakonie", "redaktion"]
        )
    }
    users.update(ensure_board_members(password))
    report.members = sorted(users)
    categories = {
        term.slug: term
        for term in Category.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    }
    today = timezone.localdate()
    by_title = {}
    for kind, username, title, text, language, category, days_ago, expires_in in ENTRIES:
        author = users.get(username)
        if author is None:
            continue
        membership = Membership.objects.filter(user=author).select_related("organisation").first()
        created_at = _moment(rng, days_ago)
        entry, created = BoardEntry.objects.update_or_create(
            author=author,
            title=title,
            defaults={
                "kind": kind,
                "text": text,
                "language": language,
                "category": categories.get(category),
                "organisation": membership.organisation if membership else None,
                "expires_on": today + timedelta(days=expires_in)
                if expires_in is not None
                else None,
                "created_at": created_at,
            },
        )
        report.entries_created += created
        report.entries.append(entry)
        by_title[title] = entry
        for number, (replier, reply_text) in enumerate(REPLIES.get(title, ()), start=1):
            if replier in users:
                BoardReply.objects.update_or_create(
                    entry=entry,
                    author=users[replier],
                    text=reply_text,
                    defaults={"created_at": created_at + timedelta(hours=3 * number)},
                )
    hidden_title, reason = HIDDEN
    if hidden_title in by_title:
        BoardEntry.objects.filter(pk=by_title[hidden_title].pk).update(
            hidden=True,
            hidden_reason=reason,
            hidden_by=users.get("redaktion"),
            hidden_at=timezone.now(),
        )
    reported_title, reporter, reason = REPORTED
    if reported_title in by_title and reporter in users:
        BoardReport.objects.get_or_create(
            entry=by_title[reported_title], reporter=users[reporter], defaults={"reason": reason}
        )
    return report
