"""The ``Members`` group and the ``Members`` collection: what Wagtail's privacy works with.

Members-only pages and documents (the members' area, meeting minutes, board
attachments) are restricted to the ``Members`` group and the editorial groups: editors
moderate the area and must read what they moderate without being made members
themselves. Who is in the group is the network app's business
(``hub.network.members.groups.sync_member``).
"""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction

from hub.core.permissions import EDITOR_GROUPS, MEMBERS_GROUP

MEMBERS_COLLECTION = "Members"


def members_group() -> Group:
    group, _created = Group.objects.get_or_create(name=MEMBERS_GROUP)
    return group


def reader_groups() -> list[Group]:
    """The groups a members-only page or document is restricted to."""
    return [members_group(), *(Group.objects.get_or_create(name=name)[0] for name in EDITOR_GROUPS)]


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
