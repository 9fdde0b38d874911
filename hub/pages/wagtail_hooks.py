"""Admin registrations of the pages app (wagtail-modeladmin stays in this one module).

Sections: initiative submissions (the public entry and correction form).
"""

from django.contrib import messages
from django.db.models import QuerySet
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register
from wagtail_modeladmin.views import InspectView

from hub.core.admin_listing import column, language_label
from hub.core.admin_urls import record_admin_url
from hub.core.permissions import can_review_submissions
from hub.pages.initiatives.submissions.data import entered_fields
from hub.pages.models import InitiativeSubmission

# --- Initiative submissions -----------------------------------------------------------
# Everything the public sent, next to the page it created or corrected. Submissions are
# records, not content: nobody creates or edits them here; their status follows the
# page's moderation (see hub.pages.initiatives.submissions.signals).


class SubmissionPermissionHelper(PermissionHelper):
    def user_can_list(self, user) -> bool:
        return can_review_submissions(user)

    def user_can_inspect_obj(self, user, obj) -> bool:
        return can_review_submissions(user)

    def user_can_create(self, user) -> bool:
        return False

    def user_can_edit_obj(self, user, obj) -> bool:
        return False


def _page_edit_url(submission: InitiativeSubmission) -> str:
    if submission.page_id is None:
        return ""
    try:
        return reverse("wagtailadmin_pages:edit", args=[submission.page_id])
    except NoReverseMatch:
        return ""


class SubmissionInspectView(InspectView):
    """The record's fields, then every entry of the form under the form's own labels."""

    def get_fields_dict(self):
        fields = super().get_fields_dict()
        rows = entered_fields(self.instance)
        fields.append(
            {
                "label": _("Everything entered"),
                "value": format_html(
                    '<dl class="hub-submission-data">{}</dl>',
                    format_html_join(
                        "",
                        '<dt>{}</dt><dd style="white-space: pre-line">{}</dd>',
                        rows,
                    ),
                )
                if rows
                else "-",
            }
        )
        return fields

    def get_field_display_value(self, field_name, field=None):
        if field_name == "language":
            return language_label(self.instance.language)
        if field_name == "page":
            url = _page_edit_url(self.instance)
            if url:
                return format_html('<a href="{}">{}</a>', url, _("Review and edit the page"))
        return super().get_field_display_value(field_name, field)


class InitiativeSubmissionAdmin(ModelAdmin):
    model = InitiativeSubmission
    menu_label = _("Initiative submissions")
    menu_icon = "form"
    menu_order = 250
    add_to_admin_menu = True
    permission_helper_class = SubmissionPermissionHelper
    inspect_view_enabled = True
    inspect_view_class = SubmissionInspectView
    inspect_view_fields = [
        "kind",
        "status",
        "page",
        "submitter_name",
        "submitter_email",
        "language",
        "message",
        "created_at",
        "decided_at",
        "decision_reason",
    ]
    list_display = (
        "title",
        "kind",
        "status",
        "submitter",
        "language_name",
        "created_at",
        "page_link",
    )
    list_filter = ("status", "kind", "language")
    list_select_related = ("page",)
    search_fields = ("submitter_name", "submitter_email", "message", "page__title")
    ordering = ("-created_at",)

    def get_queryset(self, request) -> QuerySet:
        return super().get_queryset(request).select_related("page")

    @column(_("Initiative"))
    def title(self, obj: InitiativeSubmission) -> str:
        return obj.page.draft_title if obj.page else obj.data.get("title", "")

    @column(_("Sent by"))
    def submitter(self, obj: InitiativeSubmission) -> str:
        return format_html(
            '{} <a href="mailto:{}">{}</a>',
            obj.submitter_name,
            obj.submitter_email,
            obj.submitter_email,
        )

    @column(_("Language"))
    def language_name(self, obj: InitiativeSubmission) -> str:
        return language_label(obj.language)

    @column(_("Page"))
    def page_link(self, obj: InitiativeSubmission) -> str:
        url = _page_edit_url(obj)
        return format_html('<a href="{}">{}</a>', url, _("Review")) if url else "-"


modeladmin_register(InitiativeSubmissionAdmin)


@hooks.register("before_edit_page")
def show_pending_submissions(request, page) -> None:
    """While reviewing a page, editors see who sent it and where the entered data is."""
    if request.method != "GET":
        return
    pending = InitiativeSubmission.objects.filter(
        page_id=page.pk, status=InitiativeSubmission.Status.PENDING
    )
    for submission in pending:
        url = record_admin_url(InitiativeSubmission, "inspect", submission.pk)
        messages.info(
            request,
            format_html(
                '{} <a href="{}">{}</a>',
                _("%(kind)s from %(name)s (%(email)s), waiting for review.")
                % {
                    "kind": submission.get_kind_display(),
                    "name": submission.submitter_name,
                    "email": submission.submitter_email,
                },
                url,
                _("See everything entered"),
            ),
        )


# --- The freshness report ("possibly outdated initiatives") -------------------------
# Wagtail only discovers app-level wagtail_hooks modules; this one lives in a package.
from hub.pages.initiatives.freshness import wagtail_hooks as _freshness_hooks  # noqa: E402, F401
