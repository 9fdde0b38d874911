"""The "Ask for review" admin page for translated pages."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from hub.core.permissions import can_request_review
from hub.localization.translators.review_request import ReviewError, request_review


def ask_for_review(request, page_id: int):
    page = get_object_or_404(Page, pk=page_id).specific
    if not can_request_review(page, request.user):
        messages.error(request, _("You cannot ask for a review of this page."))
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    if request.method == "POST":
        try:
            state = request_review(page, request.user)
        except ReviewError as error:
            messages.error(request, error.message)
        else:
            if state is None:
                messages.warning(
                    request,
                    _(
                        "The translation is saved as a draft. No review workflow applies, so "
                        "please tell an editor to publish it."
                    ),
                )
            else:
                messages.success(
                    request,
                    _("Thank you! The translation of “%(title)s” waits for review now.")
                    % {"title": page.get_admin_display_title()},
                )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return TemplateResponse(
        request,
        "pages/admin/ask_for_review.html",
        {
            "page": page,
            "editor_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        },
    )
