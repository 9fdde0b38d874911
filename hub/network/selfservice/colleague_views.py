"""The "Members" page of "My organisation": who acts for the organisation, and an
organisation admin inviting colleagues, sending an invitation again, changing a role or
removing someone (the rules are ``hub.network.services``')."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext as _

from hub.network import services
from hub.network.models import MemberRole, Membership
from hub.network.selfservice.forms.invitations import InviteForm
from hub.network.selfservice.views import own_membership, render_page


def _language_choices() -> list[tuple[str, str]]:
    return [
        (code, translation.get_language_info(code)["name_local"])
        for code, _name in settings.LANGUAGES
    ]


@login_required
def members(request: HttpRequest, pk: int) -> HttpResponse:
    membership = own_membership(request, pk)
    organisation = membership.organisation
    form = InviteForm(initial={"language": request.LANGUAGE_CODE}, languages=_language_choices())
    if request.method == "POST":
        if not membership.is_admin:
            raise Http404
        response = _members_action(request, membership)
        if response is not None:
            return response
        form = InviteForm(request.POST, languages=_language_choices())
        if form.is_valid() and not services.invitation_allowed(
            request, organisation.pk, request.user, form.cleaned_data["email"]
        ):
            form.add_error(None, services.INVITATION_LIMIT_MESSAGE)
        elif form.is_valid():
            try:
                services.invite_member(organisation, invited_by=request.user, **form.cleaned_data)
            except services.MembershipError as error:
                form.add_error("email", error.message)
            else:
                services.count_invitation(
                    request, organisation.pk, request.user, form.cleaned_data["email"]
                )
                messages.success(
                    request,
                    _("The invitation has been sent to %(email)s.")
                    % {"email": form.cleaned_data["email"]},
                )
                return redirect("network:members", pk=pk)
    return render_page(
        request,
        "members.html",
        membership,
        form=form,
        error_forms=[form],
        roles=MemberRole.choices,
        memberships=Membership.objects.filter(organisation=organisation).select_related("user"),
    )


def _members_action(request: HttpRequest, membership: Membership) -> HttpResponse | None:
    """Remove, resend or change role; None when the POST is the invitation form."""
    action = request.POST.get("action")
    if action not in {"remove", "resend", "role"}:
        return None
    other = Membership.objects.filter(
        organisation=membership.organisation, pk=request.POST.get("membership") or 0
    ).first()
    if other is None:
        raise Http404
    name = other.user.get_full_name() or other.user.email
    try:
        if action == "remove":
            services.remove_member(other, removed_by=request.user)
            messages.success(request, _("%(name)s is no longer a member.") % {"name": name})
        elif action == "resend":
            email = other.user.email
            if not services.invitation_allowed(request, other.organisation_id, request.user, email):
                raise services.MembershipError(str(services.INVITATION_LIMIT_MESSAGE))
            services.resend_invitation(other)
            services.count_invitation(request, other.organisation_id, request.user, email)
            messages.success(request, _("The invitation has been sent again."))
        else:
            services.change_role(other, request.POST.get("role", ""))
            messages.success(request, _("The role of %(name)s has been changed.") % {"name": name})
    except services.MembershipError as error:
        messages.error(request, error.message)
    if action == "remove" and other.user_id == request.user.id:
        return redirect("network:my_organisation")
    return redirect("network:members", pk=membership.organisation_id)
