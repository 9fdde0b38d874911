"""A filter dimension that is a many-to-many relation of a page model to terms with slugs
(an initiative's categories, an event's spoken languages): narrowing and counting go
through the link table, one SQL statement each, however many pages or terms exist."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Model, QuerySet

from hub.core.listing.state import Dimension


@dataclass(frozen=True)
class RelationDimension(Dimension):
    """The dimension of ``page_model.<relation>``; its values are the terms' slugs."""

    page_model: type[Model]
    relation: str

    @property
    def model(self) -> type[Model]:
        """The model of the terms (a taxonomy)."""
        return self.page_model._meta.get_field(self.relation).related_model

    @property
    def page_column(self) -> str:
        """The link table's column of the page."""
        return f"{self.page_model._meta.model_name}_id"

    def links(self) -> tuple[QuerySet, str]:
        """The link table and the path from a link to the term's slug."""
        through = getattr(self.page_model, self.relation).through
        return through.objects.all(), f"{self.model._meta.model_name}__slug"

    def links_of(self, pages: QuerySet) -> QuerySet:
        """The links of ``pages`` (a subquery: no rows are loaded here)."""
        links, _slug = self.links()
        return links.filter(**{f"{self.page_column}__in": pages.values("pk")})

    def pages_with_any(self, slugs: Iterable[str]) -> QuerySet:
        """A subquery of the ids of pages linked to at least one of ``slugs``."""
        links, slug_path = self.links()
        return links.filter(**{f"{slug_path}__in": list(slugs)}).values(self.page_column)

    def narrow(self, pages: QuerySet, values: tuple[str, ...]) -> QuerySet:
        return pages.filter(pk__in=self.pages_with_any(values))
