"""Which page stands for an initiative, and where its links lead in a given language.

An initiative exists once across languages, so the freshness check looks at one page per
``translation_key``: the live page in the default (source) locale where there is one,
else any live translation. Its texts and links are then shown in the language of the
person addressed, falling back to the source page under that language's prefix (which
``HomePage.route`` serves with a notice) where no translation exists.
"""

from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit
from uuid import UUID

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page

from hub.core.i18n import url_under_language
from hub.pages.models import InitiativeIndexPage, InitiativePage


def pick_source_pages(pages: Iterable[InitiativePage]) -> dict[UUID, InitiativePage]:
    """One page per initiative: the default-locale page where given, else the oldest."""
    default_locale_id = Locale.get_default().pk
    chosen: dict[UUID, InitiativePage] = {}
    for page in sorted(pages, key=lambda page: page.pk):
        current = chosen.get(page.translation_key)
        if current is None or (
            page.locale_id == default_locale_id and current.locale_id != default_locale_id
        ):
            chosen[page.translation_key] = page
    return chosen


def live_source_pages(translation_keys: Iterable[UUID] | None = None) -> dict[UUID, InitiativePage]:
    """The source page of every live initiative (or of those with ``translation_keys``)."""
    pages = InitiativePage.objects.live().select_related("locale")
    if translation_keys is not None:
        pages = pages.filter(translation_key__in=list(translation_keys))
    return pick_source_pages(pages)


def in_locale(page: Page, locale: Locale) -> Page:
    """The live translation of ``page`` in ``locale``, else ``page`` itself."""
    if page.locale_id == locale.pk:
        return page
    translated = page.get_translation_or_none(locale)
    if translated is not None and translated.live:
        return translated.specific
    return page


def _shown_in(page: Page, language_code: str) -> Page:
    """The version of ``page`` a reader of ``language_code`` gets.

    Its live translation; else the source-language page, because the fallback routing
    serves the source tree (and its slugs) under every language prefix.
    """
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is not None:
        translated = in_locale(page, locale)
        if translated.locale_id == locale.pk:
            return translated
    return in_locale(page, Locale.get_default())


def language_code_or_default(code: str | None) -> str:
    """``code`` if the site speaks it, else the site's default language."""
    codes = {known for known, _name in settings.LANGUAGES}
    code = (code or "").lower()
    return code if code in codes else settings.LANGUAGE_CODE


def _language_prefix(code: str) -> str:
    with translation.override(code):
        return reverse("wagtail_serve", args=[""])


def absolute_url(page: Page, language_code: str) -> str:
    """The full URL of ``page`` for a reader of ``language_code`` (for e-mails)."""
    shown = _shown_in(page, language_code)
    url = shown.get_full_url() or settings.HUB_BASE_URL + (shown.get_url() or "/")
    if shown.locale.language_code == language_code:
        return url
    parts = urlsplit(url)
    own_prefix = _language_prefix(shown.locale.language_code)
    if not parts.path.startswith(own_prefix):
        return url
    path = _language_prefix(language_code) + parts.path[len(own_prefix) :]
    return urlunsplit(parts._replace(path=path))


def url_in_language(page: Page, language_code: str, request: HttpRequest) -> str:
    """The URL of ``page`` for a reader of ``language_code`` (for links on our pages)."""
    shown = _shown_in(page, language_code)
    if shown.locale.language_code == language_code:
        return shown.get_url(request) or "/"
    return url_under_language(shown, language_code, request)


def relative_url(page: Page, request: HttpRequest) -> str:
    """The URL of ``page`` in the visitor's active language."""
    return url_in_language(page, Locale.get_active().language_code, request)


def index_of(page: InitiativePage) -> InitiativeIndexPage:
    return page.get_parent().specific


def subpage_url(index_url: str, index: InitiativeIndexPage, route: str, token: UUID) -> str:
    """``index_url`` followed by the path of one of the index page's token routes."""
    return index_url.rstrip("/") + "/" + index.reverse_subpage(route, args=[token]).lstrip("/")
