"""factory-boy factories for pages, snippets and users.

Shared by the tests and ``manage.py load_demo_data``, so they know nothing about the demo.
Pages are saved with a revision and published, as an editor would leave them; pass
``publish=False`` for a draft. Without ``parent`` a ``HomePageFactory`` page goes under
Wagtail's root and a ``ContentPageFactory`` page under a new home page.

Stream fields take either raw data (``body=[{"type": "paragraph", "value": "<p>…</p>"}]``)
or wagtail-factories' syntax (``body__0__heading__text="Über uns"``).

Taxonomy terms are made in the default locale; an ``InitiativePageFactory`` page takes
them as lists (``categories=[…]``) and its tags as names (``tags=["abends"]``).
"""

from datetime import date
from decimal import Decimal

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail import blocks
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from hub.pages import blocks as page_blocks
from hub.pages.models import ContentPage, HomePage, InitiativeIndexPage, InitiativePage
from hub.pages.models.initiatives import InitiativeStatus
from hub.snippets.models import Category, District, SiteFooter, SpokenLanguage, TargetGroup

FAKER_LOCALE = "de_DE"


def _paragraph_html(text: str) -> str:
    return f"<p>{text}</p>"


class RichTextBlockFactory(wagtail_factories.blocks.BlockFactory):
    """wagtail-factories has no rich-text block factory; ``value`` is HTML."""

    class Params:
        text = factory.Faker("paragraph", locale=FAKER_LOCALE)

    value = factory.LazyAttribute(lambda o: _paragraph_html(o.text))

    class Meta:
        model = blocks.RichTextBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return RichText(kwargs["value"])


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Faker("sentence", nb_words=3, locale=FAKER_LOCALE)
    level = "h2"

    class Meta:
        model = page_blocks.HeadingBlock


class QuoteBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Faker("sentence", nb_words=12, locale=FAKER_LOCALE)
    attribution = factory.Faker("name", locale=FAKER_LOCALE)

    class Meta:
        model = page_blocks.QuoteBlock


class CallToActionBlockFactory(wagtail_factories.StructBlockFactory):
    """Links to ``url`` unless given a ``page`` (then pass ``url=""``)."""

    title = factory.Faker("sentence", nb_words=4, locale=FAKER_LOCALE)
    text = factory.Faker("sentence", nb_words=10, locale=FAKER_LOCALE)
    button_label = "Mehr erfahren"
    page = None
    url = "https://example.org/"

    class Meta:
        model = page_blocks.CallToActionBlock


class HighlightBlockFactory(wagtail_factories.StructBlockFactory):
    title = factory.Faker("sentence", nb_words=3, locale=FAKER_LOCALE)
    text = factory.Faker("sentence", nb_words=12, locale=FAKER_LOCALE)
    page = None

    class Meta:
        model = page_blocks.HighlightBlock


class BodyBlockFactory(wagtail_factories.StreamBlockFactory):
    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(RichTextBlockFactory)
    quote = factory.SubFactory(QuoteBlockFactory)
    call_to_action = factory.SubFactory(CallToActionBlockFactory)

    class Meta:
        model = page_blocks.BodyBlock


class PublishedPageFactory(wagtail_factories.PageFactory):
    """Saves a first revision and publishes it, unless ``publish=False``."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        if not create:
            return
        if extracted is False:
            if obj.live:
                obj.live = False
                obj.save(update_fields=["live"], clean=False)
            obj.save_revision(user=kwargs.get("user"))
        else:
            obj.save_revision(user=kwargs.get("user")).publish(
                user=kwargs.get("user"), skip_permission_checks=True
            )
        obj.refresh_from_db()


class HomePageFactory(PublishedPageFactory):
    """A home page directly under Wagtail's root, in the default locale."""

    title = "Netzwerk Willkommen"
    slug = factory.Sequence(lambda n: f"start-{n}")
    parent = factory.LazyFunction(Page.get_first_root_node)
    locale = factory.LazyFunction(Locale.get_default)
    intro = factory.LazyAttributeSequence(
        lambda o, n: _paragraph_html(f"Willkommen auf der Startseite {n}.")
    )
    highlights = wagtail_factories.StreamFieldFactory(
        {"highlight": factory.SubFactory(HighlightBlockFactory)}
    )

    class Meta:
        model = HomePage


class ContentPageFactory(PublishedPageFactory):
    """A content page; its locale follows its parent's."""

    title = factory.Faker("sentence", nb_words=3, locale=FAKER_LOCALE)
    parent = factory.SubFactory(HomePageFactory)
    intro = factory.Faker("sentence", nb_words=14, locale=FAKER_LOCALE)
    body = wagtail_factories.StreamFieldFactory(BodyBlockFactory)

    class Meta:
        model = ContentPage


class InitiativeIndexPageFactory(PublishedPageFactory):
    """The initiatives directory; its locale follows its parent's."""

    title = "Initiativen"
    slug = "initiativen"
    parent = factory.SubFactory(HomePageFactory)
    show_in_menus = True
    intro = _paragraph_html("Wer hilft wo? Alle Initiativen des Netzwerks auf einen Blick.")
    archive_intro = _paragraph_html("Diese Projekte sind beendet.")
    submit_intro = _paragraph_html("Tragen Sie Ihre Initiative ein.")

    class Meta:
        model = InitiativeIndexPage


class InitiativePageFactory(PublishedPageFactory):
    """An active initiative with contact data and an address, without taxonomy terms.

    ``status=InitiativeStatus.ENDED`` gets an end date unless one is given.
    """

    title = factory.Sequence(lambda n: f"Initiative {n}")
    parent = factory.SubFactory(InitiativeIndexPageFactory)
    summary = factory.Faker("sentence", nb_words=16, locale=FAKER_LOCALE)
    description = factory.LazyAttribute(lambda o: _paragraph_html(o.description_text))
    involvement = _paragraph_html("Einfach beim nächsten Treffen vorbeikommen.")
    time_commitment = "2 Stunden pro Woche"
    contact_name = factory.Faker("name", locale=FAKER_LOCALE)
    contact_email = factory.Sequence(lambda n: f"initiative{n}@example.org")
    contact_phone = factory.Sequence(lambda n: f"+49 30 23125 {n % 1000:03d}")
    website = factory.Sequence(lambda n: f"https://initiative{n}.example.org/")
    street_address = factory.Faker("street_address", locale=FAKER_LOCALE)
    postal_code = "12345"
    locality = "Lindenstadt"
    latitude = Decimal("52.400000")
    longitude = Decimal("13.000000")
    status = InitiativeStatus.ACTIVE
    ended_on = factory.LazyAttribute(
        lambda o: date(2024, 6, 30) if o.status == InitiativeStatus.ENDED else None
    )
    categories = factory.LazyFunction(list)
    target_groups = factory.LazyFunction(list)
    districts = factory.LazyFunction(list)
    spoken_languages = factory.LazyFunction(list)
    tags = factory.LazyFunction(list)

    class Params:
        description_text = factory.Faker("paragraph", nb_sentences=4, locale=FAKER_LOCALE)

    class Meta:
        model = InitiativePage

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        # Tags are a manager, not a constructor argument; set before the first save.
        tags = kwargs.pop("tags")
        instance = model_class(**kwargs)
        instance.tags.set(tags)
        parent.add_child(instance=instance)
        return instance


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
    text = factory.LazyAttribute(lambda o: _paragraph_html(f"{o.name} – gemeinsam ankommen."))
    address = factory.Faker("address", locale=FAKER_LOCALE)
    email = factory.Sequence(lambda n: f"kontakt{n}@example.org")
    phone = "+49 30 23125 000"

    class Meta:
        model = SiteFooter


class GroupFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Gruppe {n}")

    class Meta:
        model = Group
        django_get_or_create = ("name",)


class UserFactory(DjangoModelFactory):
    """A user with a known password (``password="…"`` to choose it) and ``groups=[…]``."""

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name", locale=FAKER_LOCALE)
    last_name = factory.Faker("last_name", locale=FAKER_LOCALE)
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.django.Password("hub-test-password")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    class Params:
        superuser = factory.Trait(is_superuser=True, is_staff=True)

    @factory.post_generation
    def groups(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.groups.add(*extracted)
