"""Admin → Translations: a table of pages and snippets × languages with their status.

Filters are GET parameters (``language``, ``section``, ``status``), so a filtered view can
be bookmarked or sent to a translator. Every cell links to where the work is done: the
editor of the translation (Wagtail's editor turns into wagtail-localize's for a
translated object), or, when the translation is missing, wagtail-localize's
"Translate" form.
"""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.http import urlencode

from hub.core.i18n import translated_language_name
from hub.core.permissions import can_view_translation_overview
from hub.localization.overview.data import Item, load_items
from hub.localization.overview.people import ordered_languages
from hub.localization.overview.status import Status, count_statuses

PER_PAGE = 50


language_name = translated_language_name


def _sections(items: list[Item]) -> list[tuple[str, str]]:
    seen = {}
    for item in items:
        seen.setdefault(item.section, item.section_label)
    return list(seen.items())


def _filter_url(language: str, section: str, status: str) -> str:
    params = {"language": language, "section": section, "status": status}
    return "?" + urlencode({key: value for key, value in params.items() if value})


def overview(request: HttpRequest) -> HttpResponse:
    if not can_view_translation_overview(request.user):
        raise PermissionDenied
    languages, own = ordered_languages(request.user)
    items = load_items(languages)
    sections = _sections(items)

    language = request.GET.get("language", "")
    shown = [language] if language in languages else languages
    section = request.GET.get("section", "")
    if section not in dict(sections):
        section = ""
    if section:
        items = [item for item in items if item.section == section]
    status = request.GET.get("status", "")
    counts = []
    for code in shown:
        numbers = count_statuses(item.cells[code].status for item in items)
        counts.append(
            {
                "code": code,
                "name": language_name(code),
                # Marked only where it tells something: not for those who translate all.
                "own": code in own and len(own) < len(languages),
                "counts": numbers,
                "statuses": [
                    (value, label, numbers[value], _filter_url(code, section, value))
                    for value, label in Status.choices
                ],
            }
        )
    if status in Status.values:
        items = [item for item in items if any(item.cells[code].status == status for code in shown)]
    page = Paginator(items, PER_PAGE).get_page(request.GET.get("p"))
    rows = [{"item": item, "cells": [item.cells[code] for code in shown]} for item in page]
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "pages/admin/translation_overview.html",
        {
            "rows": rows,
            "page_obj": page,
            "columns": [{"code": code, "name": language_name(code)} for code in shown],
            # Translators (who cannot publish) hand their work to review from here.
            "reviewable": set(own),
            "counts": counts,
            "languages": [{"code": code, "name": language_name(code)} for code in languages],
            "sections": sections,
            "statuses": Status.choices,
            "selected": {"language": language, "section": section, "status": status},
            "query": query.urlencode(),
        },
    )
