"""The finder's test data: two organisations of the test site with three offices in two
districts and two languages, a draft, the finder page in German and Arabic, and a second
site (another municipality) with an organisation of its own."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

from wagtail.models import Locale, Page, Site

from hub.demo.factories.network import (
    FindHelpPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
)
from hub.demo.factories.pages import translate
from hub.demo.factories.snippets import translated_terms
from hub.network.models import (
    FindHelpPage,
    HoursKind,
    Office,
    OfficeHours,
    OrganisationIndexPage,
)
from hub.pages.models import HomePage
from tests.module_data import module_data

# A Monday: the Caritas office (Mon, Fri 9–12) is open, the others are not.
MONDAY_10 = datetime(2026, 11, 30, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
OTHER_HOST = "anderstadt.example"


def office(name: str, district, languages: list, *, weekday: str, **fields) -> Office:
    opens, closes = fields.pop("opens", time(9)), fields.pop("closes", time(12))
    return Office(
        name=name,
        street_address=fields.pop("street_address", "Nordplatz 1"),
        postal_code="12345",
        locality="Musterstadt",
        district=district,
        hours=[
            OfficeHours(
                kind=HoursKind.WEEKLY,
                opens=opens,
                closes=closes,
                languages=languages,
                mediator=fields.pop("mediator", False),
                **{weekday: True},
            )
        ],
        **fields,
    )


def other_site() -> HomePage:
    """A second municipality in the same installation, with its own organisation."""
    german = Locale.objects.get(language_code="de")
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Anderstadt", slug="anderstadt", locale=german)
    )
    home.save_revision().publish()
    Site.objects.create(hostname=OTHER_HOST, port=80, root_page=home)
    directory = home.add_child(
        instance=OrganisationIndexPage(title="Organisationen", slug="organisationen")
    )
    directory.save_revision().publish()
    OrganisationPageFactory(
        parent=directory,
        title="Anderstädter Beratung",
        offices=[office("Büro Anderstadt", None, [], weekday="monday")],
    )
    finder = home.add_child(instance=FindHelpPage(title="Hilfe finden", slug="hilfe-finden"))
    finder.save_revision().publish()
    return home


@module_data
def finder_site(tree) -> dict:
    terms = translated_terms()
    arabic, farsi = terms["arabisch"], terms["farsi"]
    directory = OrganisationIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    caritas = OrganisationPageFactory(
        parent=directory,
        title="Caritas Beratung",
        slug="caritas",
        services=[terms["sprache"]],
        offices=[
            office(
                "Beratungsstelle Nordstadt",
                terms["nordstadt"],
                [arabic, farsi],
                weekday="monday",
                latitude="52.520000",
                longitude="13.400000",
                mediator=True,
                barrier_free="yes",
            )
        ],
    )
    translate(caritas, "ar", title="كاريتاس", slug="caritas")
    diakonie = OrganisationPageFactory(
        parent=directory,
        title="Diakonie Begleitung",
        slug="diakonie",
        services=[terms["begleitung"]],
        offices=[
            office(
                "Büro Altstadt",
                terms["altstadt"],
                [farsi],
                weekday="tuesday",
                latitude="52.510000",
                longitude="13.390000",
            ),
            office("Büro Nordstadt", terms["nordstadt"], [], weekday="wednesday"),
        ],
    )
    draft = OrganisationPageFactory(
        parent=directory,
        title="Entwurf Verein",
        offices=[office("Geheimbüro", terms["nordstadt"], [arabic], weekday="monday")],
    )
    draft.unpublish()
    finder = FindHelpPageFactory(parent=tree.homes["de"], translations=("ar",))
    other_site()
    return {"finder": finder, "caritas": caritas, "diakonie": diakonie, "terms": terms}
