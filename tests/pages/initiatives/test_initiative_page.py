"""An initiative's own page: every field, status notices, languages, related, JSON-LD."""

import json
import re
from datetime import date
from decimal import Decimal

from django.contrib.auth import get_user_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import nested_form_data, rich_text

from hub.demo.factories.pages import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    by_language,
    translate,
)
from hub.demo.factories.snippets import translated_terms
from hub.snippets.models import SpokenLanguage
from tests.module_data import module_data

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
RELATED = re.compile(r'class="initiative-card__title"><a href="([^"]*)"[^>]*>([^<]+)</a>')


def get(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def json_ld(html: str) -> dict:
    blocks = JSON_LD.findall(html)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def related_titles(html: str) -> list[str]:
    section = html.split('id="related-heading"', 1)
    return [title for _url, title in RELATED.findall(section[1])] if len(section) > 1 else []


@module_data
def cafe(tree):
    terms = translated_terms()
    SpokenLanguage.objects.filter(slug="arabisch").update(name_local="العربية")
    SpokenLanguage.objects.filter(slug="farsi").update(name_local="فارسی")
    indexes = by_language(
        InitiativeIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    )
    image = get_image_model().objects.create(
        title="Logo", file=get_test_image_file(size=(400, 300))
    )
    t = terms
    page = InitiativePageFactory(
        parent=indexes["de"],
        title="Sprachcafé Nordstadt",
        slug="sprachcafe",
        summary="Deutsch üben bei Kaffee und Kuchen.",
        description="<p>Seit 2016 treffen sich hier Nachbarinnen und Neuangekommene.</p>",
        image=image,
        terms=[
            t["sprache"],
            t["begleitung"],
            t["nordstadt"],
            t["familien"],
            t["arabisch"],
            t["farsi"],
        ],
        tags=["abends", "Kaffee"],
        involvement="<p>Wir suchen Gesprächspartnerinnen.</p>",
        time_commitment="zwei Stunden pro Woche",
        requirements="Erweitertes Führungszeugnis",
        contact_name="Amal Nasser",
        contact_email="cafe@example.org",
        contact_phone="+49 231 123 45-6",
        website="https://www.sprachcafe.example.org/",
        street_address="Mallinckrodtstraße 12",
        postal_code="44147",
        locality="Dortmund",
        meeting_place="Gemeindesaal, 1. Stock",
        latitude=Decimal("51.523600"),
        longitude=Decimal("7.465500"),
        organisation=tree.about["de"],
    )
    english = translate(
        page,
        "en",
        title="Language Café North End",
        slug="language-cafe",
        summary="Practise German over coffee and cake.",
        description="<p>Neighbours and newcomers have met here since 2016.</p>",
        involvement="<p>We are looking for conversation partners.</p>",
        time_commitment="two hours a week",
        meeting_place="Parish hall, first floor",
    )
    return {"terms": terms, "indexes": indexes, "de": page, "en": english, "image": image}


def test_page_shows_every_field(client, cafe):
    html = get(client, "/de/initiativen/sprachcafe/")
    assert re.search(r"<h1[^>]*>Sprachcafé Nordstadt</h1>", html)
    assert "Deutsch üben bei Kaffee und Kuchen." in html
    assert "Seit 2016 treffen sich hier" in html
    assert re.search(r'<img alt="Sprachcafé Nordstadt"[^>]+src="[^"]+max-640x400', html)
    for name in ("Sprache", "Begleitung", "Nordstadt", "Familien", "Arabisch", "Farsi"):
        assert f">{name}</a>" in html
    assert '<bdi lang="ar">العربية</bdi>' in html and '<bdi lang="fa">فارسی</bdi>' in html
    assert "Wir suchen Gesprächspartnerinnen." in html
    assert "zwei Stunden pro Woche" in html and "Erweitertes Führungszeugnis" in html
    assert "Amal Nasser" in html
    assert '<a href="mailto:cafe@example.org"><bdi>cafe@example.org</bdi></a>' in html
    assert '<a href="tel:+49231123456" dir="ltr"><bdi>+49 231 123 45-6</bdi></a>' in html
    assert (
        '<a href="https://www.sprachcafe.example.org/" rel="noopener" dir="ltr">'
        "<bdi>sprachcafe.example.org</bdi></a>"
    ) in html
    assert "Mallinckrodtstraße 12" in html and "44147 Dortmund" in html
    assert "Gemeindesaal, 1. Stock" in html
    assert (
        'href="https://www.openstreetmap.org/?mlat=51.523600&amp;mlon=7.465500'
        '#map=17/51.523600/7.465500"'
    ) in html
    assert '<a href="/de/ueber-uns/">Über uns</a>' in html
    assert "status-notice" not in html
    # Terms and tags lead back into the directory, filtered.
    assert 'href="/de/initiativen/?category=sprache"' in html
    assert 'href="/de/initiativen/?district=nordstadt"' in html
    assert 'href="/de/initiativen/?language=farsi"' in html
    assert (
        '<a class="term term--tag" href="/de/initiativen/?tag=abends"><bdi>#abends</bdi></a>'
        in html
    )
    assert '<a href="/de/initiativen/" data-directory-link>' in html


def test_optional_parts_are_left_out_when_empty(client, cafe):
    InitiativePageFactory(parent=cafe["indexes"]["de"], title="Kleine Runde", slug="kleine-runde")
    html = get(client, "/de/initiativen/kleine-runde/")
    for marker in ("contact-heading", "place-heading", "openstreetmap", "organisation-heading"):
        assert marker not in html
    assert "<img" not in html.split("<main", 1)[1].split("</main>", 1)[0]
    data = json_ld(html)
    assert data["@type"] == "Organization"
    assert set(data) == {"@context", "@type", "name", "description", "url"}


def test_json_ld_describes_the_initiative(client, cafe):
    data = json_ld(get(client, "/de/initiativen/sprachcafe/"))
    assert data["@context"] == "https://schema.org"
    # Run by a member organisation: a project of that organisation.
    assert data["@type"] == "Project"
    assert data["name"] == "Sprachcafé Nordstadt"
    assert data["description"] == "Deutsch üben bei Kaffee und Kuchen."
    assert data["url"] == "http://localhost/de/initiativen/sprachcafe/"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Mallinckrodtstraße 12",
        "postalCode": "44147",
        "addressLocality": "Dortmund",
    }
    assert data["location"]["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 51.5236,
        "longitude": 7.4655,
    }
    assert data["location"]["name"] == "Gemeindesaal, 1. Stock"
    assert data["email"] == "cafe@example.org"
    assert data["telephone"] == "+49 231 123 45-6"
    assert data["sameAs"] == ["https://www.sprachcafe.example.org/"]
    assert data["areaServed"] == [{"@type": "Place", "name": "Nordstadt"}]
    assert data["knowsLanguage"] == ["ar", "fa"]
    assert data["contactPoint"]["name"] == "Amal Nasser"
    assert data["contactPoint"]["availableLanguage"] == ["ar", "fa"]
    assert data["parentOrganization"] == {
        "@type": "Organization",
        "name": "Über uns",
        "url": "http://testserver/de/ueber-uns/",
    }
    assert data["image"].startswith("http://testserver/") and "max-1200x1200" in data["image"]
    assert data["keywords"] == "abends, Kaffee"


def test_json_ld_cannot_break_out_of_its_script(client, cafe):
    title = "Café </script><script>alert(1)</script> & <!-- Treff"
    InitiativePageFactory(
        parent=cafe["indexes"]["de"], title=title, slug="boese", summary="a < b > c"
    )
    html = get(client, "/de/initiativen/boese/")
    raw = JSON_LD.findall(html)[0]
    assert "<" not in raw and ">" not in raw
    data = json.loads(raw)
    assert data["name"] == title
    assert data["description"] == "a < b > c"


def test_unpublished_organisation_is_not_linked(client, cafe, tree):
    tree.about["de"].unpublish()
    html = get(client, "/de/initiativen/sprachcafe/")
    assert "organisation-heading" not in html
    data = json_ld(html)
    assert data["@type"] == "Organization" and "parentOrganization" not in data


def test_english_translation_shows_english_text_and_terms(client, cafe):
    html = get(client, "/en/initiatives/language-cafe/")
    assert '<html lang="en" dir="ltr">' in html
    assert re.search(r"<h1[^>]*>Language Café North End</h1>", html)
    assert "Practise German over coffee and cake." in html
    assert "Neighbours and newcomers" in html and "Seit 2016" not in html
    assert "two hours a week" in html and "Parish hall, first floor" in html
    for name in ("Language support", "Accompaniment", "North End", "Families", "Arabic"):
        assert f">{name}</a>" in html
    for german in (">Sprache<", ">Nordstadt<", ">Familien<", ">Arabisch<"):
        assert german not in html
    assert "notice--fallback" not in html
    # The organisation is linked in the visitor's language.
    assert '<a href="/en/about-us/">About us</a>' in html
    assert 'href="/en/initiatives/?category=sprache"' in html
    data = json_ld(html)
    assert data["name"] == "Language Café North End"
    assert data["areaServed"] == [{"@type": "Place", "name": "North End"}]


def test_untranslated_initiative_falls_back_with_notice(client, cafe):
    InitiativePageFactory(
        parent=cafe["indexes"]["de"],
        title="Hausaufgabenhilfe",
        summary="Hilfe bei den Hausaufgaben.",
        terms=[cafe["terms"]["sprache"], cafe["terms"]["altstadt"]],
    )
    html = get(client, "/ar/initiativen/hausaufgabenhilfe/")
    assert '<html lang="ar" dir="rtl">' in html
    assert "notice--fallback" in html
    # The initiative's own text is German and marked so; labels and terms are Arabic.
    assert '<h1 lang="de" dir="ltr">Hausaufgabenhilfe</h1>' in html
    assert '<p class="lead" lang="de" dir="ltr">Hilfe bei den Hausaufgaben.</p>' in html
    assert ">دعم اللغة</a>" in html and ">البلدة القديمة</a>" in html
    assert 'href="/ar/initiatives/?category=sprache"' in html
    assert '<a href="/ar/initiatives/" data-directory-link>' in html


def test_translation_reached_through_source_slug_redirects(client, cafe):
    response = client.get("/en/initiativen/sprachcafe/")
    assert response.status_code == 302
    assert response["Location"] == "/en/initiatives/language-cafe/"


def test_paused_and_ended_initiatives_say_so(client, cafe):
    index = cafe["indexes"]["de"]
    InitiativePageFactory(parent=index, title="Pausiert", status="paused")
    InitiativePageFactory(parent=index, title="Vorbei", status="ended", ended_on=date(2024, 3, 31))
    paused = get(client, "/de/initiativen/pausiert/")
    assert "status-notice--paused" in paused
    ended = get(client, "/de/initiativen/vorbei/")
    assert "status-notice--ended" in ended
    assert "31. März 2024" in ended
    assert 'href="/de/initiativen/archive/"' in ended
    data = json_ld(ended)
    assert data["dissolutionDate"] == "2024-03-31"
    english = get(client, "/en/initiativen/vorbei/")
    assert "March 31, 2024" in english


def test_related_initiatives_share_categories(client, cafe):
    index = cafe["indexes"]["de"]
    t = cafe["terms"]
    InitiativePageFactory(parent=index, title="Lotsen", terms=[t["begleitung"], t["sprache"]])
    InitiativePageFactory(parent=index, title="Fußball", slug="fussball", terms=[t["sport"]])
    InitiativePageFactory(
        parent=index,
        title="Alte Runde",
        terms=[t["sprache"]],
        status="ended",
        ended_on=date(2024, 1, 1),
    )
    for name in ("Anna", "Bert", "Cem", "Dora"):
        InitiativePageFactory(parent=index, title=f"Tandem {name}", terms=[t["sprache"]])
    html = get(client, "/de/initiativen/sprachcafe/")
    # Sharing both categories first, then by title; at most four; never itself or ended.
    assert related_titles(html) == ["Lotsen", "Tandem Anna", "Tandem Bert", "Tandem Cem"]
    lotsen = get(client, "/de/initiativen/lotsen/")
    assert related_titles(lotsen)[0] == "Sprachcafé Nordstadt"
    assert "Fußball" not in related_titles(lotsen)
    # In English, the English version of a related initiative is linked.
    english = get(client, "/en/initiativen/lotsen/")
    assert related_titles(english)[0] == "Language Café North End"
    assert 'href="/en/initiatives/language-cafe/"' in english
    assert related_titles(get(client, "/de/initiativen/fussball/")) == []


def test_admin_previews_render(client, cafe):
    """Editors preview unsaved initiatives (terms and tags only in memory) and the index."""
    get_user_model().objects.create_superuser("chefin", "chefin@example.org", "geheim-123")
    client.login(username="chefin", password="geheim-123")
    index = cafe["indexes"]["de"]
    terms = cafe["terms"]
    data = nested_form_data(
        {
            "title": "Vorschau-Café",
            "slug": "vorschau-cafe",
            "summary": "Nur eine Vorschau.",
            "description": rich_text("<p>Noch nicht veröffentlicht.</p>"),
            "tags": "vorschau",
            "status": "paused",
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
        }
    )
    # Multiple choices are repeated keys, which nested_form_data would number.
    data |= {"categories": [terms["sport"].pk], "districts": [terms["altstadt"].pk]}
    url = f"/admin/pages/add/pages/initiativepage/{index.pk}/preview/"
    assert client.post(url, data).json() == {"is_valid": True, "is_available": True}
    html = get(client, url)
    assert "Vorschau-Café" in html and ">Sport</a>" in html and ">Altstadt</a>" in html
    assert "#vorschau" in html and "status-notice--paused" in html
    assert json_ld(html)["name"] == "Vorschau-Café"

    url = f"/admin/pages/{index.pk}/edit/preview/"
    index_data = nested_form_data(
        {
            "title": "Initiativen",
            "slug": "initiativen",
            "intro": rich_text("<p>Neue Einleitung.</p>"),
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
        }
    )
    assert client.post(url, index_data).json()["is_valid"] is True
    html = get(client, url)
    assert "Neue Einleitung." in html and "Sprachcafé Nordstadt" in html
