"""Who belongs to the members' area, and the decorator its views use.

Members are the users of member organisations (an active ``Membership``) and individuals
an editor admits (the ``Members`` group). Editors and superusers get in too: they
moderate the area. Wagtail's page and collection privacy work with groups, so
``sync_members_group`` keeps every organisation user in the ``Members`` group as well.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from hub.core.permissions import MEMBERS_GROUP, is_editor
from hub.network.models import Membership


def is_member(user) -> bool:
    """May ``user`` enter the members' area?"""
    if not user.is_authenticated or not user.is_active:
        return False
    if is_editor(user) or user.groups.filter(name=MEMBERS_GROUP).exists():
        return True
    return Membership.objects.filter(user=user).exists()


def member_required(view):
    """Anonymous visitors go to the site's login page (and come back); signed-in people
    who are not members get 403 with an explanation (``403.html``)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("network:login"))
        if not is_member(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
