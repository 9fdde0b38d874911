"""Matching a query against the index: which pages, how well.

Every query word must match (``hub.core.search.terms`` says what matching means); a
query of three words or more where no page has them all finds the pages that have all
but one, so "Hilfe bei den Hausaufgaben" still finds the homework club. A query word
that no indexed word contains is probably mistyped: it also matches the index's words a
small typo away (``hub.core.search.fuzzy``). On PostgreSQL pg_trgm's ``similarity``
picks the candidates from the vocabulary; on SQLite every word of a similar length is a
candidate. Python decides in both cases, so both databases find the same.

The number of queries depends on the number of query words (at most six), never on the
number of pages or results.
"""

from dataclasses import dataclass
from functools import reduce
from operator import and_, or_

from django.db import connection
from django.db.models import FloatField, Func, Q, QuerySet, Value
from django.db.models.functions import Length

from hub.core.search.fuzzy import allowed_edits, close_words
from hub.core.search.terms import Term, parse_query
from hub.pages.models import SearchEntry, SearchWord

# pg_trgm similarity below which a vocabulary word is not even compared: low, because
# Python checks the edit distance anyway and short words share few trigrams.
MIN_SIMILARITY = 0.2
TITLE_FACTOR = 2


class Similarity(Func):
    function = "similarity"
    output_field = FloatField()


@dataclass(frozen=True)
class Hit:
    """One matching language version of a page."""

    page_id: int
    translation_key: object
    locale_id: int
    score: int


def _word_q(pattern: str) -> Q:
    """A ``SearchWord`` condition equal to ``pattern`` on " word "."""
    word = pattern.strip(" ")
    if pattern.startswith(" ") and pattern.endswith(" "):
        return Q(word=word)
    if pattern.startswith(" "):
        return Q(word__startswith=word)
    return Q(word__contains=word)


def _is_known(term: Term) -> bool:
    return SearchWord.objects.filter(reduce(or_, map(_word_q, term.filters()))).exists()


def _near_words(word: str) -> list[str]:
    limit = allowed_edits(word)
    words = SearchWord.objects.annotate(length=Length("word")).filter(
        length__gte=len(word) - limit, length__lte=len(word) + limit
    )
    if connection.vendor == "postgresql":
        words = words.annotate(similarity=Similarity("word", Value(word))).filter(
            similarity__gte=MIN_SIMILARITY
        )
    return close_words(word, list(words.values_list("word", flat=True)))


def with_typos(terms: list[Term]) -> list[Term]:
    """The terms, each unknown one also matching the index's words a typo away."""
    return [
        term.with_typos(_near_words(term.word))
        if allowed_edits(term.word) and not _is_known(term)
        else term
        for term in terms
    ]


def _term_q(term: Term) -> Q:
    return reduce(or_, (Q(words__contains=pattern) for pattern in term.filters()))


def _score(terms: list[Term], title_words: str, words: str) -> tuple[int, int]:
    """(terms matched, score): whole words over prefixes over inner parts, titles
    counting ``TITLE_FACTOR`` times more."""
    matched = score = 0
    for term in terms:
        weight = term.weight(words)
        if weight:
            matched += 1
            score += weight + TITLE_FACTOR * term.weight(title_words)
    return matched, score


def find(query: str, pages: QuerySet) -> tuple[list[Term], list[Hit]]:
    """The terms of ``query`` and the versions among ``pages`` it matches, unordered."""
    terms = with_typos(parse_query(query))
    if not terms:
        return [], []
    entries = SearchEntry.objects.filter(page__in=pages.order_by().values("pk"))
    hits = _hits(terms, entries.filter(reduce(and_, map(_term_q, terms))), len(terms))
    if not hits and len(terms) >= 3:
        hits = _hits(terms, entries.filter(reduce(or_, map(_term_q, terms))), len(terms) - 1)
    return terms, hits


def _hits(terms: list[Term], entries: QuerySet, required: int) -> list[Hit]:
    rows = entries.values_list(
        "page_id", "page__translation_key", "page__locale_id", "title_words", "words"
    )
    hits = []
    for page_id, key, locale_id, title_words, words in rows:
        matched, score = _score(terms, title_words, words)
        if matched >= required:
            hits.append(Hit(page_id, key, locale_id, score))
    return hits


def matching_keys(query: str, pages: QuerySet) -> set:
    """The translation keys of ``pages`` whose text in any language matches ``query``."""
    _terms, hits = find(query, pages)
    return {hit.translation_key for hit in hits}


def marks(terms: list[Term]):
    """Whether a normalised word of a text is one to mark in an excerpt."""

    def matches(word: str) -> bool:
        return any(term.matches_word(word) for term in terms)

    return matches
