"""One spelling for every way people write a word, so that text and query meet.

Applied to the indexed text and to the query alike, word by word:

- Unicode compatibility forms (Arabic presentation forms, ligatures, full-width letters)
  become plain letters, and case is folded (``ß`` → ``ss``).
- German umlauts are spelt out (``ä`` → ``ae``…), so "Schueler" and "Schüler" meet;
  then every other accent goes (``école`` → ``ecole``), ``œ``/``æ`` are spelt out.
- Arabic and Persian: diacritics (tashkeel), the tatweel and the zero-width non-joiner
  go; hamza carriers become their base letter (``أ إ آ ٱ`` → ``ا``, ``ؤ`` → ``و``,
  ``ئ`` → ``ي``, a lone ``ء`` goes); Persian and Arabic ya (``ی ى ي``) and kaf (``ک ك``)
  are one letter each; ta marbuta and the Persian he forms become ``ه``. All digits
  become ASCII digits.

The Arabic article stays in the indexed text; a query word written with it also looks
for the word without (``without_article``), and one written without it is found inside
the text's word with it, so "مساعدة" and "المساعدة" find each other.

Changing these rules changes what the index holds: raise ``VERSION`` so that
``hub.pages.search`` re-indexes every page on the next ``migrate``.
"""

import re
import unicodedata

VERSION = 1

# Word characters of the original text, including the marks and joiners that the rules
# above remove (a diacritic or a ZWNJ in the middle must not split a word).
_WORD = re.compile(
    r"(?:[^\W_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d\u00ad])+"
)
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "œ": "oe", "æ": "ae"})
_LETTERS = str.maketrans(
    {
        "ٱ": "ا",  # alef wasla
        "ٲ": "ا",
        "ٳ": "ا",
        "ى": "ي",  # alef maksura
        "ی": "ي",  # Persian ye
        "ې": "ي",
        "ۍ": "ي",
        "ک": "ك",  # Persian kaf
        "ة": "ه",  # ta marbuta
        "ە": "ه",  # what is left of heh with yeh above (ۀ) once the hamza has gone
        "ہ": "ه",
        "ۃ": "ه",
        "ھ": "ه",
        "ء": "",
        "ـ": "",  # tatweel
    }
)
_ARTICLES = ("وال", "بال", "فال", "كال", "ال")
# An article is only taken off when a word of at least this many letters is left, so that
# short words beginning with the same letters ("الم", "والد") stay whole.
_MIN_STEM = 3
# The article is written with a bare alef: "آلمان" and "ألم" begin with another letter.
_ALEF_MARKS = ("\u0653", "\u0654", "\u0655")


def _decomposed(word: str) -> str:
    return unicodedata.normalize("NFD", unicodedata.normalize("NFKC", word).casefold())


def normalise_word(word: str) -> str:
    """The index form of one word as the tokenizer found it ("" if nothing is left)."""
    word = unicodedata.normalize("NFKC", word).casefold().translate(_GERMAN)
    chars = []
    for char in unicodedata.normalize("NFD", word):
        category = unicodedata.category(char)
        if category in ("Mn", "Me", "Cf"):
            continue
        if category == "Nd":
            char = str(unicodedata.decimal(char))
        chars.append(char)
    return "".join(chars).translate(_LETTERS)


def without_article(word: str) -> str:
    """The normalised word without the Arabic article it was written with
    ("المساعدة" → "مساعده", "والمساعدة" → "مساعده"), or "" if it has none."""
    normalised = normalise_word(word)
    decomposed = _decomposed(word)
    if decomposed[1:2] in _ALEF_MARKS:
        return ""
    for article in _ARTICLES:
        if normalised.startswith(article) and len(normalised) - len(article) >= _MIN_STEM:
            return normalised[len(article) :]
    return ""


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, normalised)`` of every word in ``text`` that leaves something."""
    spans = []
    for match in _WORD.finditer(text):
        normalised = normalise_word(match.group())
        if normalised:
            spans.append((match.start(), match.end(), normalised))
    return spans


def normalised_words(text: str) -> list[str]:
    """The index forms of the words of ``text``, in order, repeats included."""
    return [normalised for _start, _end, normalised in word_spans(text)]


def query_words(query: str, limit: int = 6) -> list[str]:
    """The distinct words of a query as typed (not normalised), at most ``limit``.

    Single letters (the "d" of "d'allemand", a stray "و") are dropped unless nothing
    else is left: they would match almost everything.
    """
    seen: dict[str, str] = {}
    for match in _WORD.finditer(query):
        normalised = normalise_word(match.group())
        if normalised and normalised not in seen:
            seen[normalised] = match.group()
    longer = [word for normalised, word in seen.items() if len(normalised) > 1]
    return (longer or list(seen.values()))[:limit]
