"""Free editorial pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from hub.pages.blocks import BodyBlock
from hub.pages.models.base import LocalizedPage


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
