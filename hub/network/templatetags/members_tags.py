"""Template tags of the members' area: where to apply for membership, the menu entry and
the minutes link that lower apps' templates (navigation, a meeting date) show to members."""

from django import template
from django.urls import reverse
from wagtail.models import Locale, Site

from hub.core.listing.languages import url_for_visitor
from hub.events.models import MeetingMinutes
from hub.network.members.access import is_member
from hub.network.models import OrganisationIndexPage

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


@register.simple_tag(takes_context=True)
def members_area_url(context) -> str:
    """The members' area, in the menu of members only (no query for anonymous visitors)."""
    user = getattr(context.get("request"), "user", None)
    if user is None or not user.is_authenticated or not is_member(user):
        return ""
    return reverse("network:members_home")


@register.simple_tag(takes_context=True)
def minutes_url(context, occurrence) -> str:
    """The members-only minutes of a meeting date, for members only; ``""`` for everyone
    else (no query for anonymous visitors)."""
    user = getattr(context.get("request"), "user", None)
    if (
        user is None
        or not is_member(user)
        or not MeetingMinutes.objects.filter(occurrence=occurrence).exists()
    ):
        return ""
    return reverse("network:minutes", args=[occurrence.pk])
