"""Site search returns pages in the visitor's language only."""

import re

from hub.pages.models import ContentPage


def result_titles(client, code: str, query: str) -> list[str]:
    response = client.get(f"/{code}/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    results = html.split('class="search-results"', 1)
    if len(results) == 1:
        return []
    return re.findall(r"<h3><a [^>]+>([^<]+)</a></h3>", results[1])


def test_german_word_found_only_on_german_pages(client, tree):
    assert result_titles(client, "de", "Vernetzungstreffen") == ["Über uns"]
    for code in ("en", "ar", "fa", "fr"):
        assert result_titles(client, code, "Vernetzungstreffen") == []


def test_arabic_word_found_on_arabic_pages(client, tree):
    assert result_titles(client, "ar", "الشبكة") == ["من نحن"]
    assert result_titles(client, "de", "الشبكة") == []


def test_search_hides_drafts_and_private_pages(client, tree):
    assert result_titles(client, "de", "Geheimplan") == []
    assert result_titles(client, "de", "Protokoll") == []


def test_search_is_paginated(client, tree):
    home = tree.homes["de"]
    for number in range(12):
        page = home.add_child(
            instance=ContentPage(title=f"Sprachcafé {number}", slug=f"sprachcafe-{number}")
        )
        page.save_revision().publish()
    first = client.get("/de/search/", {"q": "Sprachcafé"}).content.decode()
    assert "12 Ergebnisse" in first or "12 results" in first
    assert 'rel="next"' in first
    second = client.get("/de/search/", {"q": "Sprachcafé", "page": 2}).content.decode()
    assert len(re.findall(r"<h3><a ", second)) == 2
    # An out-of-range or non-numeric page number shows a valid page, never an error.
    assert client.get("/de/search/", {"q": "Sprachcafé", "page": "x"}).status_code == 200
    assert client.get("/de/search/", {"q": "Sprachcafé", "page": 99}).status_code == 200


def test_empty_query_shows_the_form_only(client, tree):
    html = client.get("/de/search/").content.decode()
    assert 'id="search-q"' in html
    assert "search-results" not in html


def test_odd_input_is_searched_as_plain_words(client, tree):
    # Quotes, NUL bytes and full-text operators must neither fail nor change the meaning.
    for query in ('"Vernetzungstreffen', 'Vernetzungs"treffen', "Vernetzungstreffen\x00"):
        response = client.get("/de/search/", {"q": query})
        assert response.status_code == 200, repr(query)
    assert result_titles(client, "de", '"Vernetzungstreffen"') == ["Über uns"]
    assert result_titles(client, "de", "Vernetzungstreffen\x00") == ["Über uns"]
    for query in ("NEAR(", "*", "\x00", "Über uns AND OR NOT", "\u200c"):
        assert client.get("/de/search/", {"q": query}).status_code == 200, repr(query)
