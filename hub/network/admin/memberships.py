"""Memberships: who acts for which organisation. Editors add an existing account to an
organisation, change roles and end memberships; the rules of ``hub.network.services``
apply (one membership per person and organisation, never without an organisation admin:
the edit and delete views go through the service, under its row lock)."""

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.models import Locale
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import DeleteView, EditView

from hub.core.admin_listing import column
from hub.network import services
from hub.network.admin.records import (
    ManagedRecordPermissionHelper,
    language_select,
    person_with_email,
)
from hub.network.models import Membership, OrganisationPage


class MembershipAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Memberships belong to the organisation's source page (see hub.network.services).
        self.fields["organisation"].queryset = OrganisationPage.objects.filter(
            locale=Locale.get_default()
        ).order_by("title")
        self.fields["language"].widget = language_select()
        if not self.instance.pk:
            self.initial.setdefault("language", settings.LANGUAGE_CODE)


class MembershipEditView(EditView):
    """Changes the role through ``services.change_role``: the organisation's admins are
    locked, and the last organisation admin stays admin (the service's message is the
    form's error)."""

    def form_valid(self, form):
        try:
            with transaction.atomic():
                if "role" in form.changed_data:
                    services.change_role(form.instance, form.cleaned_data["role"])
                return super().form_valid(form)
        except services.MembershipError as error:
            form.add_error("role", error.message)
            return self.form_invalid(form)


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
    permission_helper_class = ManagedRecordPermissionHelper
    edit_view_class = MembershipEditView
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
        return person_with_email(obj.user)

    @column(_("Account"))
    def state(self, obj: Membership) -> str:
        if not obj.user.is_active:
            # E.g. invited by an organisation admin: it waits for an editor's decision.
            return _("Account deactivated")
        return _("Invited, no password yet") if obj.is_pending else _("Active")
