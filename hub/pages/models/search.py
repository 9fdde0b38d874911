"""The site search's own index: per page (each language version is a page) its text as
the visitor reads it and in the normalised form that queries meet
(``hub.core.search``), and the vocabulary that typo tolerance looks up.

Wagtail's search backends stem and tokenise per language configuration and know neither
the Arabic and Persian spelling variants nor German umlaut spellings, and SQLite's has no
typo tolerance; a table of normalised words works the same on SQLite and PostgreSQL (with
a trigram index there, see migration 0007). Whether a page is live, public and on this
site is asked of the page tree at query time, so unpublishing, moving or restricting a
page takes effect at once; the text is refreshed when a page is published
(``hub.pages.search.indexing``).
"""

from django.db import models


class SearchEntry(models.Model):
    """The searchable text of one page in one language."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    # Normalised words, distinct, between single spaces with a space at both ends.
    title_words = models.TextField(blank=True)
    words = models.TextField(blank=True)
    # Plain text (no markup) for excerpts: teaser first, then the rest of the page.
    text = models.TextField(blank=True)
    # hub.core.search.normalise.VERSION the words were made with.
    version = models.PositiveSmallIntegerField(default=0)
    indexed_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"search entry of page {self.page_id}"


class SearchWord(models.Model):
    """Every normalised word the index has seen: where a mistyped query word finds the
    word that was meant. Words of deleted pages stay until ``rebuild_search_index``."""

    word = models.CharField(max_length=100, unique=True)

    def __str__(self) -> str:
        return self.word
