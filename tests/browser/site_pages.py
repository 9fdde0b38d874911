"""One page of every public page type a visitor opens on a phone, for the header, width,
weight and offline tests: home, initiatives directory, an initiative, calendar, an
event date, organisations index, an organisation, search results, a content page.

The initiative, the event and the content page carry a German compound longer than any
phone is wide, so that a heading which cannot wrap shows up as sideways scrolling.
"""

from urllib.parse import urlsplit

from hub.demo.factories.blocks import paragraph
from hub.demo.factories.events import EventIndexPageFactory, EventPageFactory
from hub.demo.factories.pages import (
    ContentPageFactory,
    InitiativeIndexPageFactory,
    InitiativePageFactory,
)
from tests.events.calendar_support import occurrences
from tests.module_data import module_data
from tests.network.finder_data import finder_site  # noqa: F401 - fixture

LONG_WORD = "Integrationskursträgerberatungsstellenverzeichnis"


def path_of(page) -> str:
    return urlsplit(page.url).path


def in_language(path: str, code: str) -> str:
    """A German path under another language prefix (the site redirects to the
    translation's slug where there is one, else shows the German page with a notice)."""
    return f"/{code}/" + path.removeprefix("/de/")


@module_data
def site_pages(tree, finder_site) -> dict[str, str]:  # noqa: F811 - fixture argument
    """German paths by page type."""
    home = tree.homes["de"]
    directory = InitiativeIndexPageFactory(parent=home, translations=("en", "ar"))
    initiative = InitiativePageFactory(
        parent=directory, title=f"Nähcafé der {LONG_WORD}", slug="naehcafe"
    )
    calendar = EventIndexPageFactory(parent=home)
    event = EventPageFactory(parent=calendar, title=f"{LONG_WORD}streffen", capacity=20)
    content = ContentPageFactory(
        parent=home,
        title=f"Hinweise zum {LONG_WORD}",
        slug="hinweise",
        intro="Was Sie mitbringen sollten.",
        body=paragraph("<p>Ausweis, Meldebescheinigung und Aufenthaltstitel.</p>"),
    )
    caritas = finder_site["caritas"]
    return {
        "home": "/de/",
        "directory": path_of(directory),
        "initiative": path_of(initiative),
        "calendar": path_of(calendar),
        "date": f"{path_of(event)}{occurrences(event).first().pk}/",
        "organisations": path_of(caritas.get_parent()),
        "organisation": path_of(caritas),
        "search": "/de/search/?q=Beratung",
        "content": path_of(content),
        "compass": path_of(finder_site["finder"]),
    }
