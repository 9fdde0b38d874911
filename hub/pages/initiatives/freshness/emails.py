"""The reminder e-mail: plain text, in the language of the person addressed.

The links lead to the directory in that language (or to the source directory under that
language's prefix where it is not translated), so the confirmation page, the correction
form and the initiative itself open in the language the e-mail was written in.
"""

from dataclasses import dataclass
from uuid import UUID

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.models import Locale

from hub.pages.initiatives.freshness.entries import absolute_url, in_locale, index_of, subpage_url
from hub.pages.models import InitiativePage, InitiativeSubmission
from hub.snippets.models import SiteFooter


@dataclass(frozen=True)
class ReminderLinks:
    confirm_url: str
    correction_url: str
    page_url: str


def reminder_links(page: InitiativePage, language: str, token: UUID) -> ReminderLinks:
    index = index_of(page)
    index_url = absolute_url(index, language)
    return ReminderLinks(
        confirm_url=subpage_url(index_url, index, "confirm_route", token),
        correction_url=subpage_url(index_url, index, "correction_route", token),
        page_url=absolute_url(page, language),
    )


def reminder_languages(pages: dict[UUID, InitiativePage], known: set[str]) -> dict[UUID, str]:
    """The language to write to each initiative in.

    The language its people last used with us (the latest submission or correction made
    through the public form), else the language of its source page.
    """
    languages = {key: page.locale.language_code for key, page in pages.items()}
    submissions = (
        InitiativeSubmission.objects.filter(translation_key__in=list(pages))
        .order_by("created_at", "pk")
        .values_list("translation_key", "language")
    )
    for key, language in submissions:
        if language and language.lower() in known:
            languages[key] = language.lower()
    return languages


def reminder_message(
    page: InitiativePage,
    *,
    token: UUID,
    last_confirmed_at,
    language: str,
    months: int,
    grace_days: int,
) -> EmailMessage:
    """The e-mail asking ``page``'s contact whether the initiative is still active."""
    locale = Locale.objects.filter(language_code=language).first() or page.locale
    site = page.get_site()
    footer = SiteFooter.objects.for_site_and_locale(site, locale)
    with translation.override(language):
        shown = in_locale(page, locale)
        home = in_locale(site.root_page.specific, locale) if site else None
        context = {
            "initiative": shown,
            "contact_name": page.contact_name,
            "site_name": footer.name if footer else (home.title if home else ""),
            "links": reminder_links(page, language, token),
            "last_confirmed_on": timezone.localdate(last_confirmed_at),
            "months": months,
            "grace_days": grace_days,
            "footer": footer,
        }
        subject = " ".join(render_to_string("emails/stale_reminder_subject.txt", context).split())
        body = render_to_string("emails/stale_reminder.txt", context)
    return EmailMessage(
        subject=subject,
        body=body,
        to=[page.contact_email],
        reply_to=[footer.email] if footer and footer.email else None,
        headers={
            "Content-Language": language,
            # Ask mail servers and out-of-office robots not to answer an automatic e-mail.
            "Auto-Submitted": "auto-generated",
            "X-Auto-Response-Suppress": "OOF, AutoReply",
        },
    )
