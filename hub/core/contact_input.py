"""Phone numbers and postal codes as every public and members' form takes them: typed in
any script's digits (``hub.core.digits.latin_digits``), kept in Latin digits."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from hub.core.digits import latin_digits

PHONE_PATTERN = re.compile(r"^\+?[0-9 ()/.\-]{5,40}$")


def clean_phone(value: str) -> str:
    """A phone number in Latin digits, or ValidationError."""
    phone = latin_digits(value).strip()
    if phone and not PHONE_PATTERN.match(phone):
        raise forms.ValidationError(
            _("Enter a phone number with digits only, e.g. +49 30 1234567.")
        )
    return phone


def clean_postal_code(value: str) -> str:
    """A postal code in Latin digits, or ValidationError."""
    code = latin_digits(value).strip()
    if code and not re.fullmatch(r"[A-Za-z0-9 \-]{3,12}", code):
        raise forms.ValidationError(_("Enter a valid postal code."))
    return code
