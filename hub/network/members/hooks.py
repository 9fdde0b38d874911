"""Wagtail hooks of the members' area: members-only pages and documents.

Wagtail answers every failed login or group restriction with a redirect to the login
page. For someone who is logged in already that is a loop (our login page sends a
logged-in visitor straight back), so they get the 403 page instead, which explains who
may enter. These hooks run before Wagtail's own checks (``order=-10``).

They also mark every response about a restricted page or document as private
(``hub.core.security.private_responses``), the redirect to the login included: Wagtail sends
``no-store`` for restricted pages itself, but not for the login redirect of a document.
"""

from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.models import BaseViewRestriction

from hub.core.security.private_responses import mark_private

GROUP_TYPES = (BaseViewRestriction.LOGIN, BaseViewRestriction.GROUPS)


def _refuse_signed_in(restrictions, request) -> None:
    if restrictions:
        mark_private(request)
    if not request.user.is_authenticated:
        return
    for restriction in restrictions:
        if restriction.restriction_type in GROUP_TYPES and not restriction.accept_request(request):
            raise PermissionDenied


@hooks.register("before_serve_page", order=-10)
def refuse_signed_in_non_members(page, request, serve_args, serve_kwargs):
    _refuse_signed_in(page.get_view_restrictions(), request)


@hooks.register("before_serve_document", order=-10)
def refuse_signed_in_non_members_document(document, request):
    _refuse_signed_in(document.collection.get_view_restrictions(), request)
