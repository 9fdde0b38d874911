"""Excerpts are plain, escaped text around the first match, with the matches marked."""

from hub.core.search.excerpt import excerpt
from hub.core.search.terms import parse_query


def matcher(query: str):
    terms = parse_query(query)
    return lambda word: any(term.matches_word(word) for term in terms)


def test_matched_words_are_marked_and_everything_else_escaped():
    html = excerpt("Hilfe <b>bei</b> den Hausaufgaben & mehr", matcher("hausaufgabe"))
    assert html == "Hilfe &lt;b&gt;bei&lt;/b&gt; den <mark>Hausaufgaben</mark> &amp; mehr"


def test_excerpt_starts_near_the_match_in_long_texts():
    text = " ".join(f"Wort{number}" for number in range(100)) + " Kleiderkammer am Ende."
    html = excerpt(text, matcher("kleiderkamm"))
    assert html.startswith("… ")
    assert "<mark>Kleiderkammer</mark>" in html
    assert "Wort0 " not in html


def test_arabic_match_marked_with_its_article_and_diacritics():
    html = excerpt("نقدّم المُساعدة للعائلات", matcher("مساعدة"))
    assert "<mark>المُساعدة</mark>" in html


def test_without_match_the_excerpt_is_the_beginning():
    text = " ".join(f"w{number}" for number in range(50))
    html = excerpt(text, matcher("nichts"))
    assert html.startswith("w0 w1") and html.endswith(" …")
