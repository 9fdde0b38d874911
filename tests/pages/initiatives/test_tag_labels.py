"""Free tags speak the visitor's language: on the initiative page, in its JSON-LD, in the
directory's filter options and chips — German only where no label exists yet."""

import json
import re

from hub.demo.factories.pages import InitiativeIndexPageFactory, InitiativePageFactory, by_language
from hub.demo.factories.snippets import TagLabelFactory
from tests.module_data import module_data

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


@module_data
def tagged(tree):
    indexes = by_language(
        InitiativeIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    )
    TagLabelFactory(
        slug="abends",
        name="abends",
        translations={"en": "evenings", "ar": "مساءً"},
    )
    InitiativePageFactory(
        parent=indexes["de"],
        title="Sprachcafé",
        slug="sprachcafe",
        tags=["abends", "Kaffee"],
    )
    return indexes


def html(client, url: str) -> str:
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    return response.content.decode()


def test_initiative_page_names_tags_in_the_visitors_language(client, tagged):
    page = html(client, "/ar/initiativen/sprachcafe/")
    assert "<bdi>#مساءً</bdi>" in page
    assert "#abends" not in page
    # A tag nobody has labelled yet keeps its German name, marked as German.
    assert '<bdi lang="de">#Kaffee</bdi>' in page
    assert 'href="/ar/initiatives/?tag=abends"' in page
    keywords = json.loads(JSON_LD.findall(page)[0])["keywords"]
    assert "مساءً" in keywords and "abends" not in keywords


def test_german_page_shows_the_german_label(client, tagged):
    page = html(client, "/de/initiativen/sprachcafe/")
    assert "<bdi>#abends</bdi>" in page and "<bdi>#Kaffee</bdi>" in page


def test_directory_filters_and_chips_name_tags_in_the_visitors_language(client, tagged):
    page = html(client, "/en/initiatives/?tag=abends")
    option = re.search(
        r'name="tag" value="abends"[^>]*>\s*<span class="filters__name">(.*?)</span></span>',
        page,
        re.S,
    )
    assert option and "evenings" in option.group(1)
    chip = re.search(r'class="chip"[^>]*>.*?</a>', page, re.S).group(0)
    assert "evenings" in chip and "abends" not in chip
    kaffee = re.search(
        r'name="tag" value="kaffee"[^>]*>\s*<span class="filters__name">(.*?)</span></span>',
        page,
        re.S,
    )
    assert kaffee and '<span lang="de"' in kaffee.group(1) and "Kaffee" in kaffee.group(1)
