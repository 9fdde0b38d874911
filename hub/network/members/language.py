"""The language e-mails to a member are written in, decided in one place.

The language of their membership (kept up to date with the language they use the site in:
the language of the page they log in on, ``remember_login_language``, and of what they
send on "My organisation", ``hub.network.selfservice.views``), else the language they
chose for the Wagtail admin, else the site's source language. Only languages the site offers count.
"""

from django.conf import settings
from django.utils.translation import get_language_from_path
from wagtail.users.models import UserProfile

from hub.network.models import Membership


def member_language(user) -> str:
    known = {code for code, _name in settings.LANGUAGES}
    if user is None:
        return settings.LANGUAGE_CODE
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


def remember_login_language(sender, request, user, **kwargs) -> None:
    """``user_logged_in``: a login on the site under ``/<language>/`` says which language
    the person reads. (A login to the editing area, whose URLs carry no language, says
    nothing about that.)"""
    if request is None:
        return
    language = get_language_from_path(request.path_info)
    if language not in {code for code, _name in settings.LANGUAGES}:
        return
    Membership.objects.filter(user=user).exclude(language=language).update(language=language)
