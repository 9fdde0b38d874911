"""Membership applications: receiving one, and the editors' approval or refusal.

Views only call these functions. ``approve`` turns an application into a published
organisation page with its first organisation admin (who is invited by e-mail) in one
transaction; ``decline`` tells the applicant why. Both claim the application with a
conditional update first (``status = new``), so a double click or two editors at once
decide it exactly once: the second gets ``ApplicationError``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from hub.core.page_tree import free_slug
from hub.core.rich_text import text_to_richtext
from hub.network import services
from hub.network.joining import emails
from hub.network.models import (
    MemberRole,
    MembershipApplication,
    Office,
    OrganisationIndexPage,
    OrganisationKind,
    OrganisationPage,
)
from hub.snippets.form_terms import source_terms
from hub.snippets.models import Category

logger = logging.getLogger(__name__)

SUMMARY_MAX = OrganisationPage._meta.get_field("summary").max_length
OFFICE_NAME_MAX = Office._meta.get_field("name").max_length


class ApplicationError(Exception):
    """The application cannot be handled so; ``message`` is shown to the person acting."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Approval:
    application: MembershipApplication
    page: OrganisationPage
    membership: object


def submit_application(cleaned: dict, language: str) -> MembershipApplication:
    """Store what the public form sent and e-mail the editors and the applicant."""
    with transaction.atomic():
        application = MembershipApplication.objects.create(
            language=language,
            **{
                name: cleaned.get(name) or ([] if name == "services" else "")
                for name in emails.ENTERED_FIELDS
            },
        )
        transaction.on_commit(lambda: emails.send_application_emails(application), robust=True)
    return application


def approve(application: MembershipApplication, editor) -> Approval:
    """Create and publish the organisation's page, invite its first organisation admin
    and mark the application approved — all or nothing."""
    index = german_directory()
    permissions = index.permissions_for_user(editor)
    if not (permissions.can_add_subpage() and permissions.can_publish_subpage()):
        raise ApplicationError(
            _(
                "You may not publish pages in the organisations directory, so you cannot "
                "approve applications. Please ask an editor who may."
            )
        )
    with transaction.atomic():
        _claim(application, MembershipApplication.Status.APPROVED, editor)
        application = MembershipApplication.objects.get(pk=application.pk)
        page = _create_page(application, index, editor)
        first_name, last_name = split_name(application.contact_name)
        try:
            membership = services.invite_member(
                page,
                email=application.email,
                first_name=first_name,
                last_name=last_name,
                role=MemberRole.ADMIN,
                language=application.language,
                invited_by=editor,
            )
        except services.MembershipError as error:
            raise ApplicationError(error.message) from error
        application.organisation = page
        application.save(update_fields=["organisation"])
    return Approval(application=application, page=page, membership=membership)


def decline(application: MembershipApplication, editor, reason: str) -> MembershipApplication:
    """Refuse the application and tell the applicant why, in their language."""
    reason = reason.strip()
    if not reason:
        raise ApplicationError(_("Please give a reason; the applicant receives it."))
    with transaction.atomic():
        _claim(application, MembershipApplication.Status.DECLINED, editor, reason=reason)
        application = MembershipApplication.objects.get(pk=application.pk)
        transaction.on_commit(lambda: emails.send_declined(application), robust=True)
    return application


# --- helpers -------------------------------------------------------------------------


def _claim(application, status: str, editor, reason: str = "") -> None:
    """Decide a new application, or raise if it was decided meanwhile (row lock on
    PostgreSQL; a second request waits and then finds nothing to update)."""
    claimed = MembershipApplication.objects.filter(
        pk=application.pk, status=MembershipApplication.Status.NEW
    ).update(status=status, decided_by=editor, decided_at=timezone.now(), decision_reason=reason)
    if not claimed:
        raise ApplicationError(_("This application has already been decided. Nothing was changed."))


def german_directory() -> OrganisationIndexPage:
    """The default site's organisations directory in the source language."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        index = (
            OrganisationIndexPage.objects.descendant_of(site.root_page, inclusive=True)
            .filter(locale=Locale.get_default())
            .order_by("path")
            .first()
        )
        if index is not None:
            return index
    raise ApplicationError(
        _("There is no organisations directory on the website yet. Please create it first.")
    )


def _create_page(
    application: MembershipApplication, index: OrganisationIndexPage, editor
) -> OrganisationPage:
    text = application.summary.strip()
    summary = Truncator(" ".join(text.split())).chars(SUMMARY_MAX)
    page = OrganisationPage(
        title=application.organisation_name,
        slug=free_slug(index, application.organisation_name, fallback="organisation"),
        locale=index.locale,
        summary=summary,
        # The whole text as well when the directory listing only has room for its start.
        description=text_to_richtext(text) if summary != text else "",
        kind=application.kind
        if application.kind in OrganisationKind.values
        else OrganisationKind.OTHER,
        website=application.website,
    )
    page.services = source_terms(Category, list(application.services or []))
    if application.street_address or application.postal_code or application.locality:
        page.offices = [
            Office(
                locale=index.locale,
                sort_order=0,
                name=application.organisation_name[:OFFICE_NAME_MAX],
                street_address=application.street_address,
                postal_code=application.postal_code,
                locality=application.locality,
            )
        ]
    try:
        index.add_child(instance=page)
        revision = page.save_revision(user=editor, log_action=True)
        revision.publish(user=editor)
    except ValidationError as error:
        logger.warning("Approved application rejected by the page model: %s", error)
        raise ApplicationError(
            _("The organisation page could not be created: %(error)s")
            % {"error": "; ".join(error.messages)}
        ) from error
    page.refresh_from_db()
    return page


def split_name(full_name: str) -> tuple[str, str]:
    """First and last name for the account; one word is taken as the first name."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name.strip()[:150], ""
    return " ".join(parts[:-1])[:150], parts[-1][:150]
