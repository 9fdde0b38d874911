"""Cleaning what visitors type before it reaches the database, a page title or an e-mail."""

import re
import unicodedata

# Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder the text
# around them: "\u202egnp.exe" shows as "exe.png", a name can flip the sentence it is
# quoted in. People never need to type them; the page isolates names with <bdi> instead.
# (The marks U+200E/U+200F and the zero-width non-joiner U+200C, which Persian spelling
# needs, reorder nothing and stay.)
BIDI_CONTROLS = frozenset(chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
# Line breaks of every kind: CR, LF, CR LF, vertical tab, form feed, NEL, U+2028, U+2029.
_LINE_BREAK = re.compile(r"\r\n|[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")


def printable(value: str) -> str:
    """``value`` without control characters: a NUL byte alone makes PostgreSQL refuse a
    query and SQLite's full-text search fail. (Format characters such as the zero-width
    non-joiner stay: Persian spelling needs it.)"""
    return "".join(char for char in value if unicodedata.category(char) != "Cc")


def _without_controls(value: str, keep: str = "") -> str:
    """Tabs become spaces; other control characters (but those in ``keep``) and bidi
    controls go."""
    return "".join(
        char
        for char in value.replace("\t", " ")
        if char in keep or (unicodedata.category(char) != "Cc" and char not in BIDI_CONTROLS)
    )


def single_line(value: str) -> str:
    """One line for names, titles, subjects: no control characters, no line breaks (a
    CR LF in a name must never start a new e-mail header), no bidi controls, and single
    spaces between words."""
    return " ".join(_without_controls(_LINE_BREAK.sub(" ", value)).split())


def multi_line(value: str) -> str:
    """Text with paragraphs: line breaks stay (as ``\\n``), control characters and bidi
    controls go."""
    return _without_controls(_LINE_BREAK.sub("\n", value), keep="\n")


def search_words(value: str, max_length: int) -> str:
    """A search box's text as plain words: no control characters, single spaces, at most
    ``max_length`` characters, and no double quotes (a stray one is a syntax error for
    SQLite's full-text MATCH; nobody needs phrase search on a site of this size)."""
    return " ".join(printable(value).replace('"', " ").split())[:max_length].strip()
