"""``{% initiative_last_checked page as date %}``: when an initiative last said it is
still active, for the "last checked" line of its page.

A tag rather than a context variable so that the page's template asks for it in one
query, whichever view renders it; initiatives without a freshness record yet count from
their last publication (``freshness.services.initial_confirmation``).
"""

from datetime import datetime

from django import template
from django.utils import timezone

from hub.pages.initiatives.freshness.services import initial_confirmation
from hub.pages.models import InitiativePage
from hub.pages.models.records import InitiativeFreshness

register = template.Library()


@register.simple_tag
def initiative_last_checked(page: InitiativePage) -> datetime | None:
    row = InitiativeFreshness.objects.filter(translation_key=page.translation_key).first()
    if row is not None:
        return row.last_confirmed_at
    if page.pk is None:  # a preview of a page never saved
        return None
    return initial_confirmation(page, timezone.now())
