"""Admin registrations of the network app (wagtail-modeladmin stays in this one module).

Sections, grouped in one menu item "Member organisations": membership applications (the
public form, with the editors' approve/decline), memberships (who acts for which
organisation), individual members (people admitted without an organisation), profile
changes (what members sent for review; read-only, the review itself happens on the page)
and reported entries of the exchange board (hide the entry with a reason, or mark the
report handled).
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.models import Locale
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register
from wagtail_modeladmin.views import CreateView, DeleteView, InspectView

from hub.core.admin_listing import column, language_label
from hub.core.email_address import validate_deliverable
from hub.core.permissions import can_see
from hub.network import services
from hub.network.board import admin_views as board_admin_views
from hub.network.joining import admin_views
from hub.network.joining.emails import ENTERED_FIELDS
from hub.network.members import admission
from hub.network.models import (
    BoardReport,
    IndividualMember,
    MemberRole,
    Membership,
    MembershipApplication,
    OrganisationKind,
    OrganisationPage,
    ProfileChange,
)
from hub.network.permissions import can_decide_applications

# The listing helpers of the pages app's admin (that module is loaded by Wagtail anyway).
from hub.pages.initiatives.submissions.terms import term_names
from hub.snippets.models import Category


def _edit_link(page_id: int | None, label) -> str:
    if page_id is None:
        return "-"
    return format_html(
        '<a href="{}">{}</a>', reverse("wagtailadmin_pages:edit", args=[page_id]), label
    )


# --- Membership applications ---------------------------------------------------------
# Records, not content: nobody creates or edits them here. New ones are approved (page
# and first organisation admin in one click) or declined with a reason.


class RecordPermissionHelper(PermissionHelper):
    """Records people submitted: editors look, nobody creates, edits or deletes them here."""

    def user_can_list(self, user) -> bool:
        return can_see(user, self.model)

    def user_can_inspect_obj(self, user, obj) -> bool:
        return self.inspect_view_enabled and can_see(user, self.model)

    def user_can_create(self, user) -> bool:
        return False

    def user_can_edit_obj(self, user, obj) -> bool:
        return False

    def user_can_delete_obj(self, user, obj) -> bool:
        return False


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
            return _edit_link(application.organisation_id, application.organisation or "-")
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
        "street_address",
        "postal_code",
        "locality",
        "contact_name",
        "email",
        "phone",
        "message",
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


# --- Memberships -------------------------------------------------------------------
# Who acts for which organisation. Editors add an existing account to an organisation,
# change roles and end memberships; the rules of ``hub.network.services`` apply (one
# membership per person and organisation, never without an organisation admin).


class MembershipPermissionHelper(PermissionHelper):
    def user_can_list(self, user) -> bool:
        return can_see(user, Membership)

    def user_can_inspect_obj(self, user, obj) -> bool:
        return False

    def user_can_create(self, user) -> bool:
        return can_see(user, Membership, actions=("add",))

    def user_can_edit_obj(self, user, obj) -> bool:
        return can_see(user, Membership, actions=("change",))

    def user_can_delete_obj(self, user, obj) -> bool:
        return can_see(user, Membership, actions=("delete",))


class MembershipAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Memberships belong to the organisation's source page (see hub.network.services).
        self.fields["organisation"].queryset = OrganisationPage.objects.filter(
            locale=Locale.get_default()
        ).order_by("title")
        self.fields["language"].widget = forms.Select(
            choices=[(code, language_label(code)) for code, _name in settings.LANGUAGES]
        )
        if not self.instance.pk:
            self.initial.setdefault("language", settings.LANGUAGE_CODE)

    def clean(self):
        cleaned = super().clean()
        instance = self.instance
        if (
            instance.pk
            and instance.role == MemberRole.ADMIN
            and cleaned.get("role") != (MemberRole.ADMIN)
        ):
            others = Membership.objects.filter(
                organisation_id=instance.organisation_id, role=MemberRole.ADMIN
            ).exclude(pk=instance.pk)
            if not others.exists():
                raise ValidationError(
                    _(
                        "An organisation needs at least one organisation admin. Make someone "
                        "else admin first."
                    )
                )
        return cleaned


class MembershipDeleteView(DeleteView):
    """Ends the membership through ``services.remove_member`` (last admin stays)."""

    def post(self, request, *args, **kwargs):
        try:
            services.remove_member(self.instance, request.user)
        except services.MembershipError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The membership has been ended."))
        return redirect(self.index_url)


class MembershipAdmin(ModelAdmin):
    model = Membership
    menu_label = _("Memberships")
    menu_icon = "group"
    permission_helper_class = MembershipPermissionHelper
    delete_view_class = MembershipDeleteView
    edit_handler = ObjectList(
        [
            FieldPanel("organisation"),
            FieldPanel("user"),
            FieldPanel("role"),
            FieldPanel("language"),
        ],
        base_form_class=MembershipAdminForm,
    )
    list_display = ("organisation", "person", "role", "state", "created_at")
    list_filter = ("role",)
    list_select_related = ("organisation", "user")
    search_fields = ("organisation__title", "user__email", "user__first_name", "user__last_name")

    @column(_("Person"))
    def person(self, obj: Membership) -> str:
        name = obj.user.get_full_name() or obj.user.get_username()
        return format_html('{} <a href="mailto:{}">{}</a>', name, obj.user.email, obj.user.email)

    @column(_("Account"))
    def state(self, obj: Membership) -> str:
        if not obj.user.is_active:
            # E.g. invited by an organisation admin: it waits for an editor's decision.
            return _("Account deactivated")
        return _("Invited, no password yet") if obj.is_pending else _("Active")


# --- Individual members ---------------------------------------------------------------
# People an editor admits to the members' area without an organisation: name and e-mail
# here, the account and the invitation come from ``hub.network.members.admission``.


class IndividualMemberPermissionHelper(PermissionHelper):
    def user_can_list(self, user) -> bool:
        return can_see(user, IndividualMember)

    def user_can_inspect_obj(self, user, obj) -> bool:
        return False

    def user_can_create(self, user) -> bool:
        return can_see(user, IndividualMember, actions=("add",))

    def user_can_edit_obj(self, user, obj) -> bool:
        return can_see(user, IndividualMember, actions=("change",))

    def user_can_delete_obj(self, user, obj) -> bool:
        return can_see(user, IndividualMember, actions=("delete",))


class IndividualMemberAdminForm(WagtailAdminModelForm):
    """Name and e-mail when admitting someone; afterwards only language and note."""

    name = forms.CharField(label=_("Name"), max_length=150)
    email = forms.EmailField(
        label=_("E-mail"),
        help_text=_("The invitation goes to this address; it is also the user name."),
        # An address the mail server cannot be handed is refused here, not in the queue.
        validators=[validate_deliverable],
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            del self.fields["name"]
            del self.fields["email"]
        else:
            self.initial.setdefault("language", settings.LANGUAGE_CODE)
        self.fields["language"].widget = forms.Select(
            choices=[(code, language_label(code)) for code, _name in settings.LANGUAGES]
        )


class IndividualMemberCreateView(CreateView):
    """Admits through ``admission.admit_individual`` (account, group, invitation)."""

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            self.instance = admission.admit_individual(
                name=data["name"],
                email=data["email"],
                language=data["language"],
                note=data.get("note", ""),
                admitted_by=self.request.user,
            )
        except admission.AdmissionError as error:
            form.add_error("email", error.message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("%(name)s is now a member and has been sent an e-mail.") % {"name": self.instance},
        )
        return redirect(self.get_success_url())


class IndividualMemberDeleteView(DeleteView):
    """Ends the admission through ``admission.remove_individual``."""

    def post(self, request, *args, **kwargs):
        still_member = admission.remove_individual(self.instance)
        if still_member:
            messages.success(
                request,
                _(
                    "The individual admission has been ended. The person stays a member "
                    "through their organisation."
                ),
            )
        else:
            messages.success(request, _("The person is no longer a member."))
        return redirect(self.index_url)


class IndividualMemberAdmin(ModelAdmin):
    model = IndividualMember
    menu_label = _("Individual members")
    menu_icon = "user"
    permission_helper_class = IndividualMemberPermissionHelper
    create_view_class = IndividualMemberCreateView
    delete_view_class = IndividualMemberDeleteView
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("email"), FieldPanel("language"), FieldPanel("note")],
        base_form_class=IndividualMemberAdminForm,
    )
    list_display = ("person", "note", "state", "admitted_at")
    list_select_related = ("user",)
    search_fields = ("user__email", "user__first_name", "user__last_name", "note")
    ordering = ("user__last_name", "user__first_name", "pk")

    @column(_("Person"))
    def person(self, obj: IndividualMember) -> str:
        name = obj.user.get_full_name() or obj.user.get_username()
        return format_html('{} <a href="mailto:{}">{}</a>', name, obj.user.email, obj.user.email)

    @column(_("Account"))
    def state(self, obj: IndividualMember) -> str:
        return _("Invited, no password yet") if obj.is_pending else _("Active")


# --- Profile changes -------------------------------------------------------------------
# What members sent from "My organisation": a read-only record next to the page's own
# moderation and history, where the review happens.


class ProfileChangeAdmin(ModelAdmin):
    model = ProfileChange
    menu_label = _("Profile changes")
    menu_icon = "doc-full"
    permission_helper_class = RecordPermissionHelper
    list_display = ("organisation", "part", "subject", "status", "sender", "created_at", "links")
    list_filter = ("status", "part")
    list_select_related = ("organisation", "submitted_by")
    search_fields = ("organisation__title", "subject")
    ordering = ("-created_at", "-pk")

    @column(_("Sent by"))
    def sender(self, obj: ProfileChange) -> str:
        user = obj.submitted_by
        return (user.get_full_name() or user.email) if user else "-"

    @column(_("Page"))
    def links(self, obj: ProfileChange) -> str:
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">{}</a>',
            reverse("wagtailadmin_pages:edit", args=[obj.organisation_id]),
            _("Edit"),
            reverse("wagtailadmin_pages:history", args=[obj.organisation_id]),
            _("History"),
        )


# --- Reported board entries ------------------------------------------------------------
# What members reported on the exchange board. Open reports first; each row offers the
# entry on the site, "hide" (with a reason for the author) and "mark handled".


class BoardReportAdmin(ModelAdmin):
    model = BoardReport
    menu_label = _("Reported board entries")
    menu_icon = "warning"
    permission_helper_class = RecordPermissionHelper
    list_display = ("entry_title", "reason", "reporter_name", "created_at", "state", "actions")
    list_filter = ("handled",)
    list_select_related = ("entry", "reporter")
    search_fields = ("entry__title", "reason")
    ordering = ("handled", "-created_at", "-pk")

    @column(_("Entry"))
    def entry_title(self, obj: BoardReport) -> str:
        return format_html(
            '<a href="{}">{}</a>',
            reverse("network:board_entry", args=[obj.entry_id]),
            obj.entry.title,
        )

    @column(_("Reported by"))
    def reporter_name(self, obj: BoardReport) -> str:
        user = obj.reporter
        return (user.get_full_name() or user.email) if user else _("former member")

    @column(_("State"))
    def state(self, obj: BoardReport) -> str:
        if obj.entry.hidden:
            return _("Entry hidden")
        return _("Handled") if obj.handled else _("Open")

    @column(_("Actions"))
    def actions(self, obj: BoardReport) -> str:
        if obj.handled:
            return "-"
        links = [(reverse("network_board_report_handled", args=[obj.pk]), _("Mark handled"))]
        if not obj.entry.hidden:
            links.insert(0, (reverse("network_board_report_hide", args=[obj.pk]), _("Hide entry")))
        return format_html_join(
            " ", '<a class="button button-small button-secondary" href="{}">{}</a>', links
        )


class MemberOrganisationsGroup(ModelAdminGroup):
    menu_label = _("Member organisations")
    menu_icon = "group"
    menu_order = 260
    items = (
        MembershipApplicationAdmin,
        MembershipAdmin,
        IndividualMemberAdmin,
        ProfileChangeAdmin,
        BoardReportAdmin,
    )


modeladmin_register(MemberOrganisationsGroup)


@hooks.register("register_admin_urls")
def register_application_urls():
    return [
        path(
            "network/applications/<int:pk>/approve/",
            admin_views.approve,
            name="network_application_approve",
        ),
        path(
            "network/applications/<int:pk>/decline/",
            admin_views.decline,
            name="network_application_decline",
        ),
        path(
            "network/board-reports/<int:pk>/hide/",
            board_admin_views.hide,
            name="network_board_report_hide",
        ),
        path(
            "network/board-reports/<int:pk>/handled/",
            board_admin_views.handled,
            name="network_board_report_handled",
        ),
    ]


from hub.network.members import hooks as member_hooks  # noqa: E402, F401
