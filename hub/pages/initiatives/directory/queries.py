"""Which initiatives a directory shows: one language version each of the initiatives
under its index page and the index's translations (``hub.core.listing.scope``), the
current ones in the directory, the ended ones in the archive. An initiative entered
through the Arabic form is found under /de/ too.
"""

from django.db.models import QuerySet

from hub.core.listing.scope import IndexScope, children_q
from hub.pages.models import InitiativePage
from hub.pages.models.initiatives import InitiativeStatus


class DirectoryScope(IndexScope):
    """The initiatives under one index page and its translations, seen from one language."""

    model = InitiativePage

    def current(self) -> QuerySet:
        """One version per initiative still running (or paused): the directory's."""
        return self.shown().exclude(status=InitiativeStatus.ENDED)

    def ended(self) -> QuerySet:
        """One version per ended project: the archive's."""
        return self.shown().filter(status=InitiativeStatus.ENDED)

    def matching_keys(self, query: str) -> list:
        """The translation keys of initiatives whose text in any language matches ``query``.

        Someone reading the English directory may know an initiative by its German name;
        the hit counts for the initiative, whichever version is shown. The database search
        backend cannot filter on many-to-many relations, so the caller intersects.
        """
        # A stray double quote is a syntax error for SQLite's full-text MATCH; nobody
        # needs phrase search in a directory of a few hundred entries.
        words = query.replace('"', " ").strip()
        if not words:
            return []
        hits = (
            InitiativePage.objects.live()
            .filter(children_q(self.indexes))
            .search(words, operator="and")
        )
        return list({hit.translation_key for hit in hits})
