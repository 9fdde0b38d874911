"""Links between the language versions of a page.

Used by the language switcher, the ``hreflang`` alternates and the sitemap. The rule of
the site: every language link leads somewhere readable. Where a page has no translation
yet, the link leads to the source page under the chosen language prefix, which the home
page's router serves with a notice (see ``HomePage.route``).
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name_local: str
    url: str
    is_current: bool
    is_translated: bool
    bidi: bool


def live_translations(page: Page) -> dict[str, Page]:
    """The live language versions of ``page`` (itself included), keyed by language code."""
    pages = page.get_translations(inclusive=True).live().public().select_related("locale")
    return {p.locale.language_code: p for p in pages}


def variant_base(code: str) -> str | None:
    """The language whose UI texts and pages a variant borrows (``"de"`` for Easy German,
    see ``hub.settings.languages.LANGUAGE_VARIANTS``), else None."""
    return settings.HUB_LANGUAGE_VARIANTS.get(code)


def fallback_locales(locale: Locale) -> list[Locale]:
    """The locales whose pages stand in for ``locale``'s missing ones, best first.

    A reader of Easy German understands standard German better than the source language
    of a network that writes in another one, so a variant's base language comes first;
    then the source language, which has every page.
    """
    default = Locale.get_default()
    codes = [variant_base(locale.language_code), default.language_code]
    found = {item.language_code: item for item in Locale.objects.filter(language_code__in=codes)}
    fallbacks: list[Locale] = []
    for code in codes:
        candidate = found.get(code) if code else None
        if candidate is not None and candidate.pk != locale.pk and candidate not in fallbacks:
            fallbacks.append(candidate)
    return fallbacks


def url_under_language(page: Page, language_code: str, request: HttpRequest | None) -> str:
    """The URL of ``page`` as served under another language's prefix."""
    page_url = page.get_url(request) or "/"
    with translation.override(page.locale.language_code):
        own_prefix = reverse("wagtail_serve", args=[""])
    with translation.override(language_code):
        other_prefix = reverse("wagtail_serve", args=[""])
    if own_prefix in page_url:
        before, _sep, after = page_url.partition(own_prefix)
        return before + other_prefix + after
    return page_url


def language_links(request: HttpRequest, page: Page | None = None) -> list[LanguageLink]:
    current = translation.get_language()
    translations = live_translations(page) if page is not None else {}
    default_code = Locale.get_default().language_code
    source = translations.get(default_code, page)
    suffix = _route_suffix(request, page) if page is not None else ""
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        if page is None:
            url = translate_url(request.get_full_path(), code)
        elif code in translations:
            url = translations[code].get_url(request) + suffix
        else:
            stand_in = translations.get(variant_base(code) or "", source)
            url = url_under_language(stand_in, code, request) + suffix
        links.append(
            LanguageLink(
                code=code,
                name_local=info["name_local"],
                url=url,
                is_current=code == current,
                is_translated=page is None or code in translations,
                bidi=bool(info.get("bidi")),
            )
        )
    return links


def _route_suffix(request: HttpRequest, page: Page) -> str:
    """What follows the page's own URL in this request: a sub-route and the query string.

    Routable pages (the initiatives directory) serve ``archive/`` or ``submit/`` below
    their URL, and filter slugs are the same in every language, so both carry over.
    """
    page_url = page.get_url(request) or ""
    path = request.path
    rest = path[len(page_url) :] if page_url and path.startswith(page_url) else ""
    query = request.META.get("QUERY_STRING", "")
    return rest + (f"?{query}" if query else "")


def live_translation(page: Page) -> Page | None:
    """The live version of ``page`` in the visitor's language when ``page`` is in another
    one (the home page's fallback serves the source tree under every prefix), else None."""
    active = Locale.get_active()
    if page.locale_id == active.pk:
        return None
    translated = page.get_translation_or_none(active)
    if translated is None or not translated.live:
        return None
    return translated


def redirect_to_translation(
    request: HttpRequest, page: Page, suffix: str = ""
) -> HttpResponse | None:
    """Send a visitor who reached another language's version to their own language's.

    The home page's fallback routing serves the source tree under any language prefix;
    routable pages' routes bypass ``LocalizedPage.serve``, so their views call this.
    ``suffix`` is the route below the page's URL; the query string is kept.
    """
    translated = live_translation(page)
    if translated is None:
        return None
    query = request.GET.urlencode()
    url = translated.get_url(request) + suffix
    return HttpResponseRedirect(url + ("?" + query if query else ""))


@dataclass(frozen=True)
class UntranslatedParts:
    """What of a translated page still shows in the source language.

    ``count``: texts (segments) not translated. ``fields``: fields with no text translated
    at all, ``blocks``: top-level StreamField blocks likewise (by block id); templates mark
    them ``lang``/``dir`` of the source with ``{% source_language %}``. ``source``: the
    source's language code.
    """

    count: int = 0
    fields: frozenset[str] = frozenset()
    blocks: frozenset[str] = frozenset()
    source: str = ""


NOTHING_UNTRANSLATED = UntranslatedParts()


def untranslated_parts(page: Page) -> UntranslatedParts:
    """Which texts of this translation still show in the source language.

    wagtail-localize publishes a translation with its untranslated texts in the source
    language, and a sync brings the source's new texts in that way too. The page then
    says so (``includes/partial_translation_notice.html``) and marks those texts' language.
    Counted against the source version the page was last published from; a translation
    published before the latest source change shows older, complete texts (the
    translators' overview calls it outdated). Pages translated without wagtail-localize
    count as complete. Two queries.
    """
    from wagtail_localize.models import StringSegment, StringTranslation, Translation

    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .exclude(source__locale_id=page.locale_id)
        .select_related("source__locale")
        .first()
    )
    if translation is None:
        return NOTHING_UNTRANSLATED
    published = page.last_published_at
    if published is not None and translation.source.last_updated_at > published:
        return NOTHING_UNTRANSLATED
    segments = (
        StringSegment.objects.filter(source_id=translation.source_id)
        .annotate(
            translated=Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale_id=page.locale_id,
                    has_error=False,
                )
            )
        )
        .values_list("context__path", "translated")
    )
    parts: dict[str, list[bool]] = {}
    count = 0
    for path, translated in segments:
        count += not translated
        names = path.split(".")
        parts.setdefault(names[0], []).append(translated)
        if len(names) > 1:
            parts.setdefault(f"{names[0]}.{names[1]}", []).append(translated)
    if not count:
        return NOTHING_UNTRANSLATED
    untouched = {part for part, states in parts.items() if not any(states)}
    return UntranslatedParts(
        count=count,
        fields=frozenset(part for part in untouched if "." not in part),
        blocks=frozenset(part.split(".", 1)[1] for part in untouched if "." in part),
        source=translation.source.locale.language_code,
    )


def text_direction(code: str) -> str:
    """``"rtl"`` for a language written right to left (Arabic, Persian, …), else ``"ltr"``;
    languages Django does not know count as left to right."""
    try:
        return "rtl" if get_language_info(code)["bidi"] else "ltr"
    except KeyError:
        return "ltr"


def lang_dir_attributes(code: str) -> SafeString:
    """`` lang="…" dir="…"`` for an element holding text written in ``code``."""
    return format_html(' lang="{}" dir="{}"', code, text_direction(code))


# Languages that write the names of languages in lower case within a sentence
# ("Texte en allemand"); Django's catalogs name them capitalised, as in a menu.
LOWER_CASE_LANGUAGE_NAMES = frozenset({"fr", "es", "it", "pt", "ro", "pl", "ru", "uk"})


def translated_language_name(code: str, *, in_sentence: bool = False) -> str:
    """The language ``code`` named in the active language: "الألمانية" for ``de`` on
    /ar/, "Arabisch" for a German editor (Django ships these names); unknown codes as is.

    For the language badges ("Text in German"), the fallback notices and e-mails: what a
    visitor reads about a language is in their own language, not in that language.
    ``in_sentence``: the name stands inside a sentence ("Texte en allemand"), not alone
    as a heading or menu entry.
    """
    try:
        name = str(get_language_info(code)["name_translated"])
    except KeyError:
        return code
    active = (translation.get_language() or "").split("-")[0]
    return name.lower() if in_sentence and active in LOWER_CASE_LANGUAGE_NAMES else name


def language_choices() -> list[tuple[str, str]]:
    """The site's languages, each named in itself ("العربية", "Français")."""
    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]
