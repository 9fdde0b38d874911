"""Admin registrations of the events app (wagtail-modeladmin stays in this one module).

Sections: registrations (list with filters, search, CSV export, the "attended" tick),
and the menu with the counts per date and the printable attendance lists
(``hub.events.registration.admin_views``). Only people who review submissions —
Moderators, Editors, superusers, publishers — see any of it.
"""

from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from hub.core.admin_listing import column
from hub.core.admin_urls import record_admin_url
from hub.core.permissions import can_manage_registrations
from hub.events.models import Registration
from hub.events.registration import admin_views
from hub.events.seats import event_page

# --- Registrations ---------------------------------------------------------------------
# Records people submitted: nobody creates them here. Editors may correct a record (a
# typo in a name) and tick who attended; the rules of seats stay with the public flow.


class RegistrationPermissionHelper(PermissionHelper):
    def user_can_list(self, user) -> bool:
        return can_manage_registrations(user)

    def user_can_inspect_obj(self, user, obj) -> bool:
        return can_manage_registrations(user)

    def user_can_create(self, user) -> bool:
        return False

    def user_can_edit_obj(self, user, obj) -> bool:
        return can_manage_registrations(user) and obj.anonymised_at is None

    def user_can_delete_obj(self, user, obj) -> bool:
        return False


class RegistrationAdmin(ModelAdmin):
    model = Registration
    menu_label = _("All registrations")
    menu_icon = "list-ul"
    add_to_admin_menu = False
    permission_helper_class = RegistrationPermissionHelper
    inspect_view_enabled = True
    list_display = (
        "name",
        "email",
        "organisation",
        "event",
        "occurrence",
        "status",
        "party_size",
        "needs",
        "attended_tick",
    )
    list_filter = ("status", "occurrence", "attended", "language")
    list_select_related = ("occurrence",)
    search_fields = ("name", "email", "organisation")
    ordering = ("occurrence__starts_at", "status", "name")
    form_fields_exclude = (
        "occurrence",
        "status",
        "consent_at",
        "created_at",
        "confirmed_at",
        "waitlisted_at",
        "cancelled_at",
        "reminder_sent_at",
        "anonymised_at",
    )
    list_export = (
        "event",
        "occurrence",
        "status",
        "name",
        "email",
        "party_size",
        "organisation",
        "language",
        "interpretation_into",
        "accessibility_needs",
        "attended",
        "created_at",
        "confirmed_at",
        "waitlisted_at",
        "cancelled_at",
    )
    export_filename = "registrations"

    @column(_("Event"))
    def event(self, obj: Registration) -> str:
        page = event_page(obj.occurrence)
        return page.title if page else ""

    @column(_("Needs"))
    def needs(self, obj: Registration) -> str:
        return " · ".join(
            part for part in (obj.interpretation_into, obj.accessibility_needs) if part
        )

    @column(_("Attended"))
    def attended_tick(self, obj: Registration) -> str:
        url = reverse("events_attendance", args=[obj.occurrence_id])
        return format_html(
            '<a href="{}" title="{}">{}</a>',
            url,
            _("Tick attendance on the list of this date"),
            "✔" if obj.attended else "—",
        )


modeladmin_register(RegistrationAdmin)


@hooks.register("register_admin_urls")
def register_registration_urls():
    return [
        path(
            "events/registrations/by-date/",
            admin_views.overview,
            name="events_registration_overview",
        ),
        path(
            "events/registrations/attendance/<int:occurrence_id>/",
            admin_views.attendance,
            name="events_attendance",
        ),
    ]


class RegistrationMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return can_manage_registrations(request.user)


class RegistrationSubmenuItem(SubmenuMenuItem):
    def is_shown(self, request) -> bool:
        return can_manage_registrations(request.user)


@hooks.register("register_admin_menu_item")
def register_registrations_menu():
    submenu = Menu(
        items=[
            RegistrationMenuItem(
                _("Registrations by date"),
                reverse("events_registration_overview"),
                name="registrations-by-date",
                icon_name="date",
                order=100,
            ),
            RegistrationMenuItem(
                _("All registrations"),
                record_admin_url(Registration),
                name="all-registrations",
                icon_name="list-ul",
                order=200,
            ),
        ]
    )
    return RegistrationSubmenuItem(
        _("Event registrations"), submenu, name="event-registrations", icon_name="group", order=260
    )


from hub.events import admin_minutes, admin_occurrences  # noqa: F401, E402
