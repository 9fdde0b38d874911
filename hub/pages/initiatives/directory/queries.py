"""Which initiatives a directory shows, and in which language version.

An initiative exists once across languages but is stored as one page per translation,
each under the index page of its language. The directory of every language lists every
initiative once: in the visitor's language where a live translation exists, else in the
source language, else in whatever language it was written — like the main menu, every
language sees the same initiatives, and an initiative entered through the Arabic form is
found under /de/ too. Everything here stays one SQL query however many initiatives exist.
"""

from django.db.models import Exists, OuterRef, Q, QuerySet
from wagtail.models import Locale, Page

from hub.pages.initiatives.directory.filters import DIMENSIONS, FilterState
from hub.pages.models import InitiativePage
from hub.pages.models.initiatives import InitiativeStatus


def index_versions(index: Page) -> list[Page]:
    """The live language versions of a directory's index page, itself included."""
    versions = list(index.get_translations(inclusive=False).live().only("path", "depth"))
    return [index, *versions]


def children_q(indexes: list[Page]) -> Q:
    condition = Q(pk__in=[])
    for index in indexes:
        condition |= Q(path__startswith=index.path, depth=index.depth + 1)
    return condition


def initiative_versions(indexes: list[Page]) -> QuerySet:
    """Every live, public language version of an initiative under one of ``indexes``."""
    return InitiativePage.objects.live().public().filter(children_q(indexes))


def one_version_each(versions: QuerySet, active: Locale, default: Locale) -> QuerySet:
    """Of ``versions``, the one per initiative a visitor in ``active`` should see."""
    same = versions.filter(translation_key=OuterRef("translation_key"))
    preferred = Q(locale_id=active.pk)
    if default.pk != active.pk:
        preferred |= Q(locale_id=default.pk) & ~Exists(same.filter(locale_id=active.pk))
    others = same.filter(Q(locale_id__in=[active.pk, default.pk]) | Q(pk__lt=OuterRef("pk")))
    preferred |= ~Q(locale_id__in=[active.pk, default.pk]) & ~Exists(others)
    return versions.filter(preferred)


class DirectoryScope:
    """The initiatives under one index page and its translations, seen from one language."""

    def __init__(self, index: Page, active: Locale) -> None:
        self.index = index
        self.active = active
        self.default = Locale.get_default()
        self.indexes = index_versions(index)

    def versions(self) -> QuerySet:
        return initiative_versions(self.indexes)

    def shown(self, *, ended: bool) -> QuerySet:
        """One version per initiative: the directory's (``ended=False``) or the archive's."""
        shown = one_version_each(self.versions(), self.active, self.default)
        if ended:
            return shown.filter(status=InitiativeStatus.ENDED)
        return shown.exclude(status=InitiativeStatus.ENDED)

    def matching_keys(self, query: str) -> list:
        """The translation keys of initiatives whose text in any language matches ``query``.

        Someone reading the English directory may know an initiative by its German name;
        the hit counts for the initiative, whichever version is shown. The database search
        backend cannot filter on many-to-many relations, so the caller intersects.
        """
        # A stray double quote is a syntax error for SQLite's full-text MATCH; nobody
        # needs phrase search in a directory of a few hundred entries.
        words = query.replace('"', " ").strip()
        if not words:
            return []
        hits = (
            InitiativePage.objects.live()
            .filter(children_q(self.indexes))
            .search(words, operator="and")
        )
        return list({hit.translation_key for hit in hits})


def apply_filters(pages: QuerySet, state: FilterState, *, skip: str | None = None) -> QuerySet:
    """``pages`` narrowed by every active dimension but ``skip``: OR within, AND across."""
    for dimension in DIMENSIONS:
        slugs = state.slugs(dimension.param)
        if slugs and dimension.param != skip:
            pages = pages.filter(pk__in=dimension.pages_with_any(slugs))
    return pages
