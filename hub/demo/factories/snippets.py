"""Snippet factories: taxonomy terms and the site footer, in the default locale."""

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from hub.demo.factories.blocks import FAKER_LOCALE, paragraph_html
from hub.snippets.models import Category, District, SiteFooter, SpokenLanguage, TargetGroup


class TaxonomyTermFactory(DjangoModelFactory):
    """A term in the default locale; its slug follows its name."""

    locale = factory.LazyFunction(Locale.get_default)
    name = factory.Sequence(lambda n: f"Begriff {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        abstract = True


class CategoryFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Engagementfeld {n}")

    class Meta:
        model = Category


class TargetGroupFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Zielgruppe {n}")

    class Meta:
        model = TargetGroup


class DistrictFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Stadtteil {n}")

    class Meta:
        model = District


class SpokenLanguageFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Sprache {n}")
    code = factory.Sequence(lambda n: f"x{n}")
    name_local = factory.LazyAttribute(lambda o: o.name)

    class Meta:
        model = SpokenLanguage


class SiteFooterFactory(DjangoModelFactory):
    """A footer for every site (``site=None``) in the default locale."""

    site = None
    locale = factory.LazyFunction(Locale.get_default)
    name = "Netzwerk Willkommen"
    text = factory.LazyAttribute(lambda o: paragraph_html(f"{o.name} – gemeinsam ankommen."))
    address = factory.Faker("address", locale=FAKER_LOCALE)
    email = factory.Sequence(lambda n: f"kontakt{n}@example.org")
    phone = "+49 30 23125 000"

    class Meta:
        model = SiteFooter
