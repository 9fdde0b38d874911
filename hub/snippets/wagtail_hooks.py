"""Admin registration for shared texts; one ViewSet per snippet, grouped in the menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from hub.snippets.models import SiteFooter


class SiteFooterViewSet(SnippetViewSet):
    model = SiteFooter
    icon = "list-ul"
    menu_label = _("Footers")
    list_display = ["name", "site", "locale"]
    list_filter = ["locale"]


class SharedTextsViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Shared texts")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (SiteFooterViewSet,)


register_snippet(SharedTextsViewSetGroup)
