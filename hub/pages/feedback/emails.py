"""The report goes to the editors, each in their admin language, with ``Reply-To`` the
person who sent it when they gave an address."""

from django.utils import translation

from hub.core.emails import send_to_all_editors
from hub.core.i18n import translated_language_name
from hub.core.site import site_name_in


def send_barrier_report(data: dict, language: str) -> int:
    """Queue the report to every editor; the number of messages queued."""
    return send_to_all_editors(
        "barrier_report_editors",
        lambda: {
            "report": data,
            "language_name": translated_language_name(language, in_sentence=True),
            "site_name": site_name_in(translation.get_language()),
        },
        reply_to=[data["email"]] if data.get("email") else None,
    )
