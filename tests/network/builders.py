"""Builders for organisation tests: the directory under the German home, organisations.

Used on top of ``tests.tree.build_tree`` (the ``tree`` fixture). Offices, hours, closures
and contact persons are passed as unsaved model instances (with ``hours``, ``closures``,
``special_dates`` and ``languages`` set on them, as the admin form does) and saved with
the page as one cluster.
"""

from wagtail.models import Page

from hub.network.models import OrganisationIndexPage, OrganisationPage
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
