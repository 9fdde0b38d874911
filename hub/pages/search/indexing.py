"""Filling the search index: a page's text is (re)indexed whenever it is published.

Publishing is the one moment the live text of a page changes (a new page, an edit, a
translation saved in wagtail-localize, a copy, an alias update): Wagtail sends
``page_published`` after the page and its child relations (tags) are saved. Everything
else that decides whether a page is found — unpublishing, moving, view restrictions,
deleting (the entry goes with the page) — is read from the page tree at query time.

After ``migrate``, pages without a current entry (an installation that had none, or
entries made under an older ``normalise.VERSION``) are indexed, so a deploy needs no
extra step; ``manage.py rebuild_search_index`` redoes everything.
"""

import html
from collections.abc import Iterable, Iterator

from django.db import connections
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index

from hub.core.search.normalise import VERSION, normalised_words
from hub.core.search.terms import spaced
from hub.pages.models import SearchEntry, SearchWord

MAX_TEXT = 20_000
MAX_WORD = 100


def _strings(value) -> Iterator[str]:
    if value is None:
        return
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value
    else:
        yield str(value)


def _field_texts(obj, fields: Iterable) -> Iterator[str]:
    """The text of ``obj``'s search fields (as Wagtail's backends would index them),
    related objects' (tags) included; the title is indexed on its own."""
    for field in fields:
        if isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            items = related.all() if hasattr(related, "all") else [related]
            for item in items:
                if item is not None:
                    yield from _field_texts(item, field.fields)
        elif isinstance(field, index.SearchField) and field.field_name != "title":
            yield from _strings(field.get_value(obj))


def page_text(page: Page) -> str:
    """The plain text of a page for excerpts: its search description or teaser first."""
    parts = [page.search_description, *_field_texts(page, type(page).get_search_fields())]
    texts = (" ".join(html.unescape(strip_tags(part)).split()) for part in parts if part)
    return "\n".join(dict.fromkeys(text for text in texts if text))[:MAX_TEXT]


def refresh_entry(page: Page) -> None:
    """Index the current text of ``page`` (its specific type's fields)."""
    page = page.specific
    text = page_text(page)
    title_words = normalised_words(page.title)
    words = title_words + normalised_words(text)
    SearchEntry.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "title_words": spaced(title_words),
            "words": spaced(words),
            "text": text,
            "version": VERSION,
        },
    )
    SearchWord.objects.bulk_create(
        [SearchWord(word=word) for word in dict.fromkeys(words) if len(word) <= MAX_WORD],
        ignore_conflicts=True,
        batch_size=500,
    )


def on_page_published(sender, instance: Page, **kwargs) -> None:
    refresh_entry(instance)


def index_missing_pages(using: str = "default", **kwargs) -> int:
    """Index the live pages without a current entry; how many there were."""
    if SearchEntry._meta.db_table not in connections[using].introspection.table_names():
        return 0  # migrated back to before the index existed
    current = SearchEntry.objects.using(using).filter(version=VERSION).values("page_id")
    pages = Page.objects.using(using).live().exclude(pk__in=current).exclude(depth=1)
    count = 0
    for page in pages.specific().iterator():
        refresh_entry(page)
        count += 1
    return count


def rebuild() -> int:
    """Index every live page again, from an empty index; how many pages."""
    SearchEntry.objects.all().delete()
    SearchWord.objects.all().delete()
    return index_missing_pages()
