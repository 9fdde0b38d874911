"""The ``Members`` group and the ``Members`` collection: what Wagtail's privacy works with.

Wagtail restricts pages and documents to groups, so every member must be in the group:
organisation users while they have a ``Membership``, admitted individuals while they have
an ``IndividualMember`` record. ``sync_member`` derives the group from those records;
signals (``hub.network.signals``) call it whenever one is created or deleted.

Editors (Moderators, Editors) are in the restrictions as well: they moderate the area
and must read what they moderate without being made members themselves.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction

from hub.network.members.access import MEMBERS_GROUP
from hub.pages.submissions.emails import EDITOR_GROUPS

MEMBERS_COLLECTION = "Members"


def members_group() -> Group:
    group, _created = Group.objects.get_or_create(name=MEMBERS_GROUP)
    return group


def reader_groups() -> list[Group]:
    """The groups a members-only page or document is restricted to."""
    return [members_group(), *(Group.objects.get_or_create(name=name)[0] for name in EDITOR_GROUPS)]


def has_member_record(user) -> bool:
    from hub.network.models import IndividualMember, Membership

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


def existing_members_collection() -> Collection | None:
    """The Members collection for reading (pages list its documents): never creates or
    repairs anything, because opening a page must not write."""
    return Collection.objects.filter(depth=2, name=MEMBERS_COLLECTION).first()


@transaction.atomic
def members_collection() -> Collection:
    """The document collection only members (and editors) may download from.

    Made by a data migration; created here again if someone deleted it, restriction
    included, so a members' document can never land in an unrestricted collection.
    """
    collection = existing_members_collection()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=MEMBERS_COLLECTION)
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
    if restriction is None or restriction.restriction_type != BaseViewRestriction.GROUPS:
        CollectionViewRestriction.objects.filter(collection=collection).delete()
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=BaseViewRestriction.GROUPS
        )
    restriction.groups.add(*reader_groups())
    return collection
