"""Finding and saving a member's own profile for the members' directory."""

from django.db import IntegrityError, transaction

from hub.network.models import MemberProfile


def new_profile(user) -> MemberProfile:
    """An unsaved profile with the account's name and e-mail: what a person who never
    saved theirs sees in the form (opening a page never writes)."""
    return MemberProfile(user=user, display_name=user.get_full_name().strip(), email=user.email)


def existing_profile(user) -> MemberProfile:
    """``user``'s saved profile, or an unsaved one to show (see ``new_profile``)."""
    return MemberProfile.objects.filter(user=user).first() or new_profile(user)


def profile_for(user) -> MemberProfile:
    """``user``'s profile, created with the account's name and e-mail when they first
    save it."""
    profile = MemberProfile.objects.filter(user=user).first()
    if profile is not None:
        return profile
    try:
        with transaction.atomic():
            return MemberProfile.objects.create(
                user=user, display_name=user.get_full_name().strip(), email=user.email
            )
    except IntegrityError:
        # Two first visits at once (two tabs): the other request created it.
        return MemberProfile.objects.get(user=user)
