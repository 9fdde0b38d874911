"""Behaviour shared by every public page type."""

from django.http import HttpResponseRedirect
from wagtail.models import Locale, Page

from hub.core.i18n import untranslated_parts, variant_base


class LocalizedPage(Page):
    """Shared behaviour of every public page type: the language fallback.

    A page served under a language prefix it has no translation for is rendered in the
    source language with a notice (``is_fallback`` in the context). If a translation
    exists after all — reached through the source slug — the visitor is sent there. A
    translation with texts still in the source language says so (``untranslated_parts``).
    """

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        active = Locale.get_active()
        if self.locale_id != active.id:
            translation = self.get_translation_or_none(active)
            if translation is not None and translation.live:
                return HttpResponseRedirect(translation.get_url(request))
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        active = Locale.get_active()
        context["is_fallback"] = self.locale_id != active.id
        # Easy German showing the German page: the notice says it exists only in German.
        context["is_variant_fallback"] = context["is_fallback"] and (
            variant_base(active.language_code) == self.locale.language_code
        )
        context["active_locale"] = active
        if not context["is_fallback"] and self.locale_id != Locale.get_default().id:
            context["untranslated"] = untranslated_parts(self)
        return context
