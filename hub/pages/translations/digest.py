"""The daily e-mail to translators: what fell behind in their languages since the last one.

Each translator gets at most one e-mail per run, in their admin language, listing the
pages and snippets that are outdated in their languages and were not in the previous
digest. Nothing new, no e-mail. The page tree is read once for all translators.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.urls import reverse
from wagtail.users.models import UserProfile

from hub.emails import render_email
from hub.pages.models import TranslationDigest
from hub.pages.translations.data import Item, load_items
from hub.pages.translations.people import translator_languages, translators
from hub.pages.translations.status import Status
from hub.pages.translations.views import language_name


@dataclass(frozen=True)
class DigestEntry:
    title: str
    section: str
    language: str
    url: str


@dataclass
class DigestReport:
    sent: list[tuple[str, int]] = field(default_factory=list)  # (address, entries)
    unchanged: int = 0


def cell_key(item: Item, language: str) -> str:
    return f"{item.key}:{language}"


def outdated_keys(items: list[Item], languages: list[str]) -> dict[str, tuple[Item, str]]:
    return {
        cell_key(item, code): (item, code)
        for item in items
        for code in languages
        if code in item.cells and item.cells[code].status == Status.OUTDATED
    }


def admin_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def preferred_language(user) -> str:
    known = {code for code, _name in settings.LANGUAGES}
    language = UserProfile.get_for_user(user).preferred_language
    return language if language in known else settings.LANGUAGE_CODE


def digest_message(user, entries: list[DigestEntry]) -> EmailMessage:
    def context() -> dict:
        return {
            "user": user,
            "name": user.get_full_name() or user.get_username(),
            "entries": [
                {
                    "title": entry.title,
                    "section": entry.section,
                    "language": language_name(entry.language),
                    "url": entry.url,
                }
                for entry in entries
            ],
            "overview_url": admin_url(reverse("hub_translation_overview") + "?status=outdated"),
        }

    return render_email("translation_digest", preferred_language(user), [user.email], context)


def _entries(current: dict[str, tuple[Item, str]], keys: list[str]) -> list[DigestEntry]:
    entries = []
    for key in keys:
        item, language = current[key]
        entries.append(
            DigestEntry(
                title=item.title,
                section=str(item.section_label),
                language=language,
                url=admin_url(item.cells[language].url),
            )
        )
    return entries


def send_digests(*, now: datetime, dry_run: bool = False) -> DigestReport:
    """One e-mail per translator with news. A translator's record is updated in the same
    transaction as their e-mail is sent, so a failed delivery is tried again next run."""
    report = DigestReport()
    people = [(user, translator_languages(user)) for user in translators()]
    if not people:
        return report
    items = load_items()
    with get_connection() as connection:
        for user, languages in people:
            current = outdated_keys(items, languages)
            with transaction.atomic():
                record = TranslationDigest.objects.select_for_update().filter(user=user).first()
                reported = set(record.reported) if record else set()
                new = [key for key in current if key not in reported]
                if new:
                    report.sent.append((user.email, len(new)))
                else:
                    report.unchanged += 1
                if dry_run:
                    continue
                if new:
                    message = digest_message(user, _entries(current, new))
                    message.connection = connection
                    message.send()
                record = record or TranslationDigest(user=user)
                record.reported = sorted(current)
                if new:
                    record.sent_at = now
                record.save()
    return report
