"""What a query word matches in a text, and how well.

Indexed text is kept as its normalised words between single spaces, with a space at
both ends (" hausaufgabenhilfe fuer kinder "), so every rule is a plain substring test
that a database runs as ``LIKE '%…%'`` (a trigram index serves it on PostgreSQL) and
Python repeats to rank and to mark words:

- the whole word (weight 3): " kurs ";
- the beginning of a word (2): " caritas" finds "Caritasverband";
- anywhere inside a word (1), for query words of four letters or more: "beratung"
  finds "Migrationsberatung", "مساعده" finds "والمساعده";
- a word a small typo away (1), added by the caller from the index's vocabulary
  (``with_typos``): "deutschkrus" finds "deutschkurs".

An Arabic query word with the article also looks for the word without it.
"""

from dataclasses import dataclass, field

from hub.core.search.normalise import normalise_word, query_words, without_article

MIN_INFIX = 4
WHOLE, PREFIX, INFIX = 3, 2, 1


def _patterns(word: str) -> list[tuple[str, int]]:
    patterns = [(f" {word} ", WHOLE), (f" {word}", PREFIX)]
    if len(word) >= MIN_INFIX:
        patterns.append((word, INFIX))
    return patterns


@dataclass(frozen=True)
class Term:
    """One query word: ``word`` normalised, the ``patterns`` to look for with weights."""

    word: str
    patterns: tuple[tuple[str, int], ...]
    typos: tuple[str, ...] = field(default=())

    @classmethod
    def parse(cls, typed: str) -> "Term":
        word = normalise_word(typed)
        patterns = _patterns(word)
        stem = without_article(typed)
        if stem:
            patterns += _patterns(stem) + [(f" ال{stem} ", WHOLE), (f" ال{stem}", PREFIX)]
        return cls(word, tuple(dict.fromkeys(patterns)))

    def with_typos(self, words: list[str]) -> "Term":
        """This term also matching ``words`` (the index's words a typo away)."""
        typos = tuple(word for word in words if not self.weight(f" {word} "))
        return Term(self.word, self.patterns + tuple((f" {w} ", INFIX) for w in typos), typos)

    def filters(self) -> list[str]:
        """The fewest patterns of which a text must contain one (for the database)."""
        strings = [pattern for pattern, _weight in self.patterns]
        return [s for s in strings if not any(o != s and o in s for o in strings)]

    def weight(self, text: str) -> int:
        """How well this term matches ``text`` (spaced normalised words), 0 if not."""
        return max((weight for pattern, weight in self.patterns if pattern in text), default=0)

    def matches_word(self, word: str) -> bool:
        return self.weight(f" {word} ") > 0


def parse_query(query: str) -> list[Term]:
    """The terms of a query (see ``normalise.query_words`` for which words count)."""
    return [Term.parse(word) for word in query_words(query)]


def spaced(words: list[str]) -> str:
    """Normalised words as the index stores them: distinct, between single spaces."""
    return " " + " ".join(dict.fromkeys(words)) + " " if words else ""
