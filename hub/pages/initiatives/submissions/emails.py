"""E-mails about public submissions: to the editors, and to the submitter in their language.

Plain text from ``templates/emails/initiative_*.txt`` (a subject and a body template each),
sent through Django's mail API. Every message carries a ``Content-Language`` header naming
the language it was rendered in. Editors get theirs in the language they chose for the
Wagtail admin, with ``Reply-To`` set to the submitter so that a question is one click away.
"""

import logging
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from wagtail.models import Locale, Page, Site
from wagtail.users.models import UserProfile

from hub.core.emails import render_email, send_emails, translated_language_name
from hub.core.i18n import url_under_language
from hub.core.permissions import EDITOR_GROUPS
from hub.pages.initiatives.submissions.data import entered_fields
from hub.pages.models import InitiativeSubmission
from hub.snippets.models import SiteFooter

logger = logging.getLogger(__name__)


def editor_recipients() -> list:
    """Active users with an e-mail in the groups Moderators and Editors, plus superusers;
    one per address."""
    users = (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(Q(groups__name__in=EDITOR_GROUPS) | Q(is_superuser=True))
        .distinct()
        .order_by("pk")
    )
    seen, recipients = set(), []
    for user in users:
        if user.email.lower() not in seen:
            seen.add(user.email.lower())
            recipients.append(user)
    return recipients


def send_to_all_editors(
    name: str, context: Callable[[], dict], reply_to: list[str] | None = None
) -> int:
    """Send ``emails/<name>`` to every editor, each in the admin language they chose, else
    the site's — never in the language of whoever the e-mail is about."""
    return send_emails(
        render_email(
            name,
            UserProfile.get_for_user(user).preferred_language or settings.LANGUAGE_CODE,
            [user.email],
            context,
            reply_to=reply_to,
        )
        for user in editor_recipients()
    )


def send_to_editors(submission: InitiativeSubmission, moderated: bool) -> int:
    """Tell the editors what arrived, with the entered data and a link to review it."""
    return send_to_all_editors(
        "initiative_editors",
        lambda: {
            **_common(submission),
            "moderated": moderated,
            "admin_url": _admin_url("wagtailadmin_pages:edit", submission.page_id),
            "record_url": _admin_url(
                "pages_initiativesubmission_modeladmin_inspect", submission.pk
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


def public_url(page: Page, language: str) -> str:
    """The page's address for a reader of ``language``: their translation if live, else
    the page under their language prefix (shown with a notice)."""
    locale = Locale.objects.filter(language_code=language).first()
    translated = page.get_translation_or_none(locale) if locale else None
    target = translated if translated is not None and translated.live else page
    url = url_under_language(target, language, None)
    return settings.HUB_BASE_URL + url if url.startswith("/") else url


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
    return send_emails([message])


def _common(submission: InitiativeSubmission) -> dict:
    page = submission.page
    return {
        "submission": submission,
        "is_correction": submission.kind == InitiativeSubmission.Kind.CORRECTION,
        "title": page.draft_title if page else submission.data.get("title", ""),
        "fields": entered_fields(submission),
        "site_name": site_name_in(submission.language),
        "language_name": translated_language_name(submission.language),
        "contact_email": network_email(submission.language),
    }


def _admin_url(name: str, pk: int | None) -> str:
    if pk is None:
        return ""
    try:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=[pk])
    except NoReverseMatch:
        return ""


def site_name_in(language: str) -> str:
    """The network's name as its home page says it in ``language``."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    locale = Locale.objects.filter(language_code=language).first()
    if site is None:
        return settings.WAGTAIL_SITE_NAME
    home = site.root_page.get_translation_or_none(locale) if locale else None
    return (home or site.root_page).title


def network_email(language: str) -> str:
    """The network's contact address from the footer, for questions from submitters."""
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    site = Site.objects.filter(is_default_site=True).first()
    footer = SiteFooter.objects.for_site_and_locale(site, locale)
    return footer.email if footer else ""
