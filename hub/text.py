"""Cleaning what visitors type before it reaches the database."""

import unicodedata


def printable(value: str) -> str:
    """``value`` without control characters: a NUL byte alone makes PostgreSQL refuse a
    query and SQLite's full-text search fail. (Format characters such as the zero-width
    non-joiner stay: Persian spelling needs it.)"""
    return "".join(char for char in value if unicodedata.category(char) != "Cc")


def search_words(value: str, max_length: int) -> str:
    """A search box's text as plain words: no control characters, single spaces, at most
    ``max_length`` characters, and no double quotes (a stray one is a syntax error for
    SQLite's full-text MATCH; nobody needs phrase search on a site of this size)."""
    return " ".join(printable(value).replace('"', " ").split())[:max_length].strip()
