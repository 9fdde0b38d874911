"""Digits as each language writes them: "٨:١٥ ص" in Arabic, "۸:۱۵" in Persian.

Django formats dates, times and numbers with the locale's patterns and month names, but
always with Latin digits. Unicode CLDR gives each language a default numbering system:
Arabic uses Arabic-Indic digits (٠–٩), Persian, Dari and Pashto the extended Arabic-Indic
ones (۰–۹). ``HUB_NUMBERING_SYSTEMS`` (a setting, see README) maps a language code to
``"arab"``, ``"arabext"`` or ``"latn"``; a network whose Arabic readers prefer Latin
digits sets the environment variable ``HUB_NUMBERING_SYSTEMS=ar=latn``.

Only what the site itself writes is converted: dates, times, counts, page numbers.
What people wrote (addresses, phone numbers, "Tram 4" in a German text that has no
translation yet) stays as written, and so do URLs and e-mail addresses, which stop
working with other digits. Forms accept every kind of digit (see ``latin_digits``).
"""

import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.safestring import SafeData, mark_safe

LATIN = "0123456789"
NUMBERING_SYSTEMS = {  # the names of hub.settings.languages.NUMBERING_SYSTEM_NAMES
    "latn": LATIN,
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "arabext": "۰۱۲۳۴۵۶۷۸۹",
}
# Unicode CLDR's default numbering system of the languages hub knows; all others: latn.
DEFAULT_NUMBERING = {
    "ar": "arab",
    "ckb": "arab",
    "fa": "arabext",
    "prs": "arabext",
    "ps": "arabext",
}

_TO_LATIN = str.maketrans(
    "".join(digits for digits in NUMBERING_SYSTEMS.values() if digits != LATIN),
    LATIN * (len(NUMBERING_SYSTEMS) - 1),
)
# Left alone inside a text: HTML tags and character references, URLs, e-mail addresses.
_UNTOUCHED = re.compile(
    r"<[^>]*>|&#?\w+;|\b(?:https?://|mailto:|tel:)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)


def numbering_system(language: str | None = None) -> str:
    """The numbering system of ``language`` (default: the active language)."""
    code = (language or translation.get_language() or "").lower()
    systems = {**DEFAULT_NUMBERING, **getattr(settings, "HUB_NUMBERING_SYSTEMS", {})}
    system = systems.get(code) or systems.get(code.split("-")[0]) or "latn"
    if system not in NUMBERING_SYSTEMS:
        raise ValueError(
            f"Unknown numbering system {system!r} for {code!r} in HUB_NUMBERING_SYSTEMS; "
            f"choose one of {', '.join(sorted(NUMBERING_SYSTEMS))}"
        )
    return system


def native_digits(value, language: str | None = None):
    """``value`` as text with the language's digits, except in tags, URLs and addresses.

    Safe HTML stays safe (its tags and attributes are not touched); anything else comes
    back as a plain string. ``None`` and ``""`` come back unchanged.
    """
    if value is None or value == "":
        return value
    digits = NUMBERING_SYSTEMS[numbering_system(language)]
    text = str(value)
    if digits != LATIN:
        table = str.maketrans(LATIN, digits)
        parts = []
        position = 0
        for match in _UNTOUCHED.finditer(text):
            parts.append(text[position : match.start()].translate(table))
            parts.append(match.group())
            position = match.end()
        parts.append(text[position:].translate(table))
        text = "".join(parts)
    # Only digits outside tags and character references changed: still the same safe HTML.
    return mark_safe(text) if isinstance(value, SafeData) else text  # noqa: S308


def latin_digits(value: str) -> str:
    """``value`` with Arabic-Indic and Persian digits turned into Latin ones (for forms)."""
    return value.translate(_TO_LATIN)


class NativeDigitsFormMixin:
    """A form for people who write Arabic-Indic or Persian digits.

    It reads numbers, dates and times typed in those digits (Django parses them with
    ``int``, ``Decimal`` and ``strptime``, and ``strptime`` knows only Latin digits);
    postal codes and phone numbers are read by ``clean_phone``/``clean_postal_code``. Its
    error messages ("at most 120 characters") come in the active language's digits.
    """

    NUMERIC_FIELDS = (
        forms.IntegerField,
        forms.DecimalField,
        forms.FloatField,
        forms.DateField,
        forms.TimeField,
        forms.DateTimeField,
    )

    def full_clean(self):
        if self.is_bound:
            names = [
                name
                for name, field in self.fields.items()
                if isinstance(field, self.NUMERIC_FIELDS)
            ]
            data = self.data.copy()
            for name in names:
                key = self.add_prefix(name)
                if hasattr(data, "setlist") and key in data:
                    data.setlist(key, [latin_digits(v) for v in data.getlist(key)])
                elif isinstance(data.get(key), str):
                    data[key] = latin_digits(data[key])
            self.data = data
        super().full_clean()
        if self._errors and numbering_system() != "latn":
            for errors in self._errors.values():
                errors.data[:] = [
                    ValidationError(native_digits(message), code=error.code)
                    for error in errors.as_data()
                    for message in error
                ]
