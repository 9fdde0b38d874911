"""Editorial page types: the home page of each language and free content pages."""

from django.db import models
from django.http import Http404, HttpResponseRedirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from hub.pages.blocks import BodyBlock, HighlightBlock


class LocalizedPage(Page):
    """Shared behaviour of every public page type: the language fallback.

    A page served under a language prefix it has no translation for is rendered in the
    source language with a notice (``is_fallback`` in the context). If a translation
    exists after all — reached through the source slug — the visitor is sent there.
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
        context["active_locale"] = active
        return context


class HomePage(LocalizedPage):
    """The entry page of one language tree; one per locale, siblings under the root."""

    intro = RichTextField(
        verbose_name=_("Introduction"),
        features=["bold", "italic", "link"],
        blank=True,
    )
    highlights = StreamField(
        [("highlight", HighlightBlock())],
        verbose_name=_("Highlights"),
        blank=True,
        max_num=6,
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["pages.ContentPage"]

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("highlights")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    override_translatable_fields = [
        TranslatableField("intro"),
        TranslatableField("highlights"),
    ]

    class Meta:
        verbose_name = _("Home page")
        verbose_name_plural = _("Home pages")

    def route(self, request, path_components):
        """Fall back to the source-language tree for pages not yet translated."""
        try:
            return super().route(request, path_components)
        except Http404:
            if not path_components:
                raise
            source = self.get_translation_or_none(Locale.get_default())
            if source is None or source.pk == self.pk:
                raise
            return source.specific.route(request, path_components)


class ContentPage(LocalizedPage):
    """A free editorial page: "Über uns", "Mitmachen", "Datenschutz"…"""

    intro = models.TextField(
        verbose_name=_("Teaser"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences shown under the title and in listings."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("Body"), blank=True)

    parent_page_types = ["pages.HomePage", "pages.ContentPage"]
    subpage_types = ["pages.ContentPage"]

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    override_translatable_fields = [
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("Content page")
        verbose_name_plural = _("Content pages")
