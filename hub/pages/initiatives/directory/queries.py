"""Which initiatives a directory shows: one language version each of the initiatives
under its index page and the index's translations (``hub.core.listing.scope``), the
current ones in the directory, the ended ones in the archive. An initiative entered
through the Arabic form is found under /de/ too.
"""

from django.db.models import QuerySet

from hub.core.listing.scope import IndexScope
from hub.pages.models import InitiativePage
from hub.pages.models.initiatives import InitiativeStatus
from hub.pages.search.finding import matching_keys


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
        the hit counts for the initiative, whichever version is shown. The matching is the
        site search's (``hub.pages.search``): spelling variants, word beginnings, small
        typos. The caller intersects with the filtered listing.
        """
        return list(matching_keys(query, self.versions()))
