"""A small multilingual site to test against: ``build_tree`` makes it, ``Tree`` holds it.

The tests' ``tree`` fixture builds it once per module; deploy checks and browser tests
build it on their own database.
"""

from dataclasses import dataclass, field

from django.conf import settings
from wagtail.models import Locale, Page, PageViewRestriction, Site

from hub.core.locales import sync_locales
from hub.demo.factories.blocks import paragraph
from hub.demo.factories.pages import ContentPageFactory, HomePageFactory, translate
from hub.demo.factories.snippets import SiteFooterFactory
from hub.pages.models import ContentPage, HomePage

HOME_TITLES = {
    "de": "Netzwerk Willkommen",
    "en": "Welcome Network",
    "ar": "شبكة الترحيب",
    "fa": "شبکه خوشامدگویی",
    "fr": "Réseau Bienvenue",
}


@dataclass
class Tree:
    """A small multilingual page tree: the German home with translations in every content
    language; "Über uns" translated into English and Arabic only (so Persian and French
    exercise the fallback); "Kontakt" in German only; a draft and a private page that
    must never show up publicly; the footer."""

    homes: dict[str, HomePage]
    about: dict[str, ContentPage]
    contact: ContentPage
    draft: ContentPage
    private: ContentPage
    site: Site
    extra: list[Page] = field(default_factory=list)


def build_tree() -> Tree:
    """The ``Tree``, made with the factories, as the default site's root."""
    sync_locales()
    de = Locale.objects.get(language_code="de")
    # Transactional tests (live server) flush the tables that migrations filled.
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", locale=de))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True, root_page=root)
    welcome = site.root_page
    home = HomePageFactory(
        parent=root,
        title=HOME_TITLES["de"],
        slug="start",
        locale=de,
        intro="<p>Wir verbinden Initiativen und Beratungsstellen.</p>",
        highlights=[],
    )
    site.root_page = home
    site.save()
    if welcome.depth > 1 and not isinstance(welcome.specific, HomePage):
        welcome.delete()

    homes = {"de": home}
    for code, _name in settings.LANGUAGES:
        if code != "de" and code in HOME_TITLES:
            homes[code] = translate(home, code, title=HOME_TITLES[code])

    about_de = ContentPageFactory(
        parent=home,
        title="Über uns",
        slug="ueber-uns",
        show_in_menus=True,
        intro="Wer wir sind.",
        body=paragraph("<p>Das Netzwerk trifft sich monatlich zum Vernetzungstreffen.</p>"),
    )
    about = {
        "de": about_de,
        "en": translate(
            about_de,
            "en",
            title="About us",
            slug="about-us",
            intro="Who we are.",
            body=paragraph("<p>The network meets monthly.</p>"),
        ),
        "ar": translate(
            about_de,
            "ar",
            title="من نحن",
            slug="about-us",
            intro="من نحن.",
            body=paragraph("<p>تلتقي الشبكة شهريا في لقاء التشبيك.</p>"),
        ),
    }
    plain = {"parent": home, "intro": "", "body": []}
    contact = ContentPageFactory(title="Kontakt", slug="kontakt", show_in_menus=True, **plain)
    draft = ContentPageFactory(title="Entwurf Geheimplan", slug="entwurf", publish=False, **plain)
    private = ContentPageFactory(title="Intern Protokoll", slug="intern", **plain)
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    SiteFooterFactory(
        locale=de,
        name="Netzwerk Willkommen",
        text="",
        address="",
        email="kontakt@example.org",
        phone="+49 30 123",
    )
    return Tree(homes, about, contact, draft, private, site)
