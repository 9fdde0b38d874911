"""Membership applications: records, not content. Nobody creates or edits them here;
new ones are approved (page and first organisation admin in one click) or declined with
a reason (``hub.network.joining.admin_views``)."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import InspectView

from hub.core.admin_listing import column, language_label
from hub.core.permissions import can_decide_applications
from hub.network.admin.records import RecordPermissionHelper, edit_link
from hub.network.joining.emails import ENTERED_FIELDS
from hub.network.models import MembershipApplication, OrganisationKind
from hub.snippets.form_terms import term_names
from hub.snippets.models import Category


class ApplicationInspectView(InspectView):
    """Everything entered, the decision so far, and for new applications the two actions."""

    def get_field_display_value(self, field_name, field=None):
        application = self.instance
        if field_name == "language":
            return language_label(application.language)
        if field_name == "services":
            return ", ".join(term_names(Category, list(application.services or []))) or "-"
        if field_name == "kind":
            return (
                OrganisationKind(application.kind).label
                if application.kind in (OrganisationKind.values)
                else application.kind
            )
        if field_name == "organisation":
            return edit_link(application.organisation_id, application.organisation or "-")
        if field_name == "email" and application.email:
            return format_html('<a href="mailto:{0}">{0}</a>', application.email)
        return super().get_field_display_value(field_name, field)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.instance
        context["can_decide"] = (
            application.status == MembershipApplication.Status.NEW
            and can_decide_applications(self.request.user)
        )
        context["approve_url"] = reverse("network_application_approve", args=[application.pk])
        context["decline_url"] = reverse("network_application_decline", args=[application.pk])
        return context


class MembershipApplicationAdmin(ModelAdmin):
    model = MembershipApplication
    menu_label = _("Membership applications")
    menu_icon = "form"
    permission_helper_class = RecordPermissionHelper
    inspect_view_enabled = True
    inspect_view_class = ApplicationInspectView
    inspect_template_name = "network/admin/application_inspect.html"
    inspect_view_fields = [
        "status",
        *ENTERED_FIELDS,
        "language",
        "created_at",
        "decided_by",
        "decided_at",
        "decision_reason",
        "organisation",
    ]
    list_display = ("organisation_name", "contact", "language_name", "status", "created_at")
    list_filter = ("status", "language")
    search_fields = ("organisation_name", "contact_name", "email", "message")
    ordering = ("-created_at", "-pk")
    # CSV/XLSX download of the (filtered) list; hub.core.csv_export makes it safe to open.
    list_export = (
        "organisation_name",
        "kind",
        "website",
        *MembershipApplication.ADDRESS_AND_CONTACT_FIELDS,
        "language",
        "status",
        "created_at",
        "decided_at",
    )
    export_filename = "membership-applications"

    @column(_("Contact person"))
    def contact(self, obj: MembershipApplication) -> str:
        return format_html('{} <a href="mailto:{}">{}</a>', obj.contact_name, obj.email, obj.email)

    @column(_("Language"))
    def language_name(self, obj: MembershipApplication) -> str:
        return language_label(obj.language)
