"""A small multilingual page tree for tests, built with Wagtail's own API.

German home with translations in every content language; "Über uns" translated into
English and Arabic only (so Persian and French exercise the fallback); "Kontakt" in German
only; a draft and a private page that must never show up publicly.
"""

from dataclasses import dataclass, field

from django.conf import settings
from wagtail.models import Locale, Page, PageViewRestriction, Site

from hub.core.locales import sync_locales
from hub.pages.models import ContentPage, HomePage
from hub.snippets.models import SiteFooter

HOME_TITLES = {
    "de": "Netzwerk Willkommen",
    "en": "Welcome Network",
    "ar": "شبكة الترحيب",
    "fa": "شبکه خوشامدگویی",
    "fr": "Réseau Bienvenue",
}


def paragraph(html: str) -> list[dict]:
    return [{"type": "paragraph", "value": html}]


@dataclass
class Tree:
    homes: dict[str, HomePage]
    about: dict[str, ContentPage]
    contact: ContentPage
    draft: ContentPage
    private: ContentPage
    site: Site
    extra: list[Page] = field(default_factory=list)


def translate(page: Page, code: str, **fields) -> Page:
    """Copy ``page`` into ``code``'s locale, set ``fields`` and publish it."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=code))
    copy = copy.specific
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


def build_tree() -> Tree:
    sync_locales()
    de = Locale.objects.get(language_code="de")
    # Transactional tests (live server) flush the tables that migrations filled.
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", locale=de))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True, root_page=root)
    welcome = site.root_page
    home = root.add_child(
        instance=HomePage(
            title=HOME_TITLES["de"],
            slug="start",
            locale=de,
            intro="<p>Wir verbinden Initiativen und Beratungsstellen.</p>",
        )
    )
    home.save_revision().publish()
    site.root_page = home
    site.save()
    if welcome.depth > 1 and not isinstance(welcome.specific, HomePage):
        welcome.delete()

    homes = {"de": home}
    for code, _name in settings.LANGUAGES:
        if code != "de" and code in HOME_TITLES:
            homes[code] = translate(home, code, title=HOME_TITLES[code])

    about_de = home.add_child(
        instance=ContentPage(
            title="Über uns",
            slug="ueber-uns",
            show_in_menus=True,
            intro="Wer wir sind.",
            body=paragraph("<p>Das Netzwerk trifft sich monatlich zum Vernetzungstreffen.</p>"),
        )
    )
    about_de.save_revision().publish()
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
    contact = home.add_child(
        instance=ContentPage(title="Kontakt", slug="kontakt", show_in_menus=True)
    )
    contact.save_revision().publish()

    draft = home.add_child(instance=ContentPage(title="Entwurf Geheimplan", slug="entwurf"))
    draft.unpublish() if draft.live else None
    draft.live = False
    draft.save()

    private = home.add_child(instance=ContentPage(title="Intern Protokoll", slug="intern"))
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    SiteFooter.objects.create(
        locale=de, name="Netzwerk Willkommen", email="kontakt@example.org", phone="+49 30 123"
    )
    return Tree(
        homes=homes,
        about=about,
        contact=contact,
        draft=draft,
        private=private,
        site=site,
    )
