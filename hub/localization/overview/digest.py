"""The daily e-mail to translators: what needs them in their languages since the last one.

Each translator gets at most one e-mail per run, in their admin language, in two sections:
the pages and snippets whose translation in their languages became outdated, and the new
ones (newly published pages, newly created snippets) not yet translated into them at
all. Each is named once: the previous run's state is kept in ``TranslationDigest``.
Nothing new, no e-mail. The page tree is read once for all translators.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils.translation import pgettext
from wagtail.users.models import UserProfile

from hub.core.admin_urls import absolute_admin_url
from hub.core.emails import render_email
from hub.core.mail import queue_messages
from hub.localization.overview.data import Item, load_items
from hub.localization.overview.people import translator_languages, translators
from hub.localization.overview.status import Status
from hub.localization.overview.views import language_name
from hub.pages.models import TranslationDigest


@dataclass(frozen=True)
class DigestEntry:
    title: str
    section: str
    language: str
    url: str


@dataclass
class DigestReport:
    sent: list[tuple[str, int, int]] = field(default_factory=list)  # (address, outdated, new)
    unchanged: int = 0


def cell_key(item: Item, language: str) -> str:
    return f"{item.key}:{language}"


def keys_with_status(
    items: list[Item], languages: list[str], status: Status
) -> dict[str, tuple[Item, str]]:
    return {
        cell_key(item, code): (item, code)
        for item in items
        for code in languages
        if code in item.cells and item.cells[code].status == status
    }


def missing_by_language(
    missing: dict[str, tuple[Item, str]], languages: list[str]
) -> dict[str, list[str]]:
    """``TranslationDigest.missing``: the missing translation keys of every language."""
    keys: dict[str, list[str]] = {code: [] for code in languages}
    for item, code in missing.values():
        keys[code].append(str(item.key))
    return {code: sorted(values) for code, values in keys.items()}


def newly_missing(missing: dict[str, tuple[Item, str]], seen: dict[str, list[str]]) -> list[str]:
    """The missing cells that were not missing at the last run. A language the record
    does not know yet has nothing new: its first run only takes note."""
    known = {code: set(keys) for code, keys in seen.items()}
    return [
        key
        for key, (item, code) in missing.items()
        if code in known and str(item.key) not in known[code]
    ]


def preferred_language(user) -> str:
    known = {code for code, _name in settings.LANGUAGES}
    language = UserProfile.get_for_user(user).preferred_language
    return language if language in known else settings.LANGUAGE_CODE


def overview_url(outdated: list[DigestEntry], missing: list[DigestEntry]) -> str:
    """The overview, filtered to the one status the e-mail is about, if it is about one."""
    url = reverse("hub_translation_overview")
    if not missing:
        url += f"?status={Status.OUTDATED.value}"
    elif not outdated:
        url += f"?status={Status.MISSING.value}"
    return absolute_admin_url(url)


def digest_message(user, outdated: list[DigestEntry], missing: list[DigestEntry]) -> EmailMessage:
    def rows(entries: list[DigestEntry]) -> list[dict]:
        """One row per link: a new page is translated into every language from the same
        form, so it is listed once with its languages; an outdated translation has its
        own editor per language."""
        grouped: dict[tuple[str, str, str], list[str]] = {}
        for entry in entries:
            grouped.setdefault((entry.title, entry.section, entry.url), []).append(
                language_name(entry.language)
            )
        separator = pgettext("list separator", ", ")
        return [
            {"title": title, "section": section, "language": separator.join(names), "url": url}
            for (title, section, url), names in grouped.items()
        ]

    def context() -> dict:
        return {
            "user": user,
            "name": user.get_full_name() or user.get_username(),
            "entries": rows(outdated),
            "missing": rows(missing),
            "overview_url": overview_url(outdated, missing),
        }

    return render_email("translation_digest", preferred_language(user), [user.email], context)


def _entries(current: dict[str, tuple[Item, str]], keys: list[str]) -> list[DigestEntry]:
    """The cells' links are the overview's: the translation's editor for an outdated one,
    wagtail-localize's "Translate" form for a missing one."""
    entries = []
    for key in keys:
        item, language = current[key]
        entries.append(
            DigestEntry(
                title=item.title,
                section=str(item.section_label),
                language=language,
                url=absolute_admin_url(item.cells[language].url),
            )
        )
    return entries


def send_digests(*, now: datetime, dry_run: bool = False) -> DigestReport:
    """One e-mail per translator with news. A translator's record is updated in the same
    transaction as their e-mail is queued; the mail queue retries a failed delivery."""
    report = DigestReport()
    people = [(user, translator_languages(user)) for user in translators()]
    if not people:
        return report
    items = load_items()
    for user, languages in people:
        outdated = keys_with_status(items, languages, Status.OUTDATED)
        missing = keys_with_status(items, languages, Status.MISSING)
        with transaction.atomic():
            record = TranslationDigest.objects.select_for_update().filter(user=user).first()
            reported = set(record.reported) if record else set()
            new_outdated = [key for key in outdated if key not in reported]
            new_missing = newly_missing(missing, record.missing if record else {})
            news = bool(new_outdated or new_missing)
            if news:
                report.sent.append((user.email, len(new_outdated), len(new_missing)))
            else:
                report.unchanged += 1
            if dry_run:
                continue
            if news:
                message = digest_message(
                    user, _entries(outdated, new_outdated), _entries(missing, new_missing)
                )
                queue_messages([message])
            record = record or TranslationDigest(user=user)
            record.reported = sorted(outdated)
            record.missing = missing_by_language(missing, languages)
            if news:
                record.sent_at = now
            record.save()
    return report
