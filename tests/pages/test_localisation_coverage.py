"""Every page type, snippet and inline object of the hub apps says how it is translated.

wagtail-localize derives defaults for undeclared fields, and its defaults are wrong for
this site in two ways: it skips many-to-many fields (a translation keeps the categories
it was created with) and it translates foreign keys to translatable snippets. So each
model declares ``override_translatable_fields`` for every field of its own, and this test
fails as soon as a new field arrives without a declaration, or with the wrong kind.
"""

from django.apps import apps
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel, get_all_child_relations
from taggit.managers import TaggableManager
from wagtail.fields import RichTextField, StreamField
from wagtail.models import COMMENTS_RELATION_NAME, Orderable, Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

HUB_APPS = ("pages", "events", "network", "snippets")

# Fields that Wagtail adds (title, slug, locale, translation_key…): wagtail-localize
# handles them itself.
PAGE_FIELDS = {field.name for field in Page._meta.get_fields()}
MIXIN_FIELDS = {field.name for field in TranslatableMixin._meta.get_fields()}
# Free text that stays the same in every language: names, addresses, phone numbers.
TEXT = (models.CharField, models.TextField, RichTextField, StreamField)


def translated_models() -> list[type[models.Model]]:
    """Page types and translatable models of the hub apps, plus the inline objects that
    hang off them (office hours are not translatable themselves, but are copied)."""
    found: list[type[models.Model]] = []
    for label in HUB_APPS:
        for model in apps.get_app_config(label).get_models():
            if issubclass(model, Page | TranslatableMixin):
                found.append(model)
    for model in list(found):
        if issubclass(model, ClusterableModel):
            found.extend(inline_models(model))
    return sorted(set(found), key=lambda model: model._meta.label)


def inline_models(model: type[models.Model]) -> list[type[models.Model]]:
    children = []
    for relation in get_all_child_relations(model):
        child = relation.related_model
        if child._meta.app_label in HUB_APPS and not is_tag_through(model, relation):
            children.append(child)
            if issubclass(child, ClusterableModel):
                children.extend(inline_models(child))
    return children


def is_tag_through(model: type[models.Model], relation) -> bool:
    """The through model of a ``ClusterTaggableManager``: covered by the tags field."""
    return any(
        isinstance(field, TaggableManager) and field.through is relation.related_model
        for field in model._meta.get_fields()
    )


def own_fields(model: type[models.Model]) -> dict[str, object]:
    """The concrete fields, many-to-many fields and child relations the model adds."""
    fields: dict[str, object] = {}
    for field in model._meta.get_fields():
        name = field.name
        if issubclass(model, Page) and name in PAGE_FIELDS or name.endswith("_ptr"):
            continue
        if issubclass(model, TranslatableMixin) and name in MIXIN_FIELDS:
            continue
        if issubclass(model, Orderable) and name == "sort_order":
            continue  # Orderable's: the order of the inline forms, kept by modelcluster
        if isinstance(field, ParentalKey | models.AutoField):
            continue
        if isinstance(field, GenericRelation):
            continue  # Wagtail search's index entries
        if field.auto_created and not field.concrete:
            # A reverse relation: only child relations (inline objects) are content.
            if not (
                isinstance(field, models.ManyToOneRel)
                and isinstance(field.remote_field, ParentalKey)
            ):
                continue
            if name == COMMENTS_RELATION_NAME or is_tag_through(model, field):
                continue
        fields[name] = field
    return fields


def declared(model: type[models.Model]) -> dict[str, object]:
    return {item.field_name: item for item in model.override_translatable_fields}


def must_be_synchronised(name: str, field) -> bool:
    """Dates, numbers, coordinates, flags, e-mail, URLs, choices, phone numbers, every
    relation (images, pages, snippets, tags, many-to-many) are the same in every language."""
    if isinstance(field, models.ManyToOneRel):
        return not issubclass(field.related_model, TranslatableMixin)
    if isinstance(field, models.URLField | models.EmailField):
        return True
    if isinstance(field, TEXT):
        return bool(getattr(field, "choices", None)) or "phone" in name
    return True  # dates, times, numbers, booleans, foreign keys, many-to-many, tags


MODELS = translated_models()


def test_the_walk_finds_every_kind_of_translated_model():
    labels = {model._meta.label for model in MODELS}
    assert {
        "pages.HomePage",
        "pages.ContentPage",
        "pages.InitiativeIndexPage",
        "pages.InitiativePage",
        "events.EventIndexPage",
        "events.EventPage",
        "network.OrganisationIndexPage",
        "network.OrganisationPage",
        "network.FindHelpPage",
        "network.Office",
        "network.OfficeHours",
        "network.OfficeClosure",
        "network.OfficeSpecialDate",
        "network.ContactPerson",
        "network.SocialLink",
        "snippets.Category",
        "snippets.TargetGroup",
        "snippets.District",
        "snippets.SpokenLanguage",
        "snippets.SiteFooter",
    } <= labels


def test_every_model_declares_every_field():
    missing = {
        model._meta.label: sorted(set(own_fields(model)) - set(declared(model)))
        for model in MODELS
        if "override_translatable_fields" not in dir(model)
        or set(own_fields(model)) - set(declared(model))
    }
    assert missing == {}


def test_declarations_name_existing_fields():
    stale = {
        model._meta.label: sorted(set(declared(model)) - set(own_fields(model)))
        for model in MODELS
        if set(declared(model)) - set(own_fields(model))
    }
    assert stale == {}


def test_values_that_are_the_same_in_every_language_are_synchronised():
    wrong = {
        f"{model._meta.label}.{name}"
        for model in MODELS
        for name, field in own_fields(model).items()
        if must_be_synchronised(name, field)
        and not isinstance(declared(model).get(name), SynchronizedField)
    }
    assert wrong == set()


def test_inline_objects_that_are_translatable_are_translated_with_their_page():
    wrong = {
        f"{model._meta.label}.{name}"
        for model in MODELS
        for name, field in own_fields(model).items()
        if isinstance(field, models.ManyToOneRel)
        and issubclass(field.related_model, TranslatableMixin)
        and not isinstance(declared(model).get(name), TranslatableField)
    }
    assert wrong == set()
