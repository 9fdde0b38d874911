"""Admin wiring of the translation workflow: the translation overview (its URL and menu
entry) and the translators' "Ask for review" action."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from hub.core.permissions import (
    RESTRICTED_LANGUAGES_HOOK,
    can_request_review,
    can_view_translation_overview,
)
from hub.localization.overview.views import overview
from hub.localization.translators.policy import restricted_languages
from hub.localization.translators.views import ask_for_review

URL_NAME = "hub_translation_overview"


@hooks.register("register_admin_urls")
def register_translation_overview_url():
    return [path("translations/overview/", overview, name=URL_NAME)]


class TranslationOverviewMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return can_view_translation_overview(request.user)


@hooks.register("register_admin_menu_item")
def register_translation_overview_menu_item():
    return TranslationOverviewMenuItem(
        _("Translations"),
        reverse(URL_NAME),
        name="translation-overview",
        icon_name="site",
        order=260,
    )


@hooks.register("register_admin_urls")
def review_urls():
    return [
        path(
            "translations/review/<int:page_id>/",
            ask_for_review,
            name="hub_translation_ask_for_review",
        )
    ]


def _button(page, user):
    if can_request_review(page, user):
        yield Button(
            _("Ask for review"),
            url=reverse("hub_translation_ask_for_review", args=[page.pk]),
            icon_name="tasks",
            priority=15,
        )


@hooks.register("register_page_listing_more_buttons")
def review_listing_button(page, user, next_url=None):
    yield from _button(page, user)


@hooks.register("register_page_header_buttons")
def review_header_button(page, user, view_name, next_url=None):
    yield from _button(page, user)


# Translators change content only in their languages: the shared texts' permission policy
# and the other apps ask hub.core.permissions, which asks this hook.
hooks.register(RESTRICTED_LANGUAGES_HOOK, restricted_languages)
