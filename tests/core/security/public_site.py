"""A public site with one page of every public page type, for the header tests.

Built on ``tests.network.finder_data.finder_site`` (organisations with offices on the map,
the finder in German and Arabic), plus initiatives and a calendar with a date that takes
registrations. Everything is German; under ``/ar/`` the same addresses show the German
text with the Arabic interface (the fallback), so both directions of the layout are seen.
"""

from django.utils import translation

from hub.demo.factories.events import EventIndexPageFactory, EventPageFactory
from hub.demo.factories.pages import InitiativeIndexPageFactory, InitiativePageFactory
from hub.pages.models import InitiativeIndexPage
from tests.events.calendar_support import occurrences
from tests.module_data import module_data
from tests.network.finder_data import finder_site  # noqa: F401 - fixture


@module_data(name="public_pages")
def public_pages_fixture(tree, finder_site) -> dict[str, str]:  # noqa: F811 - the fixture above
    """German address of every public page type (and of the forms that hang off them)."""
    terms = finder_site["terms"]
    index: InitiativeIndexPage = InitiativeIndexPageFactory(parent=tree.homes["de"])
    initiative = InitiativePageFactory(parent=index, title="Nähcafé Nord", terms=[terms["sprache"]])
    calendar = EventIndexPageFactory(parent=tree.homes["de"])
    event = EventPageFactory(
        parent=calendar, title="Sommerfest", registration_required=True, capacity=30
    )
    occurrence = occurrences(event).first()
    caritas = finder_site["caritas"]
    directory = caritas.get_parent().specific
    with translation.override("de"):
        apply_url = directory.url + directory.reverse_subpage("apply_de")
    return {
        "home page": tree.homes["de"].url,
        "content page": tree.about["de"].url,
        "page only in German": tree.contact.url,
        "initiatives directory": index.url,
        "initiatives archive": index.url + "archive/",
        "initiative": initiative.url,
        "initiative submission form": index.url + "submit/",
        "calendar": calendar.url,
        "calendar archive": calendar.url + "archive/",
        "event": event.url,
        "date with registration form": f"{event.url}{occurrence.pk}/",
        "organisations directory": directory.url,
        "organisation": caritas.url,
        "membership application form": apply_url,
        "finder with map": finder_site["finder"].url,
        "search": "/de/search/?q=Beratung",
        "login": "/de/account/login/",
        "password reset": "/de/account/password/",
        "not found": "/de/gibt-es-nicht/",
    }


def in_language(path: str, code: str) -> str:
    """``/de/x/`` → ``/<code>/x/``."""
    return f"/{code}/" + path.split("/", 2)[2]
