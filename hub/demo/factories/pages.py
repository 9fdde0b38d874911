"""Page factories: published (or draft) home, content and initiative pages."""

from datetime import date
from decimal import Decimal

import factory
import wagtail_factories
from wagtail.models import Locale, Page

from hub.demo.factories.blocks import (
    FAKER_LOCALE,
    BodyBlockFactory,
    HighlightBlockFactory,
    paragraph_html,
)
from hub.pages.models import ContentPage, HomePage, InitiativeIndexPage, InitiativePage
from hub.pages.models.initiatives import InitiativeStatus


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
        lambda o, n: paragraph_html(f"Willkommen auf der Startseite {n}.")
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
    intro = paragraph_html("Wer hilft wo? Alle Initiativen des Netzwerks auf einen Blick.")
    archive_intro = paragraph_html("Diese Projekte sind beendet.")
    submit_intro = paragraph_html("Tragen Sie Ihre Initiative ein.")

    class Meta:
        model = InitiativeIndexPage


class InitiativePageFactory(PublishedPageFactory):
    """An active initiative with contact data and an address, without taxonomy terms.

    ``status=InitiativeStatus.ENDED`` gets an end date unless one is given.
    """

    title = factory.Sequence(lambda n: f"Initiative {n}")
    parent = factory.SubFactory(InitiativeIndexPageFactory)
    summary = factory.Faker("sentence", nb_words=16, locale=FAKER_LOCALE)
    description = factory.LazyAttribute(lambda o: paragraph_html(o.description_text))
    involvement = paragraph_html("Einfach beim nächsten Treffen vorbeikommen.")
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


def translate(page: Page, code: str, **fields) -> Page:
    """Copy ``page`` into ``code``'s locale, set ``fields`` and publish the copy.

    Straight through Wagtail, not wagtail-localize: for data whose translation workflow
    is not what a test is about (``hub.demo.translate`` goes the translators' way).
    """
    copy = page.copy_for_translation(Locale.objects.get(language_code=code)).specific
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


def translations_from(fields_by_code: dict[str, dict], fallback: dict) -> factory.PostGeneration:
    """A post-generation hook: ``translations=("en", "ar")`` publishes a copy of the page
    in each language, with that language's fields (``fallback`` for other languages)."""

    def translate_into(obj, create, extracted, **kwargs):
        if create:
            for code in extracted or ():
                translate(obj, code, **fields_by_code.get(code, fallback))

    return factory.PostGeneration(translate_into)


def slug_of(title: str) -> str:
    """A title's slug as an editor would type it: lower case, umlauts kept."""
    return title.lower().replace(" ", "-")
