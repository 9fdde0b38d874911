"""What the demo promises about languages, checked on one load (``test_demo_content``).

- At least 60 % of the public pages are translated into English, Arabic and Persian:
  a newcomer who reads one of them should not meet German on most pages.
- Every page on a newcomer's path is in all five languages: home, the compass, the
  organisations directory with every organisation (offices included), the calendar and
  the meeting, contact and privacy.
- Easy German has the home page, the compass, the calendar, the meeting and "about us",
  live; the switcher offers it; its pages are German to a browser (``lang="de-…"``) with
  German buttons; a page not written in Easy German is the German one with a notice.
"""

from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page, Site

from hub.demo.content import HOME
from hub.demo.content.calendar import MEETING
from hub.events.models import EventIndexPage, EventPage
from hub.network.models import FindHelpPage, OrganisationIndexPage, OrganisationPage
from hub.pages.models import ContentPage, HomePage
from hub.settings.languages import EASY_GERMAN

FIVE = {"de", "en", "ar", "fa", "fr"}
MINIMUM_SHARE = 0.6


def languages_of(page: Page) -> set[str]:
    translations = page.get_translations(inclusive=True).live()
    return set(translations.values_list("locale__language_code", flat=True))


def german_pages(site: Site):
    return site.root_page.get_descendants(inclusive=True).live().public().specific()


def check_coverage(site: Site) -> None:
    pages = list(german_pages(site))
    assert len(pages) >= 70
    for code in ("en", "ar", "fa"):
        translated = sum(code in languages_of(page) for page in pages)
        assert translated >= MINIMUM_SHARE * len(pages), (code, translated, len(pages))


def newcomer_path(site: Site) -> list[Page]:
    pages = german_pages(site)
    path = [site.root_page.specific]
    for model in (FindHelpPage, OrganisationIndexPage, OrganisationPage, EventIndexPage):
        path += list(pages.type(model))
    path.append(pages.type(EventPage).get(slug=MEETING.de.slug))
    path += list(pages.type(ContentPage).filter(slug__in=["kontakt", "datenschutz"]))
    return path


def check_newcomer_path(site: Site) -> None:
    path = newcomer_path(site)
    assert (
        len(path)
        == 1
        + 1
        + 1
        + OrganisationPage.objects.filter(locale__language_code="de").count()
        + 1
        + 1
        + 2
    )
    for page in path:
        assert languages_of(page) >= FIVE, page.title
    # Offices come with their organisation, in the visitor's language.
    caritas = OrganisationPage.objects.get(slug="caritas-lindenstadt", locale__language_code="de")
    persian = caritas.get_translation(Locale.objects.get(language_code="fa"))
    assert persian.offices.count() == caritas.offices.count() == 2
    assert persian.offices.first().name == "مرکز مشاوره در محلهٔ قدیمی (Altstadt)"


def check_easy_german(client, site: Site) -> None:
    german = [
        site.root_page,
        *german_pages(site).type(FindHelpPage, EventIndexPage),
        german_pages(site).type(EventPage).get(slug=MEETING.de.slug),
        german_pages(site).type(ContentPage).get(slug="ueber-uns"),
    ]
    assert len(german) == 5
    for page in german:
        assert EASY_GERMAN in languages_of(page), page.title

    html = client.get("/de/").content.decode()
    assert f'href="/{EASY_GERMAN}/" lang="{EASY_GERMAN}"' in html
    assert ">Einfache Sprache</a>" in html

    response = client.get(f"/{EASY_GERMAN}/")
    assert response.status_code == 200
    assert isinstance(response.context["page"], HomePage)
    assert response.context["page"].locale.language_code == EASY_GERMAN
    html = response.content.decode()
    assert f'<html lang="{EASY_GERMAN}" dir="ltr">' in html
    assert HOME.highlights[2].text.easy in html
    assert "notice--fallback" not in html
    with translation.override("de"):
        assert gettext("Skip to content") != "Skip to content"
        assert gettext("Skip to content") in html

    for url, text in [
        (f"/{EASY_GERMAN}/hilfe-finden/", "Sie brauchen Hilfe?"),
        (f"/{EASY_GERMAN}/veranstaltungen/", "Eine Veranstaltung ist ein Termin"),
        (f"/{EASY_GERMAN}/veranstaltungen/vernetzungstreffen/", MEETING.easy.title),
        (f"/{EASY_GERMAN}/ueber-uns/", "Das Netzwerk Willkommen gibt es seit 2015."),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert text in html, url
        assert "notice--fallback" not in html, url

    # Not written in Easy German: the German page, saying it exists only in German.
    html = client.get(f"/{EASY_GERMAN}/kontakt/").content.decode()
    assert "<h1>Kontakt</h1>" in html
    with translation.override(EASY_GERMAN):
        notice = gettext("This page is only available in %(language)s.") % {"language": "Deutsch"}
    assert notice in html
