"""What the demo pages consist of, independent of the database.

A spec names other demo pages by key (``"contact"``); ``raw`` turns it into the stored
StreamField/rich-text form once those pages exist. Block ids are derived from the page
key and position, so the same content always serialises identically — that is how a
second run of the command recognises that nothing changed.
"""

import re
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from django.utils.html import escape

from hub.demo.texts import Text

DEMO_NAMESPACE = uuid.UUID("6f1d2c8e-3b7a-4c55-9a41-0c7e5d2b8f10")

# Demo page key -> primary key of its German page.
PageIds = Mapping[str, int]

_LINK = re.compile(r'<a id="a(\d+)">')


def stable_uuid(name: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, name)


def source_html(text: Text, pages: PageIds) -> str:
    """The German rich text of ``text`` with its ``<a id="aN">`` made real links."""

    def link(match: re.Match) -> str:
        target = text.links[int(match.group(1)) - 1]
        # An address ("mailto:…", or a path such as "/report-a-barrier/"), else a page key.
        if ":" in target or target.startswith("/"):
            return f'<a href="{escape(target)}">'
        return f'<a linktype="page" id="{pages[target]}">'

    html = _LINK.sub(link, text.de)
    if html.count("<a ") != len(text.links):
        raise ValueError(f"Links and targets do not match in {text.de!r}")
    return html


@dataclass(frozen=True)
class Bullets:
    items: tuple[Text, ...]


@dataclass(frozen=True)
class Paragraph:
    """A rich-text block: paragraphs (``Text``) and bullet lists, in order."""

    parts: tuple[Text | Bullets, ...]

    def texts(self) -> Iterator[Text]:
        for part in self.parts:
            yield from part.items if isinstance(part, Bullets) else (part,)

    def html(self, pages: PageIds) -> str:
        chunks = []
        for part in self.parts:
            if isinstance(part, Bullets):
                items = "".join(f"<li>{source_html(item, pages)}</li>" for item in part.items)
                chunks.append(f"<ul>{items}</ul>")
            else:
                chunks.append(f"<p>{source_html(part, pages)}</p>")
        return "".join(chunks)

    def raw(self, pages: PageIds) -> tuple[str, object]:
        return "paragraph", self.html(pages)


def paragraph(*parts: Text | Bullets) -> Paragraph:
    return Paragraph(parts=parts)


def bullets(*items: Text) -> Bullets:
    return Bullets(items=items)


@dataclass(frozen=True)
class Heading:
    text: Text
    level: str = "h2"

    def texts(self) -> Iterator[Text]:
        yield self.text

    def raw(self, pages: PageIds) -> tuple[str, object]:
        return "heading", {"text": self.text.de, "level": self.level}


@dataclass(frozen=True)
class Quote:
    text: Text
    attribution: Text

    def texts(self) -> Iterator[Text]:
        yield from (self.text, self.attribution)

    def raw(self, pages: PageIds) -> tuple[str, object]:
        return "quote", {"text": self.text.de, "attribution": self.attribution.de}


@dataclass(frozen=True)
class CallToAction:
    title: Text
    text: Text
    button_label: Text
    page: str

    def texts(self) -> Iterator[Text]:
        yield from (self.title, self.text, self.button_label)

    def raw(self, pages: PageIds) -> tuple[str, object]:
        return "call_to_action", {
            "title": self.title.de,
            "text": self.text.de,
            "button_label": self.button_label.de,
            "page": pages[self.page],
            "url": "",
        }


@dataclass(frozen=True)
class Highlight:
    title: Text
    text: Text
    page: str

    def texts(self) -> Iterator[Text]:
        yield from (self.title, self.text)

    def raw(self, pages: PageIds) -> tuple[str, object]:
        return "highlight", {"title": self.title.de, "text": self.text.de, "page": pages[self.page]}


Block = Heading | Paragraph | Quote | CallToAction | Highlight


def stream(owner: str, blocks: tuple[Block, ...], pages: PageIds) -> list[dict]:
    """Raw StreamField data with ids that stay the same from run to run."""
    data = []
    for index, block in enumerate(blocks):
        block_type, value = block.raw(pages)
        block_id = str(stable_uuid(f"{owner}:{index}:{block_type}"))
        data.append({"type": block_type, "value": value, "id": block_id})
    return data


@dataclass(frozen=True)
class PageSpec:
    """A demo page: ``intro`` is plain text on content pages, rich text on the home page."""

    key: str
    title: Text
    slug: Text
    intro: Text | Paragraph
    body: tuple[Block, ...] = ()
    highlights: tuple[Highlight, ...] = ()
    show_in_menus: bool = True

    def texts(self) -> Iterator[Text]:
        yield from (self.title, self.slug)
        if isinstance(self.intro, Paragraph):
            yield from self.intro.texts()
        else:
            yield self.intro
        for block in (*self.body, *self.highlights):
            yield from block.texts()


@dataclass(frozen=True)
class FooterSpec:
    name: Text
    text: Paragraph
    address: Text
    email: str
    phone: str

    def texts(self) -> Iterator[Text]:
        yield from (self.name, *self.text.texts(), self.address)
