"""Taxonomy terms named in the visitor's language, one query per taxonomy.

A page usually links the German rows of a taxonomy, but may link another language's row;
the rows of one term share their ``slug`` (a synchronised field) in every language, so
terms are matched by slug — the same key the filter URLs use. Whatever row a page links,
the visitor sees the row of their own language, else the source language's, else
whichever exists: never a term twice, never a German name when a translation exists.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from wagtail.models import Locale

from hub.core.listing.ordering import collation_key
from hub.snippets.models import SpokenLanguage, TagLabel, TaxonomyTerm


@dataclass(frozen=True)
class Term:
    """One term as shown: ``lang`` is set when the name is not in the visitor's language."""

    slug: str
    name: str
    sort_order: int = 100
    lang: str = ""
    code: str = ""
    name_local: str = ""

    @property
    def sort_key(self) -> tuple[int, str]:
        return (self.sort_order, collation_key(self.name))


def _rank(locale_id: int, active: Locale, default: Locale) -> int:
    if locale_id == active.pk:
        return 0
    return 1 if locale_id == default.pk else 2


def _term(row: dict, active: Locale) -> Term:
    return Term(
        slug=row["slug"],
        name=row["name"],
        sort_order=row["sort_order"],
        lang="" if row["locale_id"] == active.pk else row["locale__language_code"],
        code=row.get("code", ""),
        name_local=row.get("name_local", ""),
    )


def _fields(model: type[TaxonomyTerm]) -> list[str]:
    fields = ["pk", "slug", "name", "sort_order", "locale_id", "locale__language_code"]
    if issubclass(model, SpokenLanguage):
        fields += ["code", "name_local"]
    return fields


class TermCatalogue:
    """Every term of one taxonomy, keyed by slug, each in the best language available."""

    def __init__(self, model: type[TaxonomyTerm], active: Locale, default: Locale) -> None:
        best: dict[str, tuple[tuple[int, int], dict]] = {}
        for row in model.objects.order_by().values(*_fields(model)):
            rank = (_rank(row["locale_id"], active, default), row["pk"])
            if row["slug"] not in best or rank < best[row["slug"]][0]:
                best[row["slug"]] = (rank, row)
        self._terms = {slug: _term(row, active) for slug, (_rank_, row) in best.items()}

    def slugs(self) -> list[str]:
        return list(self._terms)

    def all(self) -> list[Term]:
        return sorted(self._terms.values(), key=lambda term: term.sort_key)

    def named(self, slugs: Iterable[str]) -> list[Term]:
        """The terms of ``slugs`` (unknown ones skipped), in the taxonomy's order."""
        terms = {slug: self._terms[slug] for slug in slugs if slug in self._terms}
        return sorted(terms.values(), key=lambda term: term.sort_key)

    def linked(self, rows: Iterable[TaxonomyTerm]) -> list[Term]:
        """The terms of the rows a page links (in any language), in the taxonomy's order."""
        return self.named(row.slug for row in rows)


def term_catalogues(
    models: dict[str, type[TaxonomyTerm]], active: Locale, default: Locale
) -> dict[str, TermCatalogue]:
    """A catalogue per taxonomy, keyed as ``models`` is (a listing's URL parameters)."""
    return {key: TermCatalogue(model, active, default) for key, model in models.items()}


def known_slugs(catalogues: dict[str, TermCatalogue]) -> dict[str, set[str]]:
    """The slugs each catalogue knows, keyed as ``catalogues`` is: what a filter accepts."""
    return {key: set(catalogue.slugs()) for key, catalogue in catalogues.items()}


class TagLabels:
    """Free tags named in the visitor's language, one query for all of a page's tags.

    A tag is one taggit row whatever the language; its ``TagLabel`` (matched by slug)
    names it in each language. A tag without a label keeps the name it was typed with,
    marked as the source language's text unless the visitor reads that language.
    """

    def __init__(self, active: Locale, default: Locale) -> None:
        self._labels = TermCatalogue(TagLabel, active, default)
        self._source = "" if active.pk == default.pk else default.language_code

    def term(self, slug: str, name: str) -> Term:
        labelled = self._labels.named([slug])
        return labelled[0] if labelled else Term(slug=slug, name=name, lang=self._source)

    def terms(self, tags: Iterable[tuple[str, str]]) -> list[Term]:
        """``(slug, name)`` pairs as terms, in the alphabetical order of their shown names."""
        named = [self.term(slug, name) for slug, name in tags]
        return sorted(named, key=lambda term: collation_key(term.name))
