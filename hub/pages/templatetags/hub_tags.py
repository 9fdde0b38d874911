"""Template tags for the site frame: navigation, language switcher, footer, alternates."""

from django import template
from django.conf import settings
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page, Site

from hub.pages.i18n import language_links, live_translations
from hub.snippets.models import SiteFooter

register = template.Library()


def _home_for_request(request) -> Page | None:
    """The home page in the active language (cached on the request)."""
    if not hasattr(request, "_hub_home"):
        site = Site.find_for_request(request)
        request._hub_home = site.root_page.localized.specific if site else None
    return request._hub_home


@register.simple_tag(takes_context=True)
def home_page(context):
    return _home_for_request(context["request"])


@register.inclusion_tag("includes/navigation.html", takes_context=True)
def main_navigation(context):
    request = context["request"]
    home = _home_for_request(request)
    current = context.get("page")
    current_path = current.path if current is not None else ""
    items = []
    if home is not None:
        children = home.get_children().live().public().in_menu()
        items = [(item, current_path.startswith(item.path)) for item in children]
    return {"request": request, "items": items}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    return {"links": language_links(request, context.get("page"))}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    """``<link rel=alternate>`` for translations that really exist, plus x-default."""
    request = context["request"]
    page = context.get("page")
    if page is None:
        return {"alternates": [], "default_url": ""}
    translations = live_translations(page)
    alternates = [
        (code, translations[code].get_full_url(request))
        for code, _name in settings.LANGUAGES
        if code in translations
    ]
    default_page = translations.get(Locale.get_default().language_code)
    return {
        "alternates": alternates,
        "default_url": default_page.get_full_url(request) if default_page else "",
    }


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    footer = SiteFooter.objects.for_site_and_locale(
        Site.find_for_request(request), Locale.get_active()
    )
    return {"footer": footer, "request": request}


@register.filter
def language_name(code: str) -> str:
    """The name of a language in that language ("العربية" for ``ar``)."""
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code
