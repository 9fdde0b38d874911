"""The editors' two decisions on a membership application, in the Wagtail admin.

Both are POST-only behind a confirmation page (Django's CSRF protection applies) and
call ``hub.network.applications``; they only translate its outcome into messages.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from hub.core.admin_urls import record_admin_url
from hub.core.permissions import can_decide_applications
from hub.network import applications
from hub.network.models import MembershipApplication


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for the applicant"),
        max_length=2_000,
        widget=forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
        help_text=gettext_lazy(
            "Sent to the applicant by e-mail. Write it in their language if you can."
        ),
        error_messages={
            "required": gettext_lazy("Please give a reason; the applicant receives it.")
        },
    )


def _application(request, pk: int) -> MembershipApplication:
    if not can_decide_applications(request.user):
        raise PermissionDenied
    return get_object_or_404(MembershipApplication, pk=pk)


def _inspect_url(application) -> str:
    return record_admin_url(MembershipApplication, "inspect", application.pk)


@require_http_methods(["GET", "POST"])
def approve(request, pk: int):
    application = _application(request, pk)
    if request.method == "POST":
        try:
            approval = applications.approve(application, request.user)
        except applications.ApplicationError as error:
            messages.error(request, error.message)
            return redirect(_inspect_url(application))
        messages.success(
            request,
            format_html(
                '{} <a href="{}">{}</a>',
                _(
                    "“%(name)s” is now a member: its page is published and %(email)s has "
                    "been invited as organisation admin."
                )
                % {"name": approval.page.title, "email": application.email},
                reverse("wagtailadmin_pages:edit", args=[approval.page.pk]),
                _("Edit the organisation's page"),
            ),
        )
        return redirect(record_admin_url(MembershipApplication))
    return TemplateResponse(
        request,
        "network/admin/application_approve.html",
        {"application": application, "inspect_url": _inspect_url(application)},
    )


@require_http_methods(["GET", "POST"])
def decline(request, pk: int):
    application = _application(request, pk)
    form = DeclineForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            applications.decline(application, request.user, form.cleaned_data["reason"])
        except applications.ApplicationError as error:
            messages.error(request, error.message)
            return redirect(_inspect_url(application))
        messages.success(
            request,
            _("The application of “%(name)s” was declined; %(email)s has been told why.")
            % {"name": application.organisation_name, "email": application.email},
        )
        return redirect(record_admin_url(MembershipApplication))
    return TemplateResponse(
        request,
        "network/admin/application_decline.html",
        {"application": application, "form": form, "inspect_url": _inspect_url(application)},
    )
