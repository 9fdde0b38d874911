"""Small helpers for the listings of the Wagtail admin (wagtail-modeladmin)."""

from django.utils.translation import get_language_info


def column(label):
    """Name a computed column of a listing: ``@column(_("Language"))``."""

    def decorate(method):
        method.short_description = label
        return method

    return decorate


def language_label(code: str) -> str:
    """ "العربية (ar)": a language named in itself, with its code (unknown codes as is)."""
    try:
        return f"{get_language_info(code)['name_local']} ({code})"
    except KeyError:
        return code
