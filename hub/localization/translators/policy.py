"""The translators' language rule, answered through ``hub.core.permissions``' hook.

A translator who is not also an editor may change content only in one of their
languages — never the German source (``hub.core.permissions.LanguageRestrictedPolicy``
applies it to the shared texts; ``localize_guard`` to wagtail-localize's endpoints).
"""

from hub.core.permissions import EDITOR_GROUPS
from hub.localization.translators.groups import is_translator, translator_languages


def restricted_languages(user) -> list[str] | None:
    """The languages a translator-only user may change, or None when not restricted."""
    if not user.is_authenticated or user.is_superuser or not is_translator(user):
        return None
    if user.groups.filter(name__in=EDITOR_GROUPS).exists():
        return None
    return translator_languages(user)
