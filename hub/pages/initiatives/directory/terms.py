"""Taxonomy terms named in the visitor's language, one query per taxonomy.

A page usually links the German rows of a taxonomy, but may link another language's row;
the rows of one term share their ``slug`` (a synchronised field) in every language, so
terms are matched by slug — the same key the filter URLs use. Whatever row a page links,
the visitor sees the row of their own language, else the source language's, else
whichever exists: never a term twice, never a German name when a translation exists.
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from wagtail.models import Locale

from hub.pages.initiatives.directory.filters import DIMENSIONS
from hub.snippets.models import SpokenLanguage, TaxonomyTerm

_LEADING_PUNCTUATION = re.compile(r"^\W+")


def collation_key(text: str) -> str:
    """A sort key that orders "Ärztinnen" next to "Arbeit" and ignores opening quotes.

    No ICU is available; casefolding and dropping combining marks gets German, French and
    the Arabic script (whose short vowels are combining marks) into a natural order.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _LEADING_PUNCTUATION.sub("", plain) or plain


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


def term_catalogues(active: Locale, default: Locale) -> dict[str, TermCatalogue]:
    """A catalogue per taxonomy dimension, keyed by the dimension's URL parameter."""
    return {
        dimension.param: TermCatalogue(dimension.model, active, default)
        for dimension in DIMENSIONS
        if dimension.model is not None
    }
