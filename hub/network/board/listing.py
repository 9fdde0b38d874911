"""Which entries a member sees, and the list's filters read from the URL.

``?kind=offer&kind=search&category=sprache&organisation=12&q=Tigrinya&mine=1&page=2``:
within kind and category the chosen values are alternatives, across them all must hold.
Search is a plain ``icontains`` on title and text: a city's board holds hundreds of
entries, and it behaves the same on SQLite and PostgreSQL.
"""

from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.http import QueryDict
from django.utils import timezone
from wagtail.models import Locale

from hub.core.permissions import is_editor
from hub.core.text import search_words
from hub.network.models import BoardEntry, BoardKind, OrganisationPage
from hub.snippets.form_terms import term_choices
from hub.snippets.models import Category

MAX_QUERY_LENGTH = 200
MAX_VALUES = 30


@dataclass(frozen=True)
class BoardFilters:
    kinds: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    organisation: int | None = None
    query: str = ""
    mine: bool = False

    @classmethod
    def from_query(cls, data: QueryDict, category_slugs: set[str]) -> "BoardFilters":
        organisation = data.get("organisation", "")
        return cls(
            kinds=[k for k in data.getlist("kind")[:MAX_VALUES] if k in BoardKind.values],
            categories=[c for c in data.getlist("category")[:MAX_VALUES] if c in category_slugs],
            organisation=int(organisation) if organisation.isdigit() else None,
            query=search_words(data.get("q", ""), MAX_QUERY_LENGTH),
            mine=data.get("mine") == "1",
        )

    @property
    def active_count(self) -> int:
        return (
            len(self.kinds)
            + len(self.categories)
            + (self.organisation is not None)
            + bool(self.query)
            + self.mine
        )

    @property
    def is_active(self) -> bool:
        return bool(self.active_count)

    def params(self) -> list[tuple[str, str]]:
        """The URL parameters of this state (``paginate`` appends the page)."""
        params = [("kind", kind) for kind in self.kinds]
        params += [("category", slug) for slug in self.categories]
        if self.organisation is not None:
            params.append(("organisation", str(self.organisation)))
        if self.query:
            params.append(("q", self.query))
        if self.mine:
            params.append(("mine", "1"))
        return params


def visible_entries(user) -> QuerySet:
    """Entries ``user`` may open: everything not hidden; hidden ones for their author
    and the editors."""
    entries = BoardEntry.objects.all()
    if is_editor(user):
        return entries
    return entries.filter(Q(hidden=False) | Q(author=user))


def listed_entries(user, filters: BoardFilters) -> QuerySet:
    """The list: current entries, plus the hidden (not expired) ones that ``user`` may
    still see, flagged in the template; "my entries" shows all of one's own."""
    if filters.mine:
        entries = BoardEntry.objects.filter(author=user)
    else:
        today = timezone.localdate()
        entries = visible_entries(user).filter(
            Q(expires_on__isnull=True) | Q(expires_on__gte=today)
        )
    if filters.kinds:
        entries = entries.filter(kind__in=filters.kinds)
    if filters.categories:
        entries = entries.filter(
            category__slug__in=filters.categories, category__locale=Locale.get_default()
        )
    if filters.organisation is not None:
        entries = entries.filter(organisation_id=filters.organisation)
    for word in filters.query.split():
        entries = entries.filter(Q(title__icontains=word) | Q(text__icontains=word))
    return entries.select_related("author", "organisation", "category").order_by(
        "-created_at", "-pk"
    )


def organisation_names(pages, locale: Locale | None = None) -> dict[int, str]:
    """Source page id → the organisation's title in ``locale`` where translated and live."""
    locale = locale or Locale.get_active()
    pages = list(pages)
    translated = dict(
        OrganisationPage.objects.filter(
            translation_key__in=[page.translation_key for page in pages],
            locale=locale,
            live=True,
        ).values_list("translation_key", "title")
    )
    return {page.pk: translated.get(page.translation_key, page.title) for page in pages}


def category_names() -> dict[str, str]:
    """Slug → name in the active language."""
    return dict(term_choices(Category))


def organisation_options() -> list[tuple[int, str]]:
    """Organisations that have entries on the board, for the filter."""
    pages = OrganisationPage.objects.filter(
        pk__in=BoardEntry.objects.filter(organisation__isnull=False).values("organisation_id")
    )
    names = organisation_names(pages)
    return sorted(names.items(), key=lambda item: item[1].casefold())
