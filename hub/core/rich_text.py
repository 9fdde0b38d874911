"""Plain text from the public forms into rich text fields, and back for corrections.

The public types plain text: no markup is accepted from them. A blank line starts a new
paragraph and a single line break stays a line break; everything is escaped. For the
correction form the page's rich text is turned back into the same plain text, so that an
unchanged field can be recognised and the editors' formatting (links, lists) kept.
"""

import re
from html import escape
from html.parser import HTMLParser

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")
_BLOCKS = {"p", "h2", "h3", "h4", "li", "blockquote", "ul", "ol"}


def text_to_richtext(text: str) -> str:
    """Escaped paragraphs (``<p>…</p>``) from plain text; empty text stays empty."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return ""
    paragraphs = [part.strip() for part in _PARAGRAPH_BREAK.split(text) if part.strip()]
    return "".join(
        "<p>" + "<br/>".join(escape(line.strip()) for line in part.split("\n")) + "</p>"
        for part in paragraphs
    )


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []

    def _flush(self) -> None:
        block = "".join(self.current).strip()
        if block:
            self.blocks.append(block)
        self.current = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "br":
            self.current.append("\n")
        elif tag in _BLOCKS:
            self._flush()
            if tag == "li":
                self.current.append("- ")

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        self.current.append(data)


def richtext_to_text(html: str) -> str:
    """Plain text of rich text: paragraphs separated by blank lines, list items as "- "."""
    parser = _TextExtractor()
    parser.feed(html or "")
    parser.close()
    parser._flush()
    return "\n\n".join(parser.blocks)


def same_text(first: str, second: str) -> bool:
    """Whether two plain texts differ at most in whitespace."""
    return " ".join(first.split()) == " ".join(second.split())
