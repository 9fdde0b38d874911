"""Which organisations the finder and the export see: those of the current site.

Several municipalities may share one installation, each a Wagtail Site whose root is a
German home page with its translations beside it. An organisation is listed once, in the
visitor's language where a live translation exists, else in German (``one_version_each``,
as in every listing); its offices are those of that version.
"""

from django.db.models import Prefetch, QuerySet
from wagtail.models import Locale, Page

from hub.core.listing.languages import one_version_each
from hub.core.listing.scope import descendants_q
from hub.network.models import Office, OrganisationPage

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


def listed_versions(
    roots: list[Page], active: Locale, default: Locale
) -> QuerySet[OrganisationPage]:
    """Live, public organisations below ``roots``, one version each."""
    versions = OrganisationPage.objects.live().public().filter(descendants_q(roots))
    return one_version_each(versions, active, default).select_related("locale")


def organisations(
    roots: list[Page], active: Locale, default: Locale, *prefetch
) -> QuerySet[OrganisationPage]:
    """Live, public organisations below ``roots``, one version each, with ``prefetch``."""
    return listed_versions(roots, active, default).prefetch_related(*OFFICE_PREFETCH, *prefetch)
