"""The Members group (with every organisation user in it) and the Members collection,
restricted to that group and the editors' groups, for members-only documents."""

from django.db import migrations

MEMBERS = "Members"
EDITOR_GROUPS = ("Moderators", "Editors")
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4


def _child_path(parent, siblings) -> str:
    """treebeard's materialised path of a new last child (historical models lack its API)."""
    last = siblings.order_by("-path").values_list("path", flat=True).first()
    number = 0
    if last:
        for char in last[-STEPLEN:]:
            number = number * len(ALPHABET) + ALPHABET.index(char)
    number += 1
    digits = ""
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return parent.path + digits.rjust(STEPLEN, "0")


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Membership = apps.get_model("network", "Membership")
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")

    members, _created = Group.objects.get_or_create(name=MEMBERS)
    user_ids = set(Membership.objects.values_list("user_id", flat=True))
    through = Group.user_set.through
    present = set(through.objects.filter(group=members).values_list("user_id", flat=True))
    through.objects.bulk_create(
        [through(group_id=members.pk, user_id=pk) for pk in sorted(user_ids - present)]
    )

    root = Collection.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return
    collection = Collection.objects.filter(depth=2, name=MEMBERS).first()
    if collection is None:
        children = Collection.objects.filter(depth=2, path__startswith=root.path)
        collection = Collection.objects.create(
            name=MEMBERS, depth=2, numchild=0, path=_child_path(root, children)
        )
        root.numchild = children.count()
        root.save(update_fields=["numchild"])
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type="groups", password=""
        )
    restriction.groups.add(
        members, *(Group.objects.get_or_create(name=name)[0] for name in EDITOR_GROUPS)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0006_individual_members"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
