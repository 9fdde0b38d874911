"""Snippet factories: taxonomy terms and the site footer, in the default locale."""

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from hub.demo.factories.blocks import FAKER_LOCALE, paragraph_html
from hub.snippets.models import (
    Category,
    District,
    SiteFooter,
    SpokenLanguage,
    TagLabel,
    TargetGroup,
    TaxonomyTerm,
)


class TaxonomyTermFactory(DjangoModelFactory):
    """A term in the default locale; its slug follows its name."""

    locale = factory.LazyFunction(Locale.get_default)
    name = factory.Sequence(lambda n: f"Begriff {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def translations(obj, create, extracted, **kwargs):
        """``translations={"en": "Language support"}`` adds a copy per language."""
        for code, name in (extracted or {}).items() if create else ():
            copy = obj.copy_for_translation(Locale.objects.get(language_code=code))
            copy.name = name
            copy.save()


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


class TagLabelFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Schlagwort {n}")

    class Meta:
        model = TagLabel


# A few terms of each taxonomy with their names by language: slug -> names.
SAMPLE_TERMS = {
    CategoryFactory: {
        "sprache": {"de": "Sprache", "en": "Language support", "ar": "دعم اللغة"},
        "begleitung": {"de": "Begleitung", "en": "Accompaniment", "ar": "المرافقة"},
        "sport": {"de": "Sport", "en": "Sport", "ar": "الرياضة"},
    },
    DistrictFactory: {
        "nordstadt": {"de": "Nordstadt", "en": "North End", "ar": "الحي الشمالي"},
        "altstadt": {"de": "Altstadt", "en": "Old Town", "ar": "البلدة القديمة"},
    },
    TargetGroupFactory: {
        "familien": {"de": "Familien", "en": "Families", "ar": "العائلات"},
        "frauen": {"de": "Frauen", "en": "Women", "ar": "النساء"},
    },
    SpokenLanguageFactory: {
        "arabisch": {"de": "Arabisch", "en": "Arabic", "ar": "العربية"},
        "farsi": {"de": "Farsi", "en": "Persian", "ar": "الفارسية"},
    },
}
SAMPLE_LANGUAGE_CODES = {"arabisch": "ar", "farsi": "fa"}


def translated_terms() -> dict[str, TaxonomyTerm]:
    """Every term of ``SAMPLE_TERMS`` in German, translated into English and Arabic.

    Returns the German terms by slug, which is what pages link (as in the admin).
    """
    german = {}
    for term_factory, terms in SAMPLE_TERMS.items():
        for order, (slug, names) in enumerate(terms.items()):
            extra = {}
            if term_factory is SpokenLanguageFactory:
                extra = {"code": SAMPLE_LANGUAGE_CODES[slug], "name_local": ""}
            german[slug] = term_factory(
                locale=Locale.objects.get(language_code="de"),
                slug=slug,
                name=names["de"],
                sort_order=order,
                translations={code: name for code, name in names.items() if code != "de"},
                **extra,
            )
    return german


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
