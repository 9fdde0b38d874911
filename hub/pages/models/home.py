"""The home page: one per language, siblings under the root."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from hub.core.i18n import fallback_locales
from hub.pages.blocks import HighlightBlock
from hub.pages.models.base import LocalizedPage


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
    subpage_types = [
        "pages.ContentPage",
        "pages.InitiativeIndexPage",
        "events.EventIndexPage",
        "network.OrganisationIndexPage",
        "network.FindHelpPage",
    ]

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
        """Fall back to another language's tree for pages not yet translated: Easy German
        to German, every language to the source language (``fallback_locales``)."""
        try:
            return super().route(request, path_components)
        except Http404:
            if not path_components:
                raise
            for locale in fallback_locales(self.locale):
                stand_in = self.get_translation_or_none(locale)
                if stand_in is None:
                    continue
                try:
                    return stand_in.specific.route(request, path_components)
                except Http404:
                    continue
            raise
