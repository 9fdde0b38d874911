"""Finding and saving a member's own profile for the members' directory."""

from django.db import IntegrityError, transaction

from hub.network.models import MemberProfile


def profile_for(user) -> MemberProfile:
    """``user``'s profile, created on first use with the account's name and e-mail."""
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
