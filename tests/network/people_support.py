"""Shared data for the members' directory and "My data" tests: the members of
``selfservice_support.build_members`` plus helpers for profiles and URLs."""

from django.urls import reverse
from django.utils import translation

from hub.network.members.profiles import profile_for
from hub.network.models import MemberProfile, Visibility
from tests.module_data import module_data
from tests.network.selfservice_support import Members, build_members

SHOWN, HIDDEN = Visibility.MEMBERS, Visibility.ONLY_ME


@module_data(name="members")
def members_fixture(tree) -> Members:
    return build_members(tree)


def url(name: str, language: str = "de", **kwargs) -> str:
    with translation.override(language):
        return reverse(f"network:{name}", kwargs=kwargs)


def set_profile(user, languages=(), **fields) -> MemberProfile:
    """``user``'s profile with ``fields`` (visibility fields included) and ``languages``."""
    profile = profile_for(user)
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.save()
    profile.languages.set(languages)
    return profile
