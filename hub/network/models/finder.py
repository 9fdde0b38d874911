"""The "find help" compass: offices of member organisations by need, place and language.

One page per language under the home page. The page holds only its title and intro;
everything it lists comes from the organisation pages of the current site (see
``hub.network.finder``), so editors maintain each office once, on its organisation.
The routes only dispatch: the list and the open-data exports live in the finder package.
The exports end in a slash like every Wagtail URL (Wagtail's page paths allow no dots);
their file names come with ``Content-Disposition``.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from hub.pages.models.base import LocalizedPage


class FindHelpPage(RoutablePageMixin, LocalizedPage):
    """Which office helps with what, where, in which language — and is it open now?"""

    intro = RichTextField(
        verbose_name=_("Introduction"), features=["bold", "italic", "link"], blank=True
    )

    parent_page_types = ["pages.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    override_translatable_fields = [TranslatableField("intro")]

    class Meta:
        verbose_name = _("Find help page")
        verbose_name_plural = _("Find help pages")

    @path("")
    def finder_route(self, request):
        from hub.network.finder.views import finder

        return finder(request, self)

    @path("open-data/json/")
    def json_export_route(self, request):
        from hub.network.finder.export import json_export

        return json_export(request, self)

    @path("open-data/csv/")
    def csv_export_route(self, request):
        from hub.network.finder.export import csv_export

        return csv_export(request, self)
