"""Admin registration for shared texts and taxonomies; one ViewSet per snippet, grouped."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet, SnippetViewSetGroup

from hub.core.permissions import LanguageRestrictedPolicy
from hub.snippets.models import (
    Category,
    District,
    SiteFooter,
    SpokenLanguage,
    TagLabel,
    TargetGroup,
)

# Translators change snippets only in their languages (see LanguageRestrictedPolicy).
for _model in (Category, TargetGroup, District, SpokenLanguage, TagLabel, SiteFooter):
    register_permission_policy(_model, LanguageRestrictedPolicy(_model))


class LocaleCheckedEditView(EditView):
    """Wagtail's edit view checks the model permission only; this one also asks the
    policy about the object, so a translator cannot open another language's row."""

    def dispatch(self, request, *args, **kwargs):
        policy = LanguageRestrictedPolicy(self.model)
        if not policy.user_has_permission_for_instance(request.user, "change", self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class SiteFooterViewSet(SnippetViewSet):
    edit_view_class = LocaleCheckedEditView
    model = SiteFooter
    icon = "list-ul"
    menu_label = _("Footers")
    list_display = ["name", "site", "locale"]
    list_filter = ["locale"]


class TaxonomyViewSet(SnippetViewSet):
    edit_view_class = LocaleCheckedEditView
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


class TagLabelViewSet(TaxonomyViewSet):
    model = TagLabel
    icon = "tag"
    menu_label = _("Tag labels")


class SharedTextsViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Shared texts")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (
        CategoryViewSet,
        TargetGroupViewSet,
        DistrictViewSet,
        SpokenLanguageViewSet,
        TagLabelViewSet,
        SiteFooterViewSet,
    )


register_snippet(SharedTextsViewSetGroup)
