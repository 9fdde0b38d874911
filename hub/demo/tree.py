"""The German page tree, the default Site and the footer, created or brought up to date.

Every object is found by a stable key: the home page and the footer by a fixed
``translation_key``, content pages by their slug under the home page (they get fixed
translation keys as well, so two fresh runs produce the same data). A second run thus
updates what the first one made. A new revision is published only when the content
differs, which keeps repeated runs from piling up revisions and re-translations.
"""

import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from wagtail.models import Locale, Page, Site

from hub.demo.factories.pages import ContentPageFactory, HomePageFactory
from hub.demo.factories.snippets import SiteFooterFactory
from hub.demo.specs import FooterSpec, PageIds, PageSpec, Paragraph, stable_uuid, stream
from hub.pages.models import ContentPage, HomePage
from hub.snippets.models import SiteFooter
from hub.snippets.site_settings import PublicHolidaySettings

# Lindenstadt lies in North Rhine-Westphalia: Corpus Christi and All Saints' Day close
# its offices too (README "Office hours and the compass").
DEMO_HOLIDAY_REGION = ("DE", "NW")

FOOTER_KEY = stable_uuid("snippet:footer")


def site_address() -> tuple[str, int]:
    """Host and port of the demo Site, from ``HUB_BASE_URL`` (``make run`` sets it).

    Wagtail builds absolute URLs (sitemap, hreflang, e-mails) from the Site's host and port,
    so they must be the address the demo is really served on.
    """
    parts = urlsplit(settings.HUB_BASE_URL)
    default_port = 443 if parts.scheme == "https" else 80
    return parts.hostname or "localhost", parts.port or default_port


@dataclass
class Outcome:
    """What a run did to one demo object, for the command's report."""

    obj: object
    created: bool = False
    changed: bool = False

    @property
    def label(self) -> str:
        return "created" if self.created else "updated" if self.changed else "unchanged"


def differs(obj, values: dict) -> bool:
    for name, value in values.items():
        model_field = obj._meta.get_field(name)
        wanted = model_field.get_prep_value(model_field.to_python(value))
        if model_field.get_prep_value(getattr(obj, name)) != wanted:
            return True
    return False


def publish_changes(
    page: Page,
    values: dict,
    user: AbstractBaseUser | None,
    created: bool,
    also_changed: bool = False,
) -> Outcome:
    """Publish ``values`` on ``page`` if they (or what ``also_changed`` says) differ."""
    changed = also_changed or differs(page, values) or not page.live or page.has_unpublished_changes
    if changed:
        for name, value in values.items():
            setattr(page, name, value)
        page.save_revision(user=user).publish(user=user, skip_permission_checks=True)
        page.refresh_from_db()
    return Outcome(page, created=created, changed=changed or created)


def translation_key(spec: PageSpec) -> uuid.UUID:
    return stable_uuid(f"page:{spec.key}")


def _intro(spec: PageSpec, ids: PageIds) -> str:
    return spec.intro.html(ids) if isinstance(spec.intro, Paragraph) else spec.intro.de


def ensure_home(spec: PageSpec, german: Locale) -> tuple[HomePage, bool]:
    home = HomePage.objects.filter(translation_key=translation_key(spec), locale=german).first()
    if home is not None:
        return home, False
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    root = site.root_page.specific if site else None
    if isinstance(root, HomePage) and root.locale_id == german.pk:
        # A German home page made by hand: adopt it rather than build a second tree.
        return root, False
    home = HomePageFactory(
        title=spec.title.de,
        slug=spec.slug.de,
        locale=german,
        translation_key=translation_key(spec),
        highlights=[],
        publish=False,
    )
    return home, True


def ensure_content_page(home: HomePage, spec: PageSpec) -> tuple[ContentPage, bool]:
    page = ContentPage.objects.child_of(home).filter(slug=spec.slug.de).first()
    if page is not None:
        return page, False
    page = ContentPageFactory(
        parent=home,
        title=spec.title.de,
        slug=spec.slug.de,
        translation_key=translation_key(spec),
        body=[],
        publish=False,
    )
    return page, True


def build_pages(
    home_spec: PageSpec,
    page_specs: tuple[PageSpec, ...],
    german: Locale,
    user: AbstractBaseUser | None,
) -> list[Outcome]:
    """Create the pages first (links need their ids), then write and publish the content."""
    home, home_created = ensure_home(home_spec, german)
    pages: dict[str, tuple[Page, bool]] = {home_spec.key: (home, home_created)}
    for spec in page_specs:
        pages[spec.key] = ensure_content_page(home, spec)
    ids: PageIds = {key: page.pk for key, (page, _created) in pages.items()}

    outcomes = [
        publish_changes(
            home,
            {
                "title": home_spec.title.de,
                "slug": home_spec.slug.de,
                "intro": _intro(home_spec, ids),
                "highlights": stream(home_spec.key, home_spec.highlights, ids),
                "show_in_menus": False,
            },
            user,
            home_created,
        )
    ]
    for spec in page_specs:
        page, created = pages[spec.key]
        values = {
            "title": spec.title.de,
            "slug": spec.slug.de,
            "intro": _intro(spec, ids),
            "body": stream(spec.key, spec.body, ids),
            "show_in_menus": spec.show_in_menus,
        }
        outcomes.append(publish_changes(page, values, user, created))
    return outcomes


def point_default_site_at(home: HomePage, site_name: str) -> Site:
    """Make ``home`` the root of the default Site and drop Wagtail's welcome page."""
    hostname, port = site_address()
    site = (
        Site.objects.filter(is_default_site=True).first()
        or Site.objects.filter(hostname=hostname, port=port).first()
        or Site(hostname=hostname, port=port)
    )
    site.hostname = hostname
    site.port = port
    site.is_default_site = True
    site.site_name = site_name
    site.root_page = home
    site.save()
    country, subdivision = DEMO_HOLIDAY_REGION
    PublicHolidaySettings.objects.update_or_create(
        site=site, defaults={"country": country, "subdivision": subdivision}
    )
    welcome_pages = Page.objects.filter(
        depth=2,
        slug="home",
        content_type__app_label="wagtailcore",
        content_type__model="page",
        title__startswith="Welcome to your new Wagtail site",
    ).exclude(sites_rooted_here__isnull=False)
    for welcome in welcome_pages:
        welcome.delete()
    return site


def _linked_pages(paragraph: Paragraph, german: Locale) -> PageIds:
    """The ids of the German pages ``paragraph`` links to by key (built before it)."""
    keys = {
        target
        for text in paragraph.texts()
        for target in text.links
        if ":" not in target and not target.startswith("/")
    }
    by_uuid = {stable_uuid(f"page:{key}"): key for key in keys}
    pages = Page.objects.filter(locale=german, translation_key__in=by_uuid)
    return {by_uuid[page.translation_key]: page.pk for page in pages}


def build_footer(spec: FooterSpec, german: Locale) -> Outcome:
    values = {
        "name": spec.name.de,
        # Page links render as the visitor's translation (Wagtail's ``page.localized``).
        "text": spec.text.html(_linked_pages(spec.text, german)),
        "address": spec.address.de,
        "email": spec.email,
        "phone": spec.phone,
        "site": None,
    }
    footer = SiteFooter.objects.filter(translation_key=FOOTER_KEY, locale=german).first()
    if footer is None:
        footer = SiteFooterFactory(translation_key=FOOTER_KEY, locale=german, **values)
        return Outcome(footer, created=True, changed=True)
    changed = differs(footer, {k: v for k, v in values.items() if k != "site"}) or (
        footer.site_id is not None
    )
    if changed:
        for name, value in values.items():
            setattr(footer, name, value)
        footer.full_clean()
        footer.save()
    return Outcome(footer, changed=changed)
