"""Who is in the ``Members`` group (``hub.core.members_only`` has the group and the
members' collection that Wagtail's privacy works with).

Wagtail restricts pages and documents to groups, so every member must be in the group:
organisation users while they have a ``Membership``, admitted individuals while they have
an ``IndividualMember`` record. ``sync_member`` derives the group from those records;
signals (``hub.network.signals``) call it whenever one is created or deleted.

Editors (Moderators, Editors) are in the restrictions as well: they moderate the area
and must read what they moderate without being made members themselves.
"""

from hub.core.members_only import members_group
from hub.network.models import IndividualMember, Membership


def has_member_record(user) -> bool:
    return (
        Membership.objects.filter(user=user).exists()
        or IndividualMember.objects.filter(user=user).exists()
    )


def sync_member(user) -> bool:
    """Put ``user`` in the Members group or take them out; whether they are in it now."""
    group = members_group()
    if has_member_record(user):
        user.groups.add(group)
        return True
    user.groups.remove(group)
    return False
