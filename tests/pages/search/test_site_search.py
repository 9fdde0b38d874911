"""Site search: every live public page of the site once, in the visitor's language where
it exists, else the source page under the visitor's language; clean excerpts; the
language of each result; a fixed number of queries."""

import re

from django.utils import translation
from django.utils.translation import get_language_info, gettext
from wagtail.models import PageViewRestriction

from hub.demo.factories.blocks import paragraph
from hub.demo.factories.pages import ContentPageFactory, translate
from hub.pages.models import ContentPage
from tests.pages.search.support import result_titles, results, search_html


def german_page(tree, title: str, slug: str, intro: str = "", body: str = "") -> ContentPage:
    """A published page under the German home, not translated."""
    stream = paragraph(f"<p>{body}</p>") if body else []
    return ContentPageFactory(
        parent=tree.homes["de"], title=title, slug=slug, intro=intro, body=stream
    )


def test_each_page_found_once_in_the_visitors_language(client, tree):
    assert result_titles(client, "de", "Vernetzungstreffen") == ["Über uns"]
    # The English and Arabic versions are found through the German text and shown instead
    # of it; Persian and French have none, so they get the German page.
    assert result_titles(client, "en", "Vernetzungstreffen") == ["About us"]
    assert result_titles(client, "ar", "Vernetzungstreffen") == ["من نحن"]
    for code in ("fa", "fr"):
        assert result_titles(client, code, "Vernetzungstreffen") == ["Über uns"]


def test_arabic_word_found_on_arabic_pages(client, tree):
    # With and without the article; the home page has the word in its title.
    for query in ("الشبكة", "شبكة"):
        assert result_titles(client, "ar", query) == ["شبكة الترحيب", "من نحن"]


def test_german_only_page_opens_under_the_visitors_language(client, tree):
    german_page(tree, "Jugendtreff am Hafen", "jugendtreff", "Offener Treff für Jugendliche.")
    [found] = results(client, "ar", "Jugendtreff")
    assert found["url"] == "/ar/jugendtreff/"
    page = client.get(found["url"])
    assert page.status_code == 200
    assert "notice--fallback" in page.content.decode()
    # The language is named in the visitor's language ("الألمانية", not "Deutsch"), and the
    # excerpt is marked as German, left to right, inside the right-to-left page.
    with translation.override("ar"):
        german = str(get_language_info("de")["name_translated"])
        expected = gettext("Text in %(language)s") % {"language": german}
    assert "الألماني" in german
    assert found["badge"] == expected
    assert 'lang="de" dir="ltr"' in found["attrs"]
    own = results(client, "ar", "الشبكة")
    assert all('lang="ar" dir="rtl"' in result["attrs"] for result in own)


def test_results_show_clean_text_with_the_matches_marked(client, tree):
    german_page(
        tree,
        "Lernhilfe",
        "lernhilfe",
        body="Wir treffen uns in der <b>Stadtbibliothek</b> &amp; lernen.",
    )
    [found] = results(client, "de", "stadtbibliothek")
    assert found["excerpt"] == "Wir treffen uns in der <mark>Stadtbibliothek</mark> & lernen."
    html = search_html(client, "de", "stadtbibliothek")
    section = html.split('class="search-results"', 1)[1].split("</ol>", 1)[0]
    for raw in ("&lt;p&gt;", "<b>", "&lt;b&gt;", '"type"', "paragraph"):
        assert raw not in section


def test_search_hides_drafts_and_private_pages(client, tree):
    for code in ("de", "ar"):
        assert result_titles(client, code, "Geheimplan") == []
        assert result_titles(client, code, "Protokoll") == []


def test_unpublished_moved_restricted_and_deleted_pages_leave_the_results(client, tree):
    page = german_page(tree, "Fahrradwerkstatt", "rad")
    assert result_titles(client, "fa", "Fahrradwerkstatt") == ["Fahrradwerkstatt"]
    page.title = "Reparaturcafé"
    page.save_revision().publish()
    assert result_titles(client, "fa", "Fahrradwerkstatt") == []
    assert result_titles(client, "fa", "reparaturcafe") == ["Reparaturcafé"]
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert result_titles(client, "fa", "reparaturcafe") == []
    restriction.delete()
    page.unpublish()
    assert result_titles(client, "fa", "reparaturcafe") == []
    page.save_revision().publish()
    assert result_titles(client, "fa", "reparaturcafe") == ["Reparaturcafé"]
    page.move(tree.private, pos="last-child")
    assert result_titles(client, "fa", "reparaturcafe") == []
    page.refresh_from_db()
    page.delete()
    assert result_titles(client, "fa", "reparaturcafe") == []


def test_search_is_paginated(client, tree):
    home = tree.homes["de"]
    for number in range(12):
        page = home.add_child(
            instance=ContentPage(title=f"Sprachcafé {number}", slug=f"sprachcafe-{number}")
        )
        page.save_revision().publish()
    first = search_html(client, "de", "Sprachcafé")
    assert "12 Ergebnisse" in first or "12 results" in first
    assert 'rel="next"' in first
    second = search_html(client, "de", "Sprachcafé", page=2)
    assert len(re.findall(r'<li class="search-result">', second)) == 2
    # An out-of-range or non-numeric page number shows a valid page, never an error.
    assert client.get("/de/search/", {"q": "Sprachcafé", "page": "x"}).status_code == 200
    assert client.get("/de/search/", {"q": "Sprachcafé", "page": 99}).status_code == 200


def test_query_count_does_not_grow_with_pages_or_results(
    client, tree, django_assert_max_num_queries
):
    def count(code: str) -> int:
        client.get(f"/{code}/search/", {"q": "Beratung"})  # warm per-process caches
        with django_assert_max_num_queries(100) as captured:
            assert client.get(f"/{code}/search/", {"q": "Beratung"}).status_code == 200
        return len(captured)

    german_page(tree, "Beratung", "b")
    before = {code: count(code) for code in ("de", "ar")}
    for number in range(15):
        page = german_page(tree, f"Beratung {number}", f"beratung-{number}", "Migrationsberatung")
        if number % 2:
            translate(page, "ar", title=f"استشارة {number} Beratung", slug=f"b-{number}")
    assert {code: count(code) for code in ("de", "ar")} == before


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
    for query in ("NEAR(", "*", "\x00", "Über uns AND OR NOT", "\u200c", "%", "_", "ـ"):
        assert client.get("/de/search/", {"q": query}).status_code == 200, repr(query)
