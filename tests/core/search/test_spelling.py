"""A query word finds a text however either of them spells the word."""

import pytest

from hub.core.search.fuzzy import close_words
from hub.core.search.normalise import normalised_words
from hub.core.search.terms import parse_query, spaced


def finds(query: str, text: str) -> bool:
    """Whether every word of ``query`` matches the indexed form of ``text``."""
    indexed = spaced(normalised_words(text))
    terms = parse_query(query)
    return bool(terms) and all(term.weight(indexed) for term in terms)


SAME_WORD = [
    # German: umlauts spelt out or not, ß, case, word beginnings, compounds.
    ("Schueler", "Schüler"),
    ("Schüler", "SCHUELER"),
    ("Strasse", "Straße"),
    ("Hausaufgabe", "Hausaufgaben"),
    ("hausaufgaben hilfe", "Hausaufgabenhilfe"),
    ("Caritas", "Caritasverband"),
    ("Beratung", "Migrationsberatung"),
    # French accents and ligatures.
    ("ecole", "l'école"),
    ("école", "ECOLE"),
    ("coeur", "cœur"),
    # Arabic: the article, hamza forms, ta marbuta, alef maksura, diacritics, tatweel.
    ("مساعدة", "المساعدة"),
    ("المساعدة", "مساعدة"),
    ("والمساعدة", "مساعدة"),
    ("استشاره", "استشارة"),
    ("استشارة", "استشاره"),
    ("أسئلة", "اسئلة"),
    ("إسلام", "اسلام"),
    ("آمنة", "امنه"),
    ("مستشفى", "مستشفي"),
    ("مُسَاعَدَة", "مساعدة"),
    ("مساعدة", "مســاعدة"),
    ("مسؤول", "مسوول"),
    # Persian: ye and kaf in their Arabic forms, he with hamza, the zero-width non-joiner.
    ("کلاس", "كلاس"),
    ("كلاس", "کلاس"),
    ("زبان آلمانی", "کلاس زبان آلماني"),
    ("خانه", "خانۀ"),
    ("کتابها", "کتاب‌ها"),
    ("کتاب‌ها", "کتابها"),
    # Digits in any script.
    ("١٢", "Raum 12"),
]


@pytest.mark.parametrize(("query", "text"), SAME_WORD)
def test_spelling_variants_find_each_other(query, text):
    assert finds(query, text)


NOT_THE_SAME = [
    ("Kurs", "Kuss"),  # four letters: no typo tolerance, one letter makes another word
    ("Beratung", "Kleiderkammer"),
    ("مساعدة", "استشارة"),
    ("آلمان", "زمان"),  # آل is not the article
]


@pytest.mark.parametrize(("query", "text"), NOT_THE_SAME)
def test_different_words_stay_apart(query, text):
    assert not finds(query, text)


def test_single_letters_are_not_searched_for_unless_alone():
    assert [term.word for term in parse_query("cours d'allemand")] == ["cours", "allemand"]
    assert [term.word for term in parse_query("d")] == ["d"]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("deutschkrus", "deutschkurs"), ("kleiderkamer", "kleiderkammer"), ("beratnug", "beratung")],
)
def test_small_typos_reach_the_word_meant(typed, meant):
    assert close_words(typed, [meant, "jugendtreff", "hausaufgaben"]) == [meant]


def test_short_words_get_no_typo_tolerance():
    assert close_words("kurs", ["kuss", "kurz"]) == []
