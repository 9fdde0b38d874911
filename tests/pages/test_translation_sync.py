"""An edit to the German source reaches the Arabic translation through wagtail-localize:
synchronised values (dates, capacity, coordinates, e-mail, URLs, terms, images, tags) are
copied, and what the translator wrote stays — for every page type and snippet.

Each case builds a German page or snippet, translates it into Arabic with wagtail-localize,
translates one text, then edits the source (synchronised values and another text),
publishes, syncs the translation and checks the Arabic copy.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from wagtail.models import Locale, Page

from hub.demo.factories.blocks import paragraph
from hub.demo.factories.events import EventIndexPageFactory, EventPageFactory
from hub.demo.factories.files import ImageFactory
from hub.demo.factories.network import (
    FindHelpPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
)
from hub.demo.factories.pages import (
    ContentPageFactory,
    InitiativeIndexPageFactory,
    InitiativePageFactory,
)
from hub.demo.factories.snippets import translated_terms
from hub.network.models import ContactPerson, Office
from hub.snippets.models import Category, District, SiteFooter, SpokenLanguage, TargetGroup
from tests.module_data import module_data
from tests.pages.localize_support import (
    start_translation,
    sync_translation,
    translate_segment,
    translated,
)

ARABIC = "نص ترجمه المترجم"


@module_data
def world(tree) -> dict:
    return {
        "tree": tree,
        "terms": translated_terms(),
        "images": [ImageFactory(title="Vorher"), ImageFactory(title="Nachher")],
        "initiatives": InitiativeIndexPageFactory(parent=tree.homes["de"], translations=("ar",)),
        "calendar": EventIndexPageFactory(parent=tree.homes["de"], translations=("ar",)),
        "directory": OrganisationIndexPageFactory(parent=tree.homes["de"], translations=("ar",)),
        "finder": FindHelpPageFactory(parent=tree.homes["de"], translations=("ar",)),
    }


def slugs(relation) -> set[str]:
    return {term.slug for term in relation.all()}


@dataclass
class Case:
    """``build`` makes the German object; ``translated_path`` is the text the translator
    translates; ``edit`` changes the source (saved by the test); ``check`` looks at the
    Arabic copy after the sync."""

    build: Any
    translated_path: str
    edit: Any
    check: Any


# --- Index pages and the home page: titles and intros; show_in_menus is synchronised ---


def index_case(key: str) -> Case:
    def build(w):
        return w[key] if key != "home" else w["tree"].homes["de"]

    def edit(page, w):
        page.intro = "<p>Neue Einleitung.</p>"
        page.show_in_menus = not page.show_in_menus

    def check(arabic, source, w):
        assert arabic.intro == "<p>Neue Einleitung.</p>"
        assert arabic.show_in_menus == source.show_in_menus

    return Case(build, "title", edit, check)


# --- Content page: the image inside the body is synchronised with the stream ---


def build_content(w):
    return ContentPageFactory(
        parent=w["tree"].homes["de"],
        body=[
            *paragraph("<p>Wir suchen Ehrenamtliche.</p>"),
            {"type": "image", "value": {"image": w["images"][0].pk, "alt_text": "", "caption": ""}},
        ],
    )


def edit_content(page, w):
    page.body = [
        *paragraph("<p>Wir suchen dringend Ehrenamtliche.</p>"),
        {"type": "image", "value": {"image": w["images"][1].pk, "alt_text": "", "caption": ""}},
    ]
    page.show_in_menus = True


def check_content(arabic, source, w):
    paragraph_block, image_block = arabic.body
    assert "dringend" in str(paragraph_block.value)
    assert image_block.value["image"] == w["images"][1]
    assert arabic.show_in_menus


# --- Initiative ---


def build_initiative(w):
    terms = w["terms"]
    return InitiativePageFactory(
        parent=w["initiatives"],
        title="Sprachcafé",
        summary="Deutsch üben bei Kaffee.",
        description="<p>Jeden Dienstag.</p>",
        terms=[terms["sprache"], terms["nordstadt"], terms["familien"], terms["arabisch"]],
        tags=["kaffee"],
        image=w["images"][0],
        contact_email="cafe@example.org",
        website="https://cafe.example.org",
        latitude=Decimal("52.500000"),
        longitude=Decimal("13.400000"),
    )


def edit_initiative(page, w):
    terms = w["terms"]
    page.description = "<p>Jeden Dienstag und Donnerstag.</p>"
    page.categories.add(terms["begleitung"])
    page.districts.set([terms["altstadt"]])
    page.target_groups.add(terms["frauen"])
    page.spoken_languages.add(terms["farsi"])
    page.tags.add("kuchen")
    page.image = w["images"][1]
    page.contact_email = "sprachcafe@example.org"
    page.website = "https://sprachcafe.example.org"
    page.latitude, page.longitude = Decimal("52.510000"), Decimal("13.410000")
    page.status, page.ended_on = "ended", date(2026, 6, 30)


def check_initiative(arabic, source, w):
    assert arabic.description == "<p>Jeden Dienstag und Donnerstag.</p>"
    assert slugs(arabic.categories) == {"sprache", "begleitung"}
    assert slugs(arabic.districts) == {"altstadt"}
    assert slugs(arabic.target_groups) == {"familien", "frauen"}
    assert slugs(arabic.spoken_languages) == {"arabisch", "farsi"}
    assert {tag.name for tag in arabic.tags.all()} == {"kaffee", "kuchen"}
    assert arabic.image == w["images"][1]
    assert arabic.contact_email == "sprachcafe@example.org"
    assert arabic.website == "https://sprachcafe.example.org"
    assert (arabic.latitude, arabic.longitude) == (Decimal("52.510000"), Decimal("13.410000"))
    assert (arabic.status, arabic.ended_on) == ("ended", date(2026, 6, 30))


# --- Event ---


def build_event(w):
    return EventPageFactory(
        parent=w["calendar"],
        summary="Treffen aller Initiativen.",
        description="<p>Mit Imbiss.</p>",
        categories=[w["terms"]["sprache"]],
        spoken_languages=[w["terms"]["arabisch"]],
        image=w["images"][0],
        capacity=20,
        online_url="https://meet.example.org/alt",
    )


def edit_event(page, w):
    page.description = "<p>Mit Imbiss und Kinderbetreuung.</p>"
    page.starts_on = page.starts_on + timedelta(days=7)
    page.capacity = 35
    page.online_url = "https://meet.example.org/neu"
    page.categories.add(w["terms"]["begleitung"])
    page.spoken_languages.add(w["terms"]["farsi"])
    page.image = w["images"][1]


def check_event(arabic, source, w):
    assert arabic.description == "<p>Mit Imbiss und Kinderbetreuung.</p>"
    assert arabic.starts_on == source.starts_on
    assert arabic.rrule == source.rrule
    assert arabic.capacity == 35
    assert arabic.online_url == "https://meet.example.org/neu"
    assert slugs(arabic.categories) == {"sprache", "begleitung"}
    assert slugs(arabic.spoken_languages) == {"arabisch", "farsi"}
    assert arabic.image == w["images"][1]


# --- Organisation with an office and a contact person ---


def build_organisation(w):
    return OrganisationPageFactory(
        parent=w["directory"],
        title="Caritas Beratung",
        summary="Beratung für Geflüchtete.",
        description="<p>Seit 1990.</p>",
        website="https://caritas.example.org",
        logo=w["images"][0],
        services=[w["terms"]["sprache"]],
        offices=[
            Office(
                name="Beratungsstelle Nordstadt",
                street_address="Nordplatz 1",
                latitude=Decimal("52.500000"),
                longitude=Decimal("13.400000"),
                district=w["terms"]["nordstadt"],
            )
        ],
        contact_persons=[ContactPerson(name="Amal Haddad", email="amal@example.org")],
    )


def edit_organisation(page, w):
    page.description = "<p>Seit 1990 in der Stadt.</p>"
    page.website = "https://caritas.example.net"
    page.logo = w["images"][1]
    page.services.add(w["terms"]["begleitung"])
    office = page.offices.first()
    office.latitude, office.longitude = Decimal("52.520000"), Decimal("13.420000")
    office.district = w["terms"]["altstadt"]
    person = page.contact_persons.first()
    person.email = "haddad@example.org"
    person.phone = "+49 30 555"
    person.languages.add(w["terms"]["farsi"])
    page.offices = [office]
    page.contact_persons = [person]


def check_organisation(arabic, source, w):
    assert arabic.description == "<p>Seit 1990 in der Stadt.</p>"
    assert arabic.website == "https://caritas.example.net"
    assert arabic.logo == w["images"][1]
    assert slugs(arabic.services) == {"sprache", "begleitung"}
    office = arabic.offices.get()
    assert (office.latitude, office.longitude) == (Decimal("52.520000"), Decimal("13.420000"))
    assert office.district.slug == "altstadt"
    assert office.locale.language_code == "ar"
    person = arabic.contact_persons.get()
    assert (person.email, person.phone) == ("haddad@example.org", "+49 30 555")
    assert slugs(person.languages) == {"farsi"}


PAGE_CASES = {
    "HomePage": index_case("home"),
    "ContentPage": Case(build_content, "intro", edit_content, check_content),
    "InitiativeIndexPage": index_case("initiatives"),
    "InitiativePage": Case(build_initiative, "summary", edit_initiative, check_initiative),
    "EventIndexPage": index_case("calendar"),
    "EventPage": Case(build_event, "summary", edit_event, check_event),
    "OrganisationIndexPage": index_case("directory"),
    "OrganisationPage": Case(build_organisation, "summary", edit_organisation, check_organisation),
    "FindHelpPage": index_case("finder"),
}


@pytest.mark.parametrize("case", PAGE_CASES.values(), ids=PAGE_CASES.keys())
def test_source_edits_reach_the_arabic_page_without_overwriting_the_translation(world, case):
    page = case.build(world)
    translation = start_translation(page)
    translate_segment(translation, case.translated_path, ARABIC)
    assert getattr(translated(page), case.translated_path) == ARABIC

    source = Page.objects.get(pk=page.pk).specific
    case.edit(source, world)
    source.save_revision().publish()
    sync_translation(translation)

    arabic = translated(page)
    assert getattr(arabic, case.translated_path) == ARABIC
    case.check(arabic, Page.objects.get(pk=page.pk).specific, world)
    assert arabic.live


# --- Snippets ---


@pytest.mark.parametrize("model", [Category, TargetGroup, District, SpokenLanguage])
def test_taxonomy_terms_keep_their_arabic_name_and_follow_the_source(world, model):
    extra = {"code": "uk"} if model is SpokenLanguage else {}
    term = model.objects.create(
        locale=Locale.objects.get(language_code="de"),
        name="Ukrainisch" if extra else "Wohnen",
        slug="wohnen",
        sort_order=9,
        **extra,
    )
    translation = start_translation(term)
    translate_segment(translation, "name", ARABIC)

    term.slug, term.sort_order = "wohnung", 3
    if model is SpokenLanguage:
        term.code, term.name_local = "uk-UA", "Українська"
    term.save()
    sync_translation(translation)

    arabic = translated(term)
    assert (arabic.name, arabic.slug, arabic.sort_order) == (ARABIC, "wohnung", 3)
    if model is SpokenLanguage:
        assert (arabic.code, arabic.name_local) == ("uk-UA", "Українська")


def test_footer_keeps_its_arabic_name_and_follows_the_contact_details(world):
    footer = SiteFooter.objects.get(locale__language_code="de")
    footer.address = "Marktplatz 1\n12345 Musterstadt"
    footer.save()
    translation = start_translation(footer)
    translate_segment(translation, "name", ARABIC)

    footer.text = "<p>Wir helfen gern.</p>"
    footer.email = "buero@example.org"
    footer.phone = "+49 30 999"
    footer.site = world["tree"].site
    footer.save()
    sync_translation(translation)

    arabic = translated(footer)
    assert arabic.name == ARABIC
    assert arabic.text == "<p>Wir helfen gern.</p>"
    assert (arabic.email, arabic.phone) == ("buero@example.org", "+49 30 999")
    assert arabic.site == world["tree"].site
