"""A member's data as one JSON document: "Download my data".

Each part of the site that stores something about a person registers an exporter under
a key: a function of the user that returns JSON-serialisable data (dates and times are
written in ISO 8601). The network's own parts are registered below; other apps register
theirs in their ``AppConfig.ready``::

    from hub.network.members.data import register_exporter
    register_exporter("board", export_board_data)

``collect`` calls the exporters in the order they were registered.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from hub.network.board.data import export_board_data
from hub.network.models import MemberProfile, Membership, MembershipApplication, ProfileChange
from hub.network.models.member_profiles import VISIBLE_FIELDS

Exporter = Callable[[Any], Any]
FORMAT = "hub-member-data"
VERSION = 1

_exporters: dict[str, Exporter] = {}


def register_exporter(key: str, function: Exporter) -> None:
    """Add ``function``'s data under ``key``. Registering the same function again (a
    second ``ready()`` in tests) changes nothing; another function for a taken key is a
    programming error."""
    current = _exporters.get(key)
    if current is not None and current is not function:
        raise ValueError(f"An exporter is already registered for {key!r}: {current!r}")
    _exporters[key] = function


def unregister_exporter(key: str) -> None:
    _exporters.pop(key, None)


def exporter_keys() -> list[str]:
    return list(_exporters)


def collect(user) -> dict:
    data = {"format": FORMAT, "version": VERSION, "exported_at": timezone.now()}
    for key, function in _exporters.items():
        data[key] = function(user)
    return data


def as_json(data: dict) -> str:
    """Readable UTF-8 JSON: names in Arabic script stay Arabic script, not ``\\u`` codes."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


# --- the network's own parts -----------------------------------------------------------


def export_account(user) -> dict:
    """``language`` is the one the site writes to the person in (that of their latest
    membership, which follows the language they use the site in)."""
    languages = Membership.objects.filter(user=user).order_by("-created_at", "-pk")
    return {
        "username": user.get_username(),
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "language": languages.values_list("language", flat=True).first() or "",
        "groups": sorted(user.groups.values_list("name", flat=True)),
    }


def export_memberships(user) -> list[dict]:
    return [
        {
            "organisation": membership.organisation.title,
            "role": membership.role,
            "role_label": str(membership.get_role_display()),
            "language": membership.language,
            "since": membership.created_at,
            "invited_at": membership.invited_at,
        }
        for membership in Membership.objects.filter(user=user).select_related("organisation")
    ]


def export_member_profile(user) -> dict | None:
    profile = MemberProfile.objects.filter(user=user).first()
    if profile is None:
        return None
    return {
        "display_name": profile.display_name,
        "role": profile.role,
        "email": profile.email,
        "phone": profile.phone,
        "languages": [language.name for language in profile.languages.all()],
        "can_help_with": profile.can_help_with,
        "visibility": {name: getattr(profile, field) for name, field in VISIBLE_FIELDS.items()},
        "updated_at": profile.updated_at,
    }


def export_profile_changes(user) -> list[dict]:
    return [
        {
            "organisation": change.organisation.title,
            "part": change.part,
            "subject": change.subject,
            "status": change.status,
            "language": change.language,
            "sent_at": change.created_at,
            "decided_at": change.decided_at,
            "reason_given": change.decision_reason,
        }
        for change in ProfileChange.objects.filter(submitted_by=user).select_related("organisation")
    ]


APPLICATION_FIELDS = (
    "organisation_name",
    "kind",
    "summary",
    "website",
    "services",
    *MembershipApplication.ADDRESS_AND_CONTACT_FIELDS,
    "language",
    "status",
    "decision_reason",
    "created_at",
    "decided_at",
)


def export_membership_applications(user) -> list[dict]:
    """Applications sent with the account's e-mail address (they have no account link)."""
    if not user.email:
        return []
    return list(
        MembershipApplication.objects.filter(email__iexact=user.email).values(*APPLICATION_FIELDS)
    )


register_exporter("account", export_account)
register_exporter("memberships", export_memberships)
register_exporter("member_profile", export_member_profile)
register_exporter("profile_changes", export_profile_changes)
register_exporter("membership_applications", export_membership_applications)
register_exporter("board", export_board_data)
