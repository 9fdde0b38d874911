"""Showing a page to a visitor of another language: its URL under the visitor's prefix,
the one language version they should see, and the language to mark when it is not theirs.

A page exists once across languages but is stored as one page per translation. Listings
show every page once: in the visitor's language where a live translation exists, else in
the source language, else in whatever language it was written — like the main menu, every
language sees the same entries.
"""

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import HttpRequest
from django.utils.safestring import SafeString
from wagtail.models import Locale, Page

from hub.core.i18n import lang_dir_attributes, url_under_language


def url_for_visitor(page: Page, active: Locale, request: HttpRequest) -> str:
    """The page's URL under the visitor's language prefix, translated or not."""
    if page.locale_id == active.pk:
        return page.get_url(request)
    return url_under_language(page, active.language_code, request)


def foreign_language(page: Page, active: Locale) -> str:
    """The language code of ``page`` when it is not the visitor's (for ``lang=""``), or
    ``""``; ``page.locale`` should be selected with the page."""
    return "" if page.locale_id == active.pk else page.locale.language_code


def one_version_each(versions: QuerySet, active: Locale, default: Locale) -> QuerySet:
    """Of ``versions``, the one per translation key a visitor in ``active`` should see.

    One SQL query however many pages exist.
    """
    same = versions.filter(translation_key=OuterRef("translation_key"))
    preferred = Q(locale_id=active.pk)
    if default.pk != active.pk:
        preferred |= Q(locale_id=default.pk) & ~Exists(same.filter(locale_id=active.pk))
    others = same.filter(Q(locale_id__in=[active.pk, default.pk]) | Q(pk__lt=OuterRef("pk")))
    preferred |= ~Q(locale_id__in=[active.pk, default.pk]) & ~Exists(others)
    return versions.filter(preferred)


def content_attributes(page: Page, active: Locale) -> SafeString:
    """``lang``/``dir`` for the page's own texts when they are not in the visitor's language.

    The headings and labels around them are in the visitor's language; screen readers
    switch voices and browsers order punctuation by these attributes.
    """
    if page.locale_id == active.pk:
        return SafeString("")
    return lang_dir_attributes(page.locale.language_code)


def localized_link(page: Page | None, active: Locale, request: HttpRequest) -> dict | None:
    """Title and URL in the visitor's language of a page that another one names (an
    initiative's organisation, an event's organiser), if it is live."""
    if page is None or not page.live:
        return None
    page = page.localized
    return {"title": page.title, "url": url_for_visitor(page, active, request)}
