"""Language metadata that Django does not ship.

Django's ``LANG_INFO`` lacks several languages that refugee-help networks counsel in
(Pashto, Dari, Tigrinya, Somali, Amharic, Kurmanji) and ``LANGUAGES_BIDI`` lists only
some right-to-left scripts. ``build_languages`` turns a list of codes (from
``HUB_LANGUAGES``) into ``LANGUAGES`` after registering the missing metadata, so adding
a language is a settings change plus a catalog under ``locale/``.
"""

from pathlib import Path

from django.conf.locale import LANG_INFO

EXTRA_LANG_INFO: dict[str, dict[str, object]] = {
    "ps": {"bidi": True, "code": "ps", "name": "Pashto", "name_local": "پښتو"},
    "prs": {"bidi": True, "code": "prs", "name": "Dari", "name_local": "دری"},
    "ti": {"bidi": False, "code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ"},
    "so": {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"},
    "am": {"bidi": False, "code": "am", "name": "Amharic", "name_local": "አማርኛ"},
    "kmr": {"bidi": False, "code": "kmr", "name": "Kurmanji", "name_local": "Kurmancî"},
}

# Django's default bidi list plus the right-to-left languages it does not know.
LANGUAGES_BIDI = ["he", "ar", "ar-dz", "ckb", "fa", "ug", "ur", "ps", "prs"]

DEFAULT_LANGUAGES = ("de", "en", "ar", "fa", "fr")


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
    """``codes`` followed by every other language with a catalog under ``locale_dir``.

    ``make messages`` and ``scripts/check_catalogs.py`` use this: a catalog once added to
    ``locale/`` keeps being refreshed and checked on machines whose ``HUB_LANGUAGES`` does
    not list its language (a developer's shell rarely holds the production value).
    """
    found = sorted(path.parent.parent.name for path in locale_dir.glob("*/LC_MESSAGES/django.po"))
    return [*codes, *(code for code in found if code not in codes)]


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
