"""Small facts about pages in the tree that several apps need: a free slug under a parent,
and the locale a page's translations are made from (wagtail-localize)."""

from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource


def free_slug(index: Page, title: str, fallback: str = "initiative") -> str:
    """A slug from the title, unique under ``index``; ``fallback`` for other scripts."""
    base = slugify(title)[:70].strip("-") or fallback
    taken = set(index.get_children().values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def source_locale_id(page: Page) -> int:
    """The locale translations of this page are made from (else the default)."""
    source = (
        TranslationSource.objects.filter(object_id=page.translation_key)
        .values_list("locale_id", flat=True)
        .first()
    )
    return source if source is not None else Locale.get_default().pk
