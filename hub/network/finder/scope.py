"""Which organisations the finder and the export see: those of the current site.

Several municipalities may share one installation, each a Wagtail Site whose root is a
German home page with its translations beside it. An organisation is listed once, in the
visitor's language where a live translation exists, else in German (``one_version_each``,
as in the initiatives directory); its offices are those of that version.
"""

from django.db.models import Prefetch, Q, QuerySet
from django.http import HttpRequest
from wagtail.models import Locale, Page, Site

from hub.network.models import Office, OrganisationPage
from hub.pages.initiatives.directory.queries import one_version_each

# Everything an office row needs: district, hours and their languages, closures, special
# dates; the organisation's services. One query each, whatever the number of offices.
# Offices in the editor's order, ties (rows saved without one) by age on every database.
OFFICE_PREFETCH = (
    "services",
    Prefetch(
        "offices", queryset=Office.objects.select_related("district").order_by("sort_order", "pk")
    ),
    "offices__hours__languages",
    "offices__closures",
    "offices__special_dates__languages",
)


def site_roots(request: HttpRequest, page: Page) -> list[Page]:
    """The root page of the request's site (else ``page``'s) and its translations."""
    site = Site.find_for_request(request) or page.get_site()
    root = site.root_page
    return [root, *root.get_translations(inclusive=False).only("path", "depth")]


def listed_versions(
    roots: list[Page], active: Locale, default: Locale
) -> QuerySet[OrganisationPage]:
    """Live, public organisations below ``roots``, one version each."""
    below = Q(pk__in=[])
    for root in roots:
        below |= Q(path__startswith=root.path, depth__gt=root.depth)
    versions = OrganisationPage.objects.live().public().filter(below)
    return one_version_each(versions, active, default).select_related("locale")


def organisations(
    roots: list[Page], active: Locale, default: Locale, *prefetch
) -> QuerySet[OrganisationPage]:
    """Live, public organisations below ``roots``, one version each, with ``prefetch``."""
    return listed_versions(roots, active, default).prefetch_related(*OFFICE_PREFETCH, *prefetch)
