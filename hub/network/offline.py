"""The network's pages a phone keeps for offline reading from a visitor's first visit on
(see ``hub.pages.webapp``): the compass ("find help"), the organisations' index and the
organisations themselves (addresses, office hours), in the visitor's language. Whoever
sits in a shelter without mobile data can still see where to go and when it is open."""

from __future__ import annotations

from django.http import HttpRequest
from wagtail import hooks
from wagtail.models import Site

from hub.core.site import localized_url
from hub.network.models import FindHelpPage, OrganisationIndexPage, OrganisationPage
from hub.pages.webapp import OFFLINE_PAGES_HOOK

# The worker keeps 100 pages; the organisations leave room for what a visitor opens.
MAX_ORGANISATIONS = 60


@hooks.register(OFFLINE_PAGES_HOOK)
def compass_and_organisations(request: HttpRequest) -> list[str]:
    site = Site.find_for_request(request)
    if site is None:
        return []
    pages = [
        model.objects.live().public().descendant_of(site.root_page).first()
        for model in (FindHelpPage, OrganisationIndexPage)
    ]
    # German originals: localized_url finds each one's translation (or its fallback).
    pages += (
        OrganisationPage.objects.live()
        .public()
        .descendant_of(site.root_page)
        .filter(locale__language_code=site.root_page.locale.language_code)
        .order_by("title")[:MAX_ORGANISATIONS]
    )
    return [localized_url(page, request) for page in pages if page is not None]
