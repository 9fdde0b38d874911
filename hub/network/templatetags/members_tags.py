"""Template tags of the members' area: where to apply for membership."""

from django import template
from wagtail.models import Locale, Site

from hub.network.models import OrganisationIndexPage
from hub.pages.directory.listing import url_for_visitor

register = template.Library()


@register.simple_tag(takes_context=True)
def membership_apply_url(context) -> str:
    """The "Become a member" form of this site in the visitor's language, or ``""``."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return ""
    active = Locale.get_active()
    index = None
    for home in (site.root_page.localized, site.root_page):
        index = OrganisationIndexPage.objects.live().public().descendant_of(home).first()
        if index is not None:
            break
    if index is None:
        return ""
    return url_for_visitor(index, active, request) + index.apply_subpath()
