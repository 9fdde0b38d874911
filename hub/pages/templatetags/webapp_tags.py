"""The page frame's part of the web app (see ``hub.pages.webapp``): the offline notice the
service worker's stored pages show, and the script that registers the worker."""

from django import template
from django.conf import settings
from django.urls import reverse

from hub.core.digits import numbering_system

register = template.Library()


@register.inclusion_tag("includes/offline_notice.html")
def offline_notice():
    """Hidden until js/offline.js finds the page came from the worker's store; the date
    is then written in the site's time zone and the language's digits."""
    return {"numbering": numbering_system(), "time_zone": settings.TIME_ZONE}


@register.inclusion_tag("includes/webapp_script.html")
def webapp_script():
    return {
        "worker": reverse("service_worker"),
        "precache": reverse("offline_pages"),
    }
