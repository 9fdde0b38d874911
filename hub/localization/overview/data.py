"""Every translatable page and public snippet with its status in every language.

``load_items`` runs a fixed number of queries (about fifteen) whatever the size of the
site: each kind of fact is fetched for all objects at once, and ``status`` combines them.
Pages are the live pages of the source language (drafts have nothing to translate yet,
aliases follow their original); snippets are the public taxonomies and the footer.
"""

import json
from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Case, Count, Exists, IntegerField, Max, OuterRef, Sum, When
from django.urls import reverse
from modelcluster.models import get_serializable_data_for_fields
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from hub.localization.overview.status import (
    LocalizeState,
    Status,
    Target,
    page_source_changed,
    translation_status,
)
from hub.snippets.models import Category, District, SiteFooter, SpokenLanguage, TargetGroup

SNIPPET_MODELS = (Category, TargetGroup, District, SpokenLanguage, SiteFooter)


@dataclass
class Cell:
    language: str
    status: Status
    url: str
    # A translated page still being worked on: where its translator asks for review.
    review_url: str = ""


MAX_INDENT = 8


@dataclass
class Item:
    """One source object: a row of the overview."""

    key: UUID
    title: str
    section: str  # "app_label.model_name"
    section_label: str
    is_page: bool
    depth: int = 0
    cells: dict[str, Cell] = field(default_factory=dict)

    @property
    def indent(self) -> int:
        """Indentation step of the title, 1–8: the page tree's depth, as a CSS class
        (the admin's styles come from a file, not from ``style`` attributes)."""
        return min(max(self.depth, 1), MAX_INDENT) if self.is_page else 1


def content_languages() -> list[str]:
    """Every content language except the source language, in the order of the settings."""
    return [
        code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE
    ]


def section_of(model) -> str:
    return f"{model._meta.app_label}.{model._meta.model_name}"


def _progress(source_ids_query, locale_ids: list[int]) -> dict[tuple[int, int], tuple]:
    """``{(source id, locale id): (segments, translated, machine)}`` in one query."""

    def translated(locale_id: int, **extra):
        return Sum(
            Case(
                When(
                    Exists(
                        StringTranslation.objects.filter(
                            translation_of_id=OuterRef("string_id"),
                            context_id=OuterRef("context_id"),
                            locale_id=locale_id,
                            has_error=False,
                            **extra,
                        )
                    ),
                    then=1,
                ),
                default=0,
                output_field=IntegerField(),
            )
        )

    annotations = {}
    for locale_id in locale_ids:
        annotations[f"t{locale_id}"] = translated(locale_id)
        annotations[f"m{locale_id}"] = translated(
            locale_id, translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
        )
    rows = (
        StringSegment.objects.filter(source_id__in=source_ids_query)
        .values("source_id")
        .annotate(total=Count("pk"), **annotations)
        .order_by()
    )
    return {
        (row["source_id"], locale_id): (
            row["total"],
            row[f"t{locale_id}"] or 0,
            row[f"m{locale_id}"] or 0,
        )
        for row in rows
        for locale_id in locale_ids
    }


def _snippet_content(instance) -> dict:
    """The instance as wagtail-localize stores it in ``TranslationSource.content_json``."""
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))


def _page_url(pk: int, exists: bool) -> str:
    # Wagtail's page editor turns into wagtail-localize's editor for a translation.
    if exists:
        return reverse("wagtailadmin_pages:edit", args=[pk])
    return reverse("wagtail_localize:submit_page_translation", args=[pk])


def _snippet_url(model, pk, exists: bool) -> str:
    meta = model._meta
    if exists:
        return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[quote(pk)])
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, quote(pk)],
    )


@dataclass
class _Facts:
    """What wagtail-localize knows, keyed for lookups while building the rows."""

    sources: dict[UUID, dict]
    translated_into: set[tuple[int, int]]
    written_at: dict[tuple[int, int], datetime]
    progress: dict[tuple[int, int], tuple]

    def localize(self, key: UUID, locale_id: int, changed: bool) -> LocalizeState | None:
        source = self.sources.get(key)
        if source is None or (source["id"], locale_id) not in self.translated_into:
            return None
        segments, translated, machine = self.progress.get((source["id"], locale_id), (0, 0, 0))
        return LocalizeState(
            source_extracted_at=source["last_updated_at"],
            source_changed_since_extract=changed,
            target_written_at=self.written_at.get((source["id"], locale_id)),
            segments=segments,
            translated=translated,
            machine=machine,
        )


def _localize_facts(source_locale: Locale, locale_ids: list[int]) -> _Facts:
    sources = TranslationSource.objects.filter(locale=source_locale)
    snippet_types = ContentType.objects.get_for_models(*SNIPPET_MODELS).values()
    by_key = {
        row["object_id"]: row
        for row in sources.exclude(specific_content_type__in=snippet_types).values(
            "id", "object_id", "last_updated_at"
        )
    }
    by_key.update(
        {
            row["object_id"]: row
            for row in sources.filter(specific_content_type__in=snippet_types).values(
                "id", "object_id", "last_updated_at", "content_json"
            )
        }
    )
    source_ids = sources.values("id")
    translated_into = set(
        Translation.objects.filter(
            source_id__in=source_ids, enabled=True, target_locale_id__in=locale_ids
        ).values_list("source_id", "target_locale_id")
    )
    written_at = {
        (row["source_id"], row["locale_id"]): row["at"]
        for row in TranslationLog.objects.filter(source_id__in=source_ids)
        .values("source_id", "locale_id")
        .annotate(at=Max("created_at"))
        .order_by()
    }
    return _Facts(by_key, translated_into, written_at, _progress(source_ids, locale_ids))


def _page_items(source_locale: Locale, locales: dict[str, Locale], facts: _Facts) -> list[Item]:
    pages = list(
        Page.objects.filter(locale=source_locale, depth__gt=1, live=True, alias_of__isnull=True)
        .order_by("path")
        .values("pk", "title", "translation_key", "content_type_id", "depth", "last_published_at")
    )
    keys = [page["translation_key"] for page in pages]
    targets = (
        {
            (row["translation_key"], row["locale_id"]): row
            for row in Page.objects.filter(
                translation_key__in=Page.objects.filter(
                    locale=source_locale, depth__gt=1, live=True, alias_of__isnull=True
                ).values("translation_key"),
                locale__in=locales.values(),
                alias_of__isnull=True,
            ).values(
                "pk",
                "translation_key",
                "locale_id",
                "live",
                "has_unpublished_changes",
                "last_published_at",
            )
        }
        if keys
        else {}
    )
    types = ContentType.objects.in_bulk({page["content_type_id"] for page in pages})
    items = []
    for page in pages:
        model = types[page["content_type_id"]].model_class() or Page
        item = Item(
            key=page["translation_key"],
            title=page["title"],
            section=section_of(model),
            section_label=str(model._meta.verbose_name),
            is_page=True,
            depth=page["depth"],
        )
        source = facts.sources.get(item.key)
        changed = source is not None and page_source_changed(
            page["last_published_at"], source["last_updated_at"]
        )
        for code, locale in locales.items():
            row = targets.get((item.key, locale.pk))
            target = (
                Target(
                    pk=row["pk"],
                    live=row["live"],
                    has_unpublished_changes=row["has_unpublished_changes"],
                    last_published_at=row["last_published_at"],
                )
                if row
                else None
            )
            status = translation_status(
                target=target,
                localize=facts.localize(item.key, locale.pk, changed),
                source_published_at=page["last_published_at"],
            )
            url = _page_url(target.pk, True) if target else _page_url(page["pk"], False)
            review_url = ""
            if target and status == Status.IN_PROGRESS:
                review_url = reverse("hub_translation_ask_for_review", args=[target.pk])
            item.cells[code] = Cell(code, status, url, review_url)
        items.append(item)
    return items


def _snippet_items(source_locale: Locale, locales: dict[str, Locale], facts: _Facts) -> list[Item]:
    items = []
    locale_ids = [source_locale.pk, *(locale.pk for locale in locales.values())]
    for model in SNIPPET_MODELS:
        objects = list(model.objects.filter(locale_id__in=locale_ids))
        targets = {(obj.translation_key, obj.locale_id): obj for obj in objects}
        sources = sorted(
            (obj for obj in objects if obj.locale_id == source_locale.pk),
            key=lambda obj: str(obj).casefold(),
        )
        for obj in sources:
            item = Item(
                key=obj.translation_key,
                title=str(obj),
                section=section_of(model),
                section_label=str(model._meta.verbose_name),
                is_page=False,
            )
            source = facts.sources.get(item.key)
            changed = source is not None and _snippet_content(obj) != json.loads(
                source["content_json"]
            )
            for code, locale in locales.items():
                target_obj = targets.get((item.key, locale.pk))
                target = Target(pk=target_obj.pk) if target_obj else None
                status = translation_status(
                    target=target, localize=facts.localize(item.key, locale.pk, changed)
                )
                url = _snippet_url(model, target.pk if target else obj.pk, target is not None)
                item.cells[code] = Cell(code, status, url)
            items.append(item)
    return items


def load_items(languages: list[str] | None = None) -> list[Item]:
    """Every page, then every snippet, with a cell for each of ``languages`` (default: every
    content language but the source language)."""
    languages = content_languages() if languages is None else languages
    all_locales = {locale.language_code: locale for locale in Locale.objects.all()}
    source_locale = all_locales.get(settings.LANGUAGE_CODE)
    if source_locale is None:
        return []
    locales = {code: all_locales[code] for code in languages if code in all_locales}
    facts = _localize_facts(source_locale, [locale.pk for locale in locales.values()])
    return _page_items(source_locale, locales, facts) + _snippet_items(
        source_locale, locales, facts
    )
