"""E-mails about membership applications: to the editors in their admin language (with
``Reply-To`` the applicant), to the applicant in the language they applied in."""

from __future__ import annotations

from hub.core.admin_urls import record_admin_url
from hub.core.emails import render_email, send_to_all_editors
from hub.core.i18n import translated_language_name
from hub.core.mail import queue_messages
from hub.core.site import site_name_in
from hub.network.models import MembershipApplication, OrganisationKind
from hub.snippets.contact import network_email
from hub.snippets.form_terms import term_names
from hub.snippets.models import Category

# What the applicant enters, in the order the form asks for it.
ENTERED_FIELDS = (
    "organisation_name",
    "kind",
    "summary",
    "services",
    "website",
    *MembershipApplication.ADDRESS_AND_CONTACT_FIELDS,
)


def send_application_emails(application) -> int:
    """What a new application triggers: the editors' notice and the applicant's receipt."""
    return send_to_editors(application) + send_received(application)


def send_to_editors(application) -> int:
    return send_to_all_editors(
        "network_application_editors",
        lambda: {
            **_common(application),
            "record_url": record_admin_url(
                MembershipApplication, "inspect", application.pk, absolute=True
            ),
        },
        reply_to=[application.email],
    )


def send_received(application) -> int:
    return _to_applicant("network_application_received", application)


def send_declined(application) -> int:
    return _to_applicant("network_application_declined", application)


def entered_fields(application) -> list[tuple[str, str]]:
    """(label, value) of everything the applicant entered, in the active language."""
    rows = []
    for name in ENTERED_FIELDS:
        value = getattr(application, name)
        if name == "kind":
            value = dict(OrganisationKind.choices).get(value, value)
        elif name == "services":
            value = ", ".join(term_names(Category, list(value or [])))
        if value:
            label = application._meta.get_field(name).verbose_name
            rows.append((str(label), str(value)))
    return rows


def _to_applicant(name: str, application) -> int:
    contact = network_email(application.language)
    message = render_email(
        name,
        application.language,
        [application.email],
        lambda: _common(application),
        reply_to=[contact] if contact else None,
    )
    return queue_messages([message])


def _common(application) -> dict:
    return {
        "application": application,
        "fields": entered_fields(application),
        "site_name": site_name_in(application.language),
        "language_name": translated_language_name(application.language, in_sentence=True),
        "contact_email": network_email(application.language),
    }
