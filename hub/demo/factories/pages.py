"""Page factories: published (or draft) home, content and initiative pages."""

import factory
import wagtail_factories
from wagtail.models import Locale, Page

from hub.demo.factories.blocks import HighlightBlockFactory, paragraph, paragraph_html
from hub.pages.models import ContentPage, HomePage, InitiativeIndexPage, InitiativePage
from hub.pages.models.initiatives import InitiativeStatus
from hub.snippets.models import Category, District, SpokenLanguage, TargetGroup


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


def by_language(page: Page) -> dict[str, Page]:
    """``page`` and its translations by language code, for tests that visit each one."""
    return {
        copy.locale.language_code: copy
        for copy in page.get_translations(inclusive=True).select_related("locale").specific()
    }


def slug_of(title: str) -> str:
    """A title's slug as an editor would type it: lower case, umlauts kept."""
    return title.lower().replace(" ", "-")


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
    """A content page with a teaser and one paragraph; its locale follows its parent's."""

    title = "Mitmachen"
    slug = "mitmachen"
    parent = factory.SubFactory(HomePageFactory)
    intro = "So helfen Sie mit."
    body = factory.LazyFunction(lambda: paragraph("<p>Wir suchen Ehrenamtliche.</p>"))

    class Meta:
        model = ContentPage


class InitiativeIndexPageFactory(PublishedPageFactory):
    """The initiatives directory, without intros; its locale follows its parent's.

    ``translations=("en", "ar")`` adds published translations.
    """

    title = "Initiativen"
    slug = "initiativen"
    parent = factory.SubFactory(HomePageFactory)
    show_in_menus = True
    translations = translations_from(
        {
            "en": {"title": "Initiatives", "slug": "initiatives"},
            "ar": {"title": "المبادرات", "slug": "initiatives"},
        },
        fallback={"title": "Initiatives", "slug": "initiatives"},
    )

    class Meta:
        model = InitiativeIndexPage


def terms_of(model: type) -> factory.LazyAttribute:
    """The terms of ``model`` among an initiative's ``terms``."""
    return factory.LazyAttribute(lambda o: [term for term in o.terms if type(term) is model])


class InitiativePageFactory(PublishedPageFactory):
    """An active initiative with a title, its slug and a summary; other fields are empty.

    ``terms=[…]`` links taxonomy terms of every kind, each to its own field (or pass
    ``categories=[…]`` and the like); ``tags=[…]`` takes tag names.
    """

    title = factory.Sequence(lambda n: f"Initiative {n}")
    slug = factory.LazyAttribute(lambda o: slug_of(o.title))
    parent = factory.SubFactory(InitiativeIndexPageFactory)
    summary = factory.LazyAttribute(lambda o: f"{o.title}: kurz gesagt.")
    status = InitiativeStatus.ACTIVE
    categories = terms_of(Category)
    target_groups = terms_of(TargetGroup)
    districts = terms_of(District)
    spoken_languages = terms_of(SpokenLanguage)
    tags = factory.LazyFunction(list)

    class Params:
        terms = ()

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
