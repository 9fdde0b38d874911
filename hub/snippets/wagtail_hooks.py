"""Admin registration for shared texts and taxonomies; one ViewSet per snippet, grouped."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from hub.snippets.models import Category, District, SiteFooter, SpokenLanguage, TargetGroup


class SiteFooterViewSet(SnippetViewSet):
    model = SiteFooter
    icon = "list-ul"
    menu_label = _("Footers")
    list_display = ["name", "site", "locale"]
    list_filter = ["locale"]


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class CategoryViewSet(TaxonomyViewSet):
    model = Category
    icon = "tag"
    menu_label = _("Categories")


class TargetGroupViewSet(TaxonomyViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = _("Target groups")


class DistrictViewSet(TaxonomyViewSet):
    model = District
    icon = "site"
    menu_label = _("Districts")


class SpokenLanguageViewSet(TaxonomyViewSet):
    model = SpokenLanguage
    icon = "globe"
    menu_label = _("Spoken languages")
    list_display = ["name", "name_local", "code", "locale"]


class SharedTextsViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Shared texts")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (
        CategoryViewSet,
        TargetGroupViewSet,
        DistrictViewSet,
        SpokenLanguageViewSet,
        SiteFooterViewSet,
    )


register_snippet(SharedTextsViewSetGroup)
