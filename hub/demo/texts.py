"""Translatable demo texts and the tables that look their translations up.

wagtail-localize stores every segment as an HTML fragment: plain text is escaped (line
breaks become ``<br/>``) and rich text keeps its inline tags, with links reduced to
``<a id="a1">…</a>``. A ``Text`` knows which of the two it is, so its German original is
exactly the string wagtail-localize extracts and its translations are stored in the same
form. That is what lets a table keyed by the German string find every segment — and fail
loudly when one has no translation.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from wagtail_localize.strings import StringValue

from hub.settings.languages import EASY_GERMAN

# The languages this package has translations for, besides the German source.
TRANSLATED_LANGUAGES = ("en", "ar", "fa", "fr", EASY_GERMAN)
# A language code that is no Python name is written as this field of ``Text``.
_FIELDS = {EASY_GERMAN: "easy"}


def field_of(code: str) -> str:
    """The name under which a text's or a spec's ``code`` version is written."""
    return _FIELDS.get(code, code)


@dataclass(frozen=True)
class Text:
    """One translatable segment: German source and its translations.

    A language left out (``None``) has no translation: objects with such texts are only
    translated into the languages they have, and anywhere else show the German text.
    ``links`` names the targets of ``<a id="a1">``, ``<a id="a2">``… in rich text, in
    order: a demo page key (``"contact"``) or an address (``"mailto:…"``).

    ``easy`` is the Easy German version (``de-x-einfach``): only the pages a newcomer
    needs first have one; the others show the German page there.
    """

    de: str
    en: str | None = None
    ar: str | None = None
    fa: str | None = None
    fr: str | None = None
    easy: str | None = None
    html: bool = False
    links: tuple[str, ...] = ()

    def in_language(self, code: str) -> str:
        known = code == "de" or code in TRANSLATED_LANGUAGES
        value = getattr(self, field_of(code)) if known else None
        if value is None:
            raise KeyError(code)
        return value

    def has(self, code: str) -> bool:
        return code == "de" or (
            code in TRANSLATED_LANGUAGES and getattr(self, field_of(code)) is not None
        )

    def segment(self, code: str) -> str:
        """The text in ``code`` as wagtail-localize stores a segment."""
        value = self.in_language(code)
        if self.html:
            return StringValue.from_translated_html(value).data
        return StringValue.from_plaintext(value).data


def plain(*, de: str, en: str, ar: str, fa: str, fr: str, easy: str | None = None) -> Text:
    """A plain-text segment: titles, slugs, teasers, headings, quotes, buttons."""
    return Text(de=de, en=en, ar=ar, fa=fa, fr=fr, easy=easy)


def rich(
    *,
    de: str,
    en: str,
    ar: str,
    fa: str,
    fr: str,
    easy: str | None = None,
    links: tuple[str, ...] = (),
) -> Text:
    """A rich-text segment: the inside of one ``<p>`` or ``<li>``."""
    return Text(de=de, en=en, ar=ar, fa=fa, fr=fr, easy=easy, html=True, links=links)


def languages_of(texts: Iterable[Text]) -> tuple[str, ...]:
    """The languages every one of ``texts`` is written in: an object is translated into
    these (a page half in Easy German would be worse than the German page)."""
    texts = list(texts)
    return tuple(code for code in TRANSLATED_LANGUAGES if all(text.has(code) for text in texts))


def _segment_or_none(text: Text, code: str) -> str | None:
    return text.segment(code) if text.has(code) else None


class MissingTranslationsError(LookupError):
    def __init__(self, label: str, code: str, strings: list[str]):
        self.strings = strings
        listing = "\n".join(f"  - {string!r}" for string in strings)
        super().__init__(f"No {code!r} translation for these German strings of {label}:\n{listing}")


class TranslationTable:
    """The translations of one demo object, keyed by the German segment."""

    def __init__(self, label: str, texts: Iterable[Text]):
        self.label = label
        self._texts: dict[str, Text] = {}
        for text in texts:
            key = text.segment("de")
            known = self._texts.setdefault(key, text)
            if known != text and any(
                _segment_or_none(known, code) != _segment_or_none(text, code)
                for code in TRANSLATED_LANGUAGES
            ):
                raise ValueError(f"{label}: {key!r} is translated in two different ways")

    def translate(self, code: str, german_segments: Iterable[str]) -> dict[str, str]:
        """Map each German segment to its ``code`` translation; all or nothing."""
        result: dict[str, str] = {}
        missing: list[str] = []
        for german in german_segments:
            text = self._texts.get(german)
            if text is None or not text.has(code):
                missing.append(german)
            else:
                result[german] = text.segment(code)
        if missing:
            raise MissingTranslationsError(self.label, code, missing)
        return result
