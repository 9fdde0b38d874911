"""Template tags for the site frame: navigation, language switcher, footer, alternates."""

from django import template
from django.conf import settings
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from hub.core.i18n import (
    lang_dir_attributes,
    language_links,
    live_translations,
    translated_language_name,
    url_under_language,
)
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
    """The menu pages of the source-language tree, each in the visitor's language.

    A page not yet translated keeps its place in the menu (under its source title and
    marked with its language), so every language has the same menu and no dead end.
    """
    request = context["request"]
    site = Site.find_for_request(request)
    current = context.get("page")
    items = []
    if site is not None:
        active = Locale.get_active()
        source_children = list(
            site.root_page.get_children().live().public().in_menu().select_related("locale")
        )
        translated = {
            page.translation_key: page
            for page in Page.objects.live()
            .public()
            .filter(
                locale=active,
                translation_key__in=[child.translation_key for child in source_children],
            )
        }
        for source in source_children:
            page = translated.get(source.translation_key)
            if page is not None:
                url = page.get_url(request)
            else:
                page = source
                url = url_under_language(source, active.language_code, request)
            is_active = current is not None and current.translation_key == page.translation_key
            items.append(
                {
                    "title": page.title,
                    "url": url,
                    "is_active": is_active,
                    "lang": "" if page.locale_id == active.pk else source.locale.language_code,
                }
            )
    return {"items": items, "request": request}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    # A view outside the page tree may work out its own links (e.g. a route whose
    # parent page has a different slug in each language).
    links = context.get("language_links") or language_links(request, context.get("page"))
    return {"links": links}


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
    return {"footer": footer, "request": request, "language_code": get_language()}


@register.filter
def language_name(code: str) -> str:
    """The name of a language in the visitor's language, as it stands in a sentence:
    "الألمانية" for ``de`` on /ar/ ("Text in German", "not yet available in English").
    Overrides Django's filter of the same name, which gives the English name."""
    return translated_language_name(code, in_sentence=True)


@register.simple_tag
def text_language(code: str) -> SafeString:
    """`` lang="…" dir="…"`` for a text written in ``code`` when the visitor reads another
    language (a fallback to the source text), else nothing."""
    active = (get_language() or "").lower()
    if not code or code.lower() == active or code.lower() == active.split("-")[0]:
        return SafeString("")
    return lang_dir_attributes(code)


@register.simple_tag(takes_context=True)
def source_language(context, part) -> SafeString:
    """`` lang="de" dir="ltr"`` on a field (``"summary"``) or StreamField block (its id)
    of a translated page that still shows in the source language, else nothing. See
    ``hub.core.i18n.untranslated_parts``."""
    untranslated = context.get("untranslated")
    if not untranslated or (
        part not in untranslated.fields and str(part) not in untranslated.blocks
    ):
        return SafeString("")
    return text_language(untranslated.source)
