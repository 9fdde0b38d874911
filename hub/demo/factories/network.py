"""Factories of the network: the organisations' directory, organisations, the "find help"
page, offices in bulk and entries on the members' board.

Offices, hours, closures and contact persons are passed to ``OrganisationPageFactory`` as
unsaved model instances (with ``hours``, ``closures``, ``special_dates`` and ``languages``
set on them, as the admin form does) and saved with the page as one cluster.
"""

from datetime import time
from decimal import Decimal

import factory
from factory.django import DjangoModelFactory

from hub.demo.factories.pages import (
    HomePageFactory,
    PublishedPageFactory,
    slug_of,
    translations_from,
)
from hub.demo.factories.users import UserFactory
from hub.network.models import (
    BoardEntry,
    FindHelpPage,
    HoursKind,
    Office,
    OfficeHours,
    OrganisationIndexPage,
    OrganisationPage,
)


class OrganisationIndexPageFactory(PublishedPageFactory):
    """The organisations' directory; ``translations=(…)`` adds published translations."""

    title = "Organisationen"
    slug = "organisationen"
    parent = factory.SubFactory(HomePageFactory)
    show_in_menus = True
    translations = translations_from(
        {
            "en": {"title": "Organisations", "slug": "organisations"},
            "ar": {"title": "المنظمات", "slug": "organisations"},
        },
        fallback={"title": "Organisations", "slug": "organisations"},
    )

    class Meta:
        model = OrganisationIndexPage


class OrganisationPageFactory(PublishedPageFactory):
    """An organisation; cluster relations (``offices``, ``contact_persons``,
    ``social_links``) and ``services`` are set on the page before its first save."""

    title = "Caritas Beratung"
    slug = factory.LazyAttribute(lambda o: slug_of(o.title))
    summary = factory.LazyAttribute(lambda o: f"{o.title}: kurz gesagt.")
    parent = factory.SubFactory(OrganisationIndexPageFactory)

    class Meta:
        model = OrganisationPage

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        instance = model_class()
        for name, value in kwargs.items():
            setattr(instance, name, value)
        parent.add_child(instance=instance)
        return instance


class FindHelpPageFactory(PublishedPageFactory):
    """The "find help" page; ``translations=(…)`` adds published translations."""

    title = "Hilfe finden"
    slug = "hilfe-finden"
    parent = factory.SubFactory(HomePageFactory)
    intro = "<p>Wobei brauchen Sie Hilfe?</p>"
    show_in_menus = True
    translations = translations_from(
        {
            "ar": {
                "title": "ابحث عن مساعدة",
                "slug": "find-help",
                "intro": "<p>بماذا تحتاج إلى المساعدة؟</p>",
            },
            "en": {
                "title": "Find help",
                "slug": "find-help",
                "intro": "<p>What do you need help with?</p>",
            },
        },
        fallback={"title": "Find help", "slug": "find-help", "intro": "<p>What do you need?</p>"},
    )

    class Meta:
        model = FindHelpPage


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


class BoardEntryFactory(DjangoModelFactory):
    """An offer on the members' board, in German, by ``author``."""

    kind = "offer"
    title = "Biete: 3 Plätze im Sprachkurs A2"
    text = "Ab März, dienstags 18 Uhr."
    language = "de"
    author = factory.SubFactory(UserFactory)

    class Meta:
        model = BoardEntry
