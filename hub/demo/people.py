"""Demo groups and logins: one person per role, all with the same known password.

"Editors" is Wagtail's own group (its migrations create it with admin access and image
and document permissions); we add what this site's editors need on top. Page permissions
are granted on the home page of every language, because each language tree is a sibling
under Wagtail's root and a permission on the German home does not reach the others.
"""

import os
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from hub.core.permissions import EDITORS, MEMBERS_GROUP, MODERATORS, TRANSLATORS
from hub.demo.factories.users import GroupFactory, UserFactory
from hub.localization.translators.groups import ensure_translator_groups
from hub.network.models import Membership, OrganisationPage
from hub.snippets.models import Category, District, SiteFooter, SpokenLanguage, TargetGroup
from hub.snippets.site_settings import PublicHolidaySettings

PASSWORD_ENV = "HUB_DEMO_PASSWORD"  # noqa: S105 - a variable name, not a password
DEFAULT_PASSWORD = "hub-demo"  # noqa: S105 - documented demo password, printed on every run

TAXONOMIES = (Category, TargetGroup, District, SpokenLanguage)

MEMBERS = MEMBERS_GROUP

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
EDITOR_COLLECTION_PERMISSIONS = (
    "add_image",
    "change_image",
    "choose_image",
    "add_document",
    "change_document",
    "choose_document",
)
TRANSLATOR_COLLECTION_PERMISSIONS = ("choose_image", "choose_document")


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    email: str
    role: str
    group: str | None = None
    superuser: bool = False
    # (German slug of the organisation page, role) for members of organisations.
    organisation: tuple[str, str] | None = None


DEMO_USERS = (
    DemoUser(
        "admin",
        "Martina",
        "Brandt",
        "m.brandt@example.org",
        "administrator (superuser), coordination office",
        superuser=True,
    ),
    DemoUser(
        "redaktion",
        "Jonas",
        "Weber",
        "j.weber@example.org",
        "editor (Editors, Moderators): pages, reviews submissions, footer, taxonomies",
        EDITORS,
    ),
    DemoUser(
        "uebersetzerin",
        "Leila",
        "Rahimi",
        "l.rahimi@example.org",
        "translator (group Translators): translates pages in the admin",
        TRANSLATORS,
    ),
    DemoUser(
        "mitglied",
        "Karim",
        "Mansour",
        "k.mansour@example.org",
        "organisation admin, Caritasverband Lindenstadt: edits its profile on the site",
        MEMBERS,
        organisation=("caritas-lindenstadt", "admin"),
    ),
    DemoUser(
        "diakonie",
        "Sabine",
        "Krüger",
        "s.krueger@example.org",
        "editor, Diakonisches Werk Lindenstadt: edits its profile on the site",
        MEMBERS,
        organisation=("diakonie-lindenstadt", "editor"),
    ),
    DemoUser(
        "ehrenamt",
        "Eva",
        "Schneider",
        "e.schneider@example.org",
        "individual member (admitted by the editors, no organisation): members' area only",
    ),
)


def demo_password() -> str:
    return os.environ.get(PASSWORD_ENV) or DEFAULT_PASSWORD


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _model_permissions(model, actions: tuple[str, ...]) -> list[Permission]:
    content_type = ContentType.objects.get_for_model(model)
    return [
        Permission.objects.get(
            content_type=content_type, codename=f"{action}_{model._meta.model_name}"
        )
        for action in actions
    ]


def _grant_collection(group: Group, codenames: tuple[str, ...]) -> None:
    root = Collection.get_first_root_node()
    app_labels = {"image": "wagtailimages", "document": "wagtaildocs"}
    for codename in codenames:
        app_label = app_labels[codename.rsplit("_", 1)[1]]
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=_permission(app_label, codename)
        )


def ensure_groups() -> dict[str, Group]:
    access_admin = _permission("wagtailadmin", "access_admin")
    editors = GroupFactory(name=EDITORS)
    translators = GroupFactory(name=TRANSLATORS)
    editors.permissions.add(access_admin)
    translators.permissions.add(access_admin)
    # Editors keep the footer and the taxonomies; translators translate them.
    for model in (SiteFooter, *TAXONOMIES):
        editors.permissions.add(*_model_permissions(model, ("add", "change", "delete", "view")))
        translators.permissions.add(*_model_permissions(model, ("change", "view")))
    editors.permissions.add(*_model_permissions(PublicHolidaySettings, ("change", "view")))
    _grant_collection(editors, EDITOR_COLLECTION_PERMISSIONS)
    _grant_collection(translators, TRANSLATOR_COLLECTION_PERMISSIONS)

    # Members log in to the members area (a later issue), never to the Wagtail admin.
    members = GroupFactory(name=MEMBERS)
    return {EDITORS: editors, TRANSLATORS: translators, MEMBERS: members}


def grant_page_permissions(groups: dict[str, Group], homes: list[Page]) -> None:
    """Editors on every home; translators through ``ensure_translator_groups`` (their
    languages' homes only, never the German source)."""
    ensure_translator_groups(homes)
    page_type = ContentType.objects.get_for_model(Page)
    grants = {EDITORS: EDITOR_PAGE_PERMISSIONS}
    for group_name, codenames in grants.items():
        for codename in codenames:
            permission = Permission.objects.get(content_type=page_type, codename=codename)
            for home in homes:
                GroupPagePermission.objects.get_or_create(
                    group=groups[group_name], page=home, permission=permission
                )


def ensure_users(
    groups: dict[str, Group], password: str
) -> list[tuple[DemoUser, AbstractBaseUser, bool]]:
    """Create the demo users or reset them, password included, to the documented state."""
    user_model = get_user_model()
    result = []
    for demo in DEMO_USERS:
        user = user_model.objects.filter(username=demo.username).first()
        created = user is None
        if created:
            user = UserFactory(username=demo.username, password=password)
        user.first_name = demo.first_name
        user.last_name = demo.last_name
        user.email = demo.email
        user.is_active = True
        user.is_superuser = demo.superuser
        user.is_staff = demo.superuser
        # Hashing is slow on purpose: only when the password is not the demo one already.
        if not created and not user.check_password(password):
            user.set_password(password)
        user.save()
        if demo.group:
            user.groups.add(groups[demo.group])
        if demo.group == EDITORS:
            # Wagtail's "Moderators approval" workflow lets only Moderators approve; the
            # demo editor reviews the public's submissions, so they moderate too.
            moderators = Group.objects.filter(name=MODERATORS).first()
            if moderators is not None:
                user.groups.add(moderators)
        result.append((demo, user, created))
    return result


def ensure_memberships(users: list[tuple[DemoUser, AbstractBaseUser, bool]]) -> None:
    """Attach the demo members to their organisations (German source pages)."""
    for demo, user, _created in users:
        if demo.organisation is None:
            continue
        slug, role = demo.organisation
        page = OrganisationPage.objects.filter(
            slug=slug, locale__language_code=settings.LANGUAGE_CODE
        ).first()
        if page is not None:
            Membership.objects.update_or_create(
                organisation=page,
                user=user,
                defaults={"role": role, "language": settings.LANGUAGE_CODE},
            )
