"""Which pages a listing sees: the children of an index page and of its translations, or
everything below the current site's root and its translations.

Several municipalities may share one installation, each a Wagtail Site; every listing,
feed and finder is scoped to one index or one site's tree, and shows one language
version of each page (``languages.one_version_each``).
"""

from django.db.models import Q, QuerySet
from django.http import HttpRequest
from wagtail.models import Locale, Page, Site

from hub.core.listing.languages import one_version_each


def index_versions(index: Page) -> list[Page]:
    """The live language versions of an index page, itself included."""
    versions = list(index.get_translations(inclusive=False).live().only("path", "depth"))
    return [index, *versions]


def children_q(indexes: list[Page]) -> Q:
    """The pages right below one of ``indexes``."""
    condition = Q(pk__in=[])
    for index in indexes:
        condition |= Q(path__startswith=index.path, depth=index.depth + 1)
    return condition


def descendants_q(roots: list[Page]) -> Q:
    """The pages anywhere below one of ``roots``."""
    condition = Q(pk__in=[])
    for root in roots:
        condition |= Q(path__startswith=root.path, depth__gt=root.depth)
    return condition


def site_roots(request: HttpRequest, page: Page) -> list[Page]:
    """The root page of the request's site (else ``page``'s) and its translations."""
    site = Site.find_for_request(request) or page.get_site()
    root = site.root_page
    return [root, *root.get_translations(inclusive=False).only("path", "depth")]


class IndexScope:
    """The pages of ``model`` under one index page and its translations, seen from one
    language. A listing names its ``model`` in a subclass."""

    model: type[Page]

    def __init__(self, index: Page, active: Locale) -> None:
        self.index = index
        self.active = active
        self.default = Locale.get_default()
        self.indexes = index_versions(index)

    def versions(self) -> QuerySet:
        """Every live, public language version of a page under the index."""
        return self.model.objects.live().public().filter(children_q(self.indexes))

    def shown(self) -> QuerySet:
        """One version per page, the one a visitor in this language should read."""
        return one_version_each(self.versions(), self.active, self.default)
