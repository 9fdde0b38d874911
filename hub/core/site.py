"""The site as every app names and links it: its name in a language, a page's address
for a reader of a language.

E-mails are rendered for one recipient, pages for one visitor; both want the page in
that person's language where it is translated and live, else the page under their
language prefix (shown with a notice, see ``hub.core.i18n.url_under_language``).
"""

from django.conf import settings
from django.http import HttpRequest
from wagtail.models import Locale, Page, Site

from hub.core.i18n import url_under_language


def site_name_in(language: str) -> str:
    """The network's name as its home page says it in ``language``."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    locale = Locale.objects.filter(language_code=language).first()
    if site is None:
        return settings.WAGTAIL_SITE_NAME
    home = site.root_page.get_translation_or_none(locale) if locale else None
    return (home or site.root_page).title


def public_url(page: Page, language: str) -> str:
    """The page's absolute address for a reader of ``language``."""
    locale = Locale.objects.filter(language_code=language).first()
    url = url_under_language(_in_locale(page, locale), language, None)
    return settings.HUB_BASE_URL + url if url.startswith("/") else url


def localized_url(page: Page, request: HttpRequest) -> str:
    """The page's address for the visitor, in the active language."""
    active = Locale.get_active()
    return url_under_language(_in_locale(page, active), active.language_code, request)


def _in_locale(page: Page, locale: Locale | None) -> Page:
    """The page's live translation into ``locale``, else the page itself."""
    translated = page.get_translation_or_none(locale) if locale else None
    return translated if translated is not None and translated.live else page
