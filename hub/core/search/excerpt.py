"""A short piece of a page's text around the first word a query matched, matches marked.

The text is the page's plain text (``hub.pages.search`` strips markup when indexing); the
excerpt is escaped here, and only the ``<mark>`` elements are markup.
"""

from collections.abc import Callable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from hub.core.search.normalise import word_spans

EXCERPT_WORDS = 30


def excerpt(text: str, matches: Callable[[str], bool], size: int = EXCERPT_WORDS) -> SafeString:
    """About ``size`` words of ``text``: from a little before the first word for which
    ``matches(normalised word)`` is true (else from the start), matched words in
    ``<mark>``, with "…" where text was cut."""
    spans = word_spans(text)
    if not spans:
        return mark_safe("")
    hits = [index for index, (_s, _e, word) in enumerate(spans) if matches(word)]
    first = max(0, hits[0] - size // 4) if hits else 0
    last = min(len(spans), first + size)
    start = spans[first][0] if first else 0
    end = spans[last - 1][1] if last < len(spans) else len(text)
    parts = ["… " if first else ""]
    position = start
    for word_start, word_end, word in spans[first:last]:
        if matches(word):
            parts.append(escape(text[position:word_start]))
            parts.append(f"<mark>{escape(text[word_start:word_end])}</mark>")
            position = word_end
    parts.append(escape(text[position:end]))
    if last < len(spans):
        parts.append(" …")
    return mark_safe(" ".join("".join(parts).split()))  # noqa: S308 - every part is escaped
