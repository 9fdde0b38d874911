"""The site's privacy notice, which every public form links to (consent checkboxes)."""

from django.db.models import Q
from django.http import HttpRequest
from wagtail.models import Locale, Site

from hub.core.site import localized_url
from hub.pages.models import ContentPage

# The privacy notice is found by its usual slugs (the demo content uses these).
PRIVACY_SLUGS = ("datenschutz", "privacy", "confidentialite", "privacidad", "privacy-policy")


def privacy_url(request: HttpRequest) -> str:
    """The privacy notice of this site (in the visitor's language where translated)."""
    site = Site.find_for_request(request)
    if site is None:
        return ""
    in_site = Q()
    for home in site.root_page.get_translations(inclusive=True).only("path"):
        in_site |= Q(path__startswith=home.path)
    candidates = (
        ContentPage.objects.live().public().filter(in_site, slug__in=PRIVACY_SLUGS).order_by("pk")
    )
    page = candidates.filter(locale=Locale.get_active()).first() or candidates.first()
    return localized_url(page, request) if page else ""
