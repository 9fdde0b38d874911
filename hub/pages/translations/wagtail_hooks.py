"""Admin wiring of the translation overview: its URL and its menu entry.

Wagtail discovers ``wagtail_hooks`` modules at app level only, so ``hub/pages/
wagtail_hooks.py`` imports this module.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from hub.pages.translations.people import can_view_overview
from hub.pages.translations.views import overview

URL_NAME = "hub_translation_overview"


@hooks.register("register_admin_urls")
def register_translation_overview_url():
    return [path("translations/overview/", overview, name=URL_NAME)]


class TranslationOverviewMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return can_view_overview(request.user)


@hooks.register("register_admin_menu_item")
def register_translation_overview_menu_item():
    return TranslationOverviewMenuItem(
        _("Translations"),
        reverse(URL_NAME),
        name="translation-overview",
        icon_name="site",
        order=260,
    )
