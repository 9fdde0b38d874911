"""Admin wiring for translators: the "Ask for review" action and its URL."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from hub.pages.translators.review import can_request_review
from hub.pages.translators.views import ask_for_review


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
