"""What the members' start page lists: minutes, shared documents, members-only pages.

Each list is scoped to the current site and shows pages in the visitor's language where a
live translation exists, else in the source language (marked with its ``lang``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q
from django.http import HttpRequest
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import BaseViewRestriction, Locale, Page, PageViewRestriction, Site

from hub.core.listing.languages import url_for_visitor
from hub.core.members_only import existing_members_collection
from hub.core.permissions import MEMBERS_GROUP
from hub.events.models import EventPage, MeetingMinutes

MINUTES_ON_START_PAGE = 12
DOCUMENTS_ON_START_PAGE = 20


@dataclass
class PageLink:
    title: str
    url: str
    lang: str  # set when the title is not in the visitor's language


def _site_trees(request: HttpRequest) -> Q:
    site = Site.find_for_request(request)
    if site is None:
        return Q(pk__in=[])
    trees = Q()
    for home in site.root_page.get_translations(inclusive=True).only("path"):
        trees |= Q(path__startswith=home.path)
    return trees


def _in_visitor_language(pages: list[Page], active: Locale) -> dict:
    """translation_key → the live version in ``active`` (one query)."""
    return {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(locale=active, translation_key__in=[p.translation_key for p in pages])
        .select_related("locale")
    }


def _link(page: Page, translated: dict, active: Locale, request: HttpRequest) -> PageLink:
    shown = translated.get(page.translation_key, page)
    lang = "" if shown.locale_id == active.pk else shown.locale.language_code
    return PageLink(shown.title, url_for_visitor(shown, active, request), lang)


def members_only_pages(request: HttpRequest) -> list[PageLink]:
    """Live source-language pages restricted to the Members group, as links."""
    restricted = PageViewRestriction.objects.filter(
        restriction_type=BaseViewRestriction.GROUPS, groups__name=MEMBERS_GROUP
    ).values("page_id")
    pages = list(
        Page.objects.live()
        .filter(_site_trees(request), pk__in=restricted, locale=Locale.get_default())
        .select_related("locale")
        .order_by("path")
    )
    active = Locale.get_active()
    translated = _in_visitor_language(pages, active)
    return [_link(page, translated, active, request) for page in pages]


@dataclass
class MinutesEntry:
    minutes: MeetingMinutes
    event: PageLink
    url: str


def event_titles(keys: set, request: HttpRequest) -> dict:
    """Event translation_key → link to the event in the visitor's language (or source)."""
    active = Locale.get_active()
    pages = list(
        EventPage.objects.live()
        .filter(_site_trees(request), translation_key__in=keys, locale=Locale.get_default())
        .select_related("locale")
    )
    translated = _in_visitor_language(pages, active)
    return {page.translation_key: _link(page, translated, active, request) for page in pages}


def recent_minutes(request: HttpRequest, limit: int = MINUTES_ON_START_PAGE) -> list:
    minutes = list(
        MeetingMinutes.objects.select_related("occurrence").order_by(
            "-occurrence__starts_at", "-pk"
        )[: limit * 2]
    )
    events = event_titles({m.occurrence.event_key for m in minutes}, request)
    return [
        MinutesEntry(
            m, events[m.occurrence.event_key], reverse("network:minutes", args=[m.occurrence_id])
        )
        for m in minutes
        if m.occurrence.event_key in events
    ][:limit]


def shared_documents(limit: int = DOCUMENTS_ON_START_PAGE) -> list:
    collection = existing_members_collection()
    if collection is None:
        return []
    return list(
        get_document_model()
        .objects.filter(collection__path__startswith=collection.path)
        .order_by("-created_at", "-pk")[:limit]
    )
