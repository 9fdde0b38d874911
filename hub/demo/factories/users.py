"""Users with a known password, and groups."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory

from hub.demo.factories.blocks import FAKER_LOCALE


class GroupFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Gruppe {n}")

    class Meta:
        model = Group
        django_get_or_create = ("name",)


class UserFactory(DjangoModelFactory):
    """A user with a known password (``password="…"`` to choose it) and ``groups=[…]``."""

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name", locale=FAKER_LOCALE)
    last_name = factory.Faker("last_name", locale=FAKER_LOCALE)
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
            obj.groups.add(*extracted)
