"""Taxonomy terms for the forms: offered in the visitor's language, stored in German.

A form's checkboxes carry the term's slug, which is the same in every language. Pages
created from a form link the source-language (German) rows, as pages created in the
admin do; the visitor sees each term under its name in their own language, found through
the ``translation_key`` (one query per taxonomy).
"""

from django.db.models import Model
from wagtail.models import Locale

from hub.snippets.models import Category, District, SpokenLanguage, TargetGroup

# Form field name → taxonomy model, in the order the form shows them.
TAXONOMIES: dict[str, type[Model]] = {
    "categories": Category,
    "target_groups": TargetGroup,
    "districts": District,
    "spoken_languages": SpokenLanguage,
}


def term_choices(model: type[Model], locale: Locale | None = None) -> list[tuple[str, str]]:
    """(slug, name) of every source-language term, named in ``locale`` where translated."""
    locale = locale or Locale.get_active()
    source = list(model.objects.filter(locale=Locale.get_default()))
    names = dict(
        model.objects.filter(
            locale=locale, translation_key__in=[term.translation_key for term in source]
        ).values_list("translation_key", "name")
    )
    choices = [(term, names.get(term.translation_key, term.name)) for term in source]
    choices.sort(key=lambda pair: (pair[0].sort_order, pair[1].casefold()))
    return [(term.slug, name) for term, name in choices]


def source_terms(model: type[Model], slugs: list[str]) -> list[Model]:
    """The source-language rows of the terms named by ``slugs``, in the given order."""
    rows = {
        term.slug: term
        for term in model.objects.filter(locale=Locale.get_default(), slug__in=slugs)
    }
    return [rows[slug] for slug in slugs if slug in rows]


def linked_slugs(page: Model, field_name: str) -> list[str]:
    """The slugs of the terms a page links, whichever language's rows it links."""
    return list(dict.fromkeys(term.slug for term in getattr(page, field_name).all()))


def term_names(model: type[Model], slugs: list[str], locale: Locale | None = None) -> list[str]:
    """Names of the terms ``slugs`` in ``locale`` (source name where untranslated)."""
    names = dict(term_choices(model, locale))
    return [names.get(slug, slug) for slug in slugs]
