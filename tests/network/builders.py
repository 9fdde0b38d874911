"""Builders for organisation tests: the directory under the German home, organisations,
the "find help" page, and offices in bulk.

Used on top of ``tests.tree.build_tree`` (the ``tree`` fixture). Offices, hours, closures
and contact persons are passed as unsaved model instances (with ``hours``, ``closures``,
``special_dates`` and ``languages`` set on them, as the admin form does) and saved with
the page as one cluster.
"""

from datetime import time
from decimal import Decimal

from wagtail.models import Page

from hub.network.models import (
    FindHelpPage,
    HoursKind,
    Office,
    OfficeHours,
    OrganisationIndexPage,
    OrganisationPage,
)
from tests.tree import Tree, translate

DIRECTORY_TITLES = {
    "de": ("Organisationen", "organisationen"),
    "en": ("Organisations", "organisations"),
    "ar": ("المنظمات", "organisations"),
}


def make_directory(tree: Tree, translations: tuple[str, ...] = ("en", "ar")) -> Page:
    """An ``OrganisationIndexPage`` under the German home, translated into ``translations``.

    Returns the German directory.
    """
    title, slug = DIRECTORY_TITLES["de"]
    index = tree.homes["de"].add_child(
        instance=OrganisationIndexPage(title=title, slug=slug, show_in_menus=True)
    )
    index.save_revision().publish()
    index.refresh_from_db()
    for code in translations:
        title, slug = DIRECTORY_TITLES.get(code, ("Organisations", "organisations"))
        translate(index, code, title=title, slug=slug)
    return index


def make_organisation(index: OrganisationIndexPage, **fields) -> OrganisationPage:
    """A published German organisation under ``index``.

    ``offices``, ``contact_persons``, ``social_links`` and ``services`` are assigned to
    the page before it is saved; everything else is a page field.
    """
    title = fields.pop("title", "Caritas Beratung")
    page = OrganisationPage(
        title=title,
        slug=fields.pop("slug", None) or title.lower().replace(" ", "-"),
        summary=fields.pop("summary", f"{title}: kurz gesagt."),
    )
    for name, value in fields.items():
        setattr(page, name, value)
    index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_finder(tree: Tree, translations: tuple[str, ...] = ("ar",)) -> FindHelpPage:
    """A published ``FindHelpPage`` under the German home, translated into ``translations``.

    Returns the German page.
    """
    page = tree.homes["de"].add_child(
        instance=FindHelpPage(
            title="Hilfe finden",
            slug="hilfe-finden",
            intro="<p>Wobei brauchen Sie Hilfe?</p>",
            show_in_menus=True,
        )
    )
    page.save_revision().publish()
    page.refresh_from_db()
    for code in translations:
        title, intro = FINDER_TITLES.get(code, ("Find help", "<p>What do you need?</p>"))
        translate(page, code, title=title, slug="find-help", intro=intro)
    return page


FINDER_TITLES = {
    "ar": ("ابحث عن مساعدة", "<p>بماذا تحتاج إلى المساعدة؟</p>"),
    "en": ("Find help", "<p>What do you need help with?</p>"),
}


def add_offices(
    page: OrganisationPage,
    count: int,
    *,
    languages: tuple = (),
    district=None,
    weekdays: tuple[str, ...] = ("monday",),
    opens: time = time(9),
    closes: time = time(12),
) -> list[Office]:
    """``count`` offices with one weekly slot each, added to ``page`` in bulk.

    Written straight to the database (not as a new revision): the finder and the export
    read the rows, and hundreds of offices stay quick to build.
    """
    offices = Office.objects.bulk_create(
        Office(
            page=page,
            locale_id=page.locale_id,
            name=f"Außenstelle {number}",
            street_address=f"Ringstraße {number}",
            postal_code="12345",
            locality="Musterstadt",
            district=district,
            latitude=Decimal("52.500000") + Decimal(number) / 10_000,
            longitude=Decimal("13.400000"),
            sort_order=100 + number,
        )
        for number in range(count)
    )
    slots = OfficeHours.objects.bulk_create(
        OfficeHours(
            office=office,
            kind=HoursKind.WEEKLY,
            opens=opens,
            closes=closes,
            **dict.fromkeys(weekdays, True),
        )
        for office in offices
    )
    links = OfficeHours.languages.through
    links.objects.bulk_create(
        links(officehours_id=slot.pk, spokenlanguage_id=language.pk)
        for slot in slots
        for language in languages
    )
    return offices
