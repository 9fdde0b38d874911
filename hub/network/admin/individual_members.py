"""Individual members: people an editor admits to the members' area without an
organisation. Name and e-mail here; the account and the invitation come from
``hub.network.members.admission``."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import CreateView, DeleteView

from hub.core.admin_listing import column
from hub.core.email_address import validate_deliverable
from hub.network.admin.records import (
    ManagedRecordPermissionHelper,
    language_select,
    person_with_email,
)
from hub.network.members import admission
from hub.network.models import IndividualMember


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
        self.fields["language"].widget = language_select()


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
    permission_helper_class = ManagedRecordPermissionHelper
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
        return person_with_email(obj.user)

    @column(_("Account"))
    def state(self, obj: IndividualMember) -> str:
        return _("Invited, no password yet") if obj.is_pending else _("Active")
