"""Language metadata that Django does not ship.

Django's ``LANG_INFO`` lacks several languages that refugee-help networks counsel in
(Pashto, Dari, Tigrinya, Somali, Amharic, Kurmanji) and ``LANGUAGES_BIDI`` lists only
some right-to-left scripts. ``build_languages`` turns a list of codes (from
``HUB_LANGUAGES``) into ``LANGUAGES`` after registering the missing metadata, so adding
a language is a settings change plus a catalog under ``locale/``.

Easy German ("Einfache Sprache", ``EASY_GERMAN``) is a content language of its own: short
sentences, one statement each, hard words explained — written by translators like any
other language and offered in the language switcher. Its code is ``de-x-einfach``, a valid
BCP 47 tag: the primary subtag ``de`` makes screen readers read it with a German voice
and search engines see German, the private-use part ``x-einfach`` tells it apart from
standard German (there is no registered subtag for Easy German; a region subtag such as
``de-si`` would claim Slovenia). Django accepts it everywhere a language code goes: its
language code regex and the ``i18n_patterns`` prefix ``/de-x-einfach/`` (two subtags
after the language are allowed), ``<html lang="de-x-einfach">``, ``hreflang`` (HTML asks
for any BCP 47 tag), wagtail-localize's ``Locale``, and the 12 characters of the
``language`` fields of registrations and applications.

It is a *variant* of German (``LANGUAGE_VARIANTS``): it has no gettext catalog of its own.
``to_locale`` makes it ``de_X-einfach``, and gettext, looking a catalog up, tries
``de_X-einfach`` and then ``de`` — so buttons, notices and e-mails are in standard German
(Django's own fallback to ``LANGUAGE_CODE`` would end in the same catalog, but only while
the site's source language is German). Dates and numbers follow the same route:
``formats.iter_format_modules`` tries ``de_X-einfach`` and then ``de``, so Easy German
pages write dates as German ones ("4. März 2026"). ``with_catalogs`` leaves variants out,
so ``make messages`` and ``scripts/check_catalogs.py`` never ask for a catalog of one, and
a page not written in Easy German falls back to the German one
(``hub.core.i18n.content_fallbacks``), saying so.
"""

from pathlib import Path

from django.conf.locale import LANG_INFO


def gettext_noop(message: str) -> str:
    """Marks a msgid for ``makemessages`` (which looks for this name). Django's own
    needs configured settings, and scripts/check_catalogs.py imports this module without."""
    return message


# Easy German: German UI, content written in short, simple sentences.
EASY_GERMAN = "de-x-einfach"

EXTRA_LANG_INFO: dict[str, dict[str, object]] = {
    "ps": {"bidi": True, "code": "ps", "name": "Pashto", "name_local": "پښتو"},
    "prs": {"bidi": True, "code": "prs", "name": "Dari", "name_local": "دری"},
    "ti": {"bidi": False, "code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ"},
    "so": {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"},
    "am": {"bidi": False, "code": "am", "name": "Amharic", "name_local": "አማርኛ"},
    "kmr": {"bidi": False, "code": "kmr", "name": "Kurmanji", "name_local": "Kurmancî"},
    # The English name is a msgid: Django shows it as ``name_translated``.
    EASY_GERMAN: {
        "bidi": False,
        "code": EASY_GERMAN,
        "name": gettext_noop("Easy German"),
        "name_local": "Einfache Sprache",
    },
}

# A language whose UI texts, formats and missing pages are those of another one.
LANGUAGE_VARIANTS: dict[str, str] = {EASY_GERMAN: "de"}

# Django's default bidi list plus the right-to-left languages it does not know.
LANGUAGES_BIDI = ["he", "ar", "ar-dz", "ckb", "fa", "ug", "ur", "ps", "prs"]

# Easy German right after German, where a reader of German looks for it.
DEFAULT_LANGUAGES = ("de", EASY_GERMAN, "en", "ar", "fa", "fr")


def register_extra_languages() -> None:
    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO.setdefault(code, info)


def parse_codes(raw: str | None) -> list[str]:
    """Split ``"de, en ,ar"`` into ``["de", "en", "ar"]``, keeping order, dropping repeats."""
    if not raw:
        return list(DEFAULT_LANGUAGES)
    codes: list[str] = []
    for part in raw.replace(";", ",").split(","):
        code = part.strip().lower()
        if code and code not in codes:
            codes.append(code)
    return codes


def with_catalogs(codes: list[str], locale_dir: Path) -> list[str]:
    """The languages with a catalog: ``codes`` without variants (Easy German uses German's),
    followed by every other language with a catalog under ``locale_dir``.

    ``make messages`` and ``scripts/check_catalogs.py`` use this: a catalog once added to
    ``locale/`` keeps being refreshed and checked on machines whose ``HUB_LANGUAGES`` does
    not list its language (a developer's shell rarely holds the production value).
    """
    own = [code for code in codes if code not in LANGUAGE_VARIANTS]
    found = sorted(path.parent.parent.name for path in locale_dir.glob("*/LC_MESSAGES/django.po"))
    return [*own, *(code for code in found if code not in own)]


def build_languages(codes: list[str]) -> list[tuple[str, str]]:
    """``LANGUAGES`` for the given codes; unknown codes are a configuration error."""
    register_extra_languages()
    languages = []
    for code in codes:
        info = LANG_INFO.get(code)
        if info is None:
            raise ValueError(
                f"Unknown language code {code!r} in HUB_LANGUAGES: add it to "
                "EXTRA_LANG_INFO in hub/settings/languages.py"
            )
        languages.append((code, str(info["name"])))
    return languages


# Digit shapes a language can use (Unicode CLDR numbering systems); see hub/core/digits.py.
NUMBERING_SYSTEM_NAMES = ("latn", "arab", "arabext")


def parse_numbering_systems(raw: str | None) -> dict[str, str]:
    """``"ar=latn, ps=arabext"`` into ``{"ar": "latn", "ps": "arabext"}``; a typo is a
    configuration error at start-up, not a crash on the first Arabic page."""
    systems: dict[str, str] = {}
    for part in (raw or "").replace(";", ",").split(","):
        if not part.strip():
            continue
        code, sep, system = (item.strip().lower() for item in part.partition("="))
        if not sep or not code or system not in NUMBERING_SYSTEM_NAMES:
            raise ValueError(
                f"HUB_NUMBERING_SYSTEMS: {part.strip()!r} is not <language>=<system> with "
                f"system one of {', '.join(NUMBERING_SYSTEM_NAMES)}"
            )
        systems[code] = system
    return systems
