"""Who may decide the network app's records in the Wagtail admin (on top of
``hub.core.permissions``)."""

from hub.core.permissions import can_see


def can_decide_applications(user) -> bool:
    from hub.network.models import MembershipApplication

    return can_see(user, MembershipApplication, actions=("change",))
