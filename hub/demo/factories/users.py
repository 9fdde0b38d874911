"""Users with a known password, and groups."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory


class GroupFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Gruppe {n}")

    class Meta:
        model = Group
        django_get_or_create = ("name",)


class UserFactory(DjangoModelFactory):
    """A user without a name, with a known password (``password="…"`` to choose it) and
    ``groups=[…]`` (groups or group names; a missing group is created)."""

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.django.Password("hub-test-password")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    class Params:
        superuser = factory.Trait(is_superuser=True, is_staff=True)

    @factory.post_generation
    def groups(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.groups.add(
                *(
                    GroupFactory(name=group) if isinstance(group, str) else group
                    for group in extracted
                )
            )
