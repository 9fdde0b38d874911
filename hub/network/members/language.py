"""The language e-mails to a member are written in, decided in one place.

The language of their membership (kept up to date with the language they use the site in,
see ``hub.network.selfservice.views``), else the language they chose for the Wagtail
admin, else the site's source language. Only languages the site offers count.
"""

from django.conf import settings
from wagtail.users.models import UserProfile


def member_language(user) -> str:
    known = {code for code, _name in settings.LANGUAGES}
    if user is None:
        return settings.LANGUAGE_CODE
    from hub.network.models import Membership

    language = (
        Membership.objects.filter(user=user)
        .exclude(language="")
        .order_by("-created_at", "-pk")
        .values_list("language", flat=True)
        .first()
    )
    if language in known:
        return language
    language = UserProfile.get_for_user(user).preferred_language
    return language if language in known else settings.LANGUAGE_CODE
