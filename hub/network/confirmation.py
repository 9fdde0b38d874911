"""When an organisation's data was last confirmed ("last checked: March 2026").

A profile counts as confirmed whenever its page in the source language is published:
an editor's save and publish, or a member's change that an editor approved. The date
belongs to the organisation, not to one language's copy, so every translation gets it at
once; publishing a translation alone (new wording, same data) confirms nothing.
"""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone

from hub.core.page_tree import source_locale_id
from hub.network.models import OrganisationPage


def record_confirmation(page: OrganisationPage, when: datetime | None = None) -> None:
    """Mark ``page``'s organisation as confirmed at ``when`` (default: now), if ``page``
    is in the language its translations are made from."""
    if page.locale_id != source_locale_id(page):
        return
    when = when or timezone.now()
    OrganisationPage.objects.filter(translation_key=page.translation_key).update(
        last_confirmed_at=when
    )
    page.last_confirmed_at = when
