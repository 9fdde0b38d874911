"""Demo people for the members' directory: the profiles of the demo members ("mitglied",
"diakonie") and a dozen colleagues in several member organisations.

The colleagues share the demo password (their accounts copy the hash of "mitglied", so
no slow hashing per person); who shows which detail comes from a random generator with a
fixed seed, so every run gives the same directory. A second run changes nothing; a
profile someone edited in between is reset to the demo state, like the demo logins.
"""

import random
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Group

from hub.core.permissions import MEMBERS_GROUP
from hub.network.models import MemberProfile, MemberRole, Membership, OrganisationPage, Visibility
from hub.snippets.models import SpokenLanguage

SEED = 2607


@dataclass(frozen=True)
class DemoMember:
    username: str
    first_name: str
    last_name: str
    organisation: str  # German slug of the organisation page; "" for the demo users
    role: str
    languages: tuple[str, ...]
    can_help_with: str = ""
    membership_role: str = MemberRole.EDITOR


# Profiles of the two demo logins (their accounts and memberships come from people.py).
DEMO_LOGINS = (
    DemoMember(
        "mitglied",
        "Karim",
        "Mansour",
        "",
        "Koordination Migrationsberatung",
        ("deutsch", "arabisch", "englisch"),
        "Anerkennung ausländischer Abschlüsse, Kontakte zu Sprachkursträgern",
    ),
    DemoMember(
        "diakonie",
        "Sabine",
        "Krüger",
        "",
        "Sozialberatung",
        ("deutsch", "englisch"),
        "Wohnungssuche, Anträge beim Jobcenter",
    ),
)

COLLEAGUES = (
    DemoMember(
        "demo.haddad",
        "Rania",
        "Haddad",
        "caritas-lindenstadt",
        "Sozialberatung",
        ("arabisch", "deutsch"),
        "Familiennachzug, Begleitung zu Behörden",
    ),
    DemoMember(
        "demo.ahmadi",
        "Farid",
        "Ahmadi",
        "caritas-lindenstadt",
        "Sprachmittlung",
        ("farsi", "dari", "paschtu"),
        "Dolmetschen bei Arztterminen (nach Absprache)",
    ),
    DemoMember(
        "demo.schneider",
        "Katrin",
        "Schneider",
        "diakonie-lindenstadt",
        "Koordination Ehrenamt",
        ("deutsch", "englisch", "franzoesisch"),
        "Vermittlung von Ehrenamtlichen, Patenschaften",
        MemberRole.ADMIN,
    ),
    DemoMember(
        "demo.rezaei",
        "Maryam",
        "Rezaei",
        "diakonie-lindenstadt",
        "Frauencafé",
        ("farsi", "deutsch"),
    ),
    DemoMember(
        "demo.yilmaz",
        "Deniz",
        "Yılmaz",
        "jugendmigrationsdienst",
        "Jugendberatung",
        ("tuerkisch", "kurmanci", "deutsch"),
        "Ausbildungsplätze, Schulanmeldung",
        MemberRole.ADMIN,
    ),
    DemoMember(
        "demo.tesfaye",
        "Selam",
        "Tesfaye",
        "jugendmigrationsdienst",
        "Sozialarbeit",
        ("tigrinya", "englisch"),
    ),
    DemoMember(
        "demo.wagner",
        "Lukas",
        "Wagner",
        "refugee-law-clinic",
        "Rechtsberatung (studentisch)",
        ("deutsch", "englisch"),
        "Fragen zum Asylverfahren, Widerspruchsfristen",
        MemberRole.ADMIN,
    ),
    DemoMember(
        "demo.alkhatib",
        "Omar",
        "Al-Khatib",
        "refugee-law-clinic",
        "Sprachmittlung",
        ("arabisch", "englisch"),
    ),
    DemoMember(
        "demo.karimi",
        "Zahra",
        "Karimi",
        "psychosoziales-zentrum",
        "Psychologische Beratung",
        ("farsi", "dari", "deutsch"),
        "Erstgespräche, Vermittlung in Therapie",
        MemberRole.ADMIN,
    ),
    DemoMember(
        "demo.hoffmann",
        "Jana",
        "Hoffmann",
        "sprachschule-bruecke",
        "Kursplanung",
        ("deutsch", "russisch", "ukrainisch"),
        "Freie Plätze in Integrationskursen",
        MemberRole.ADMIN,
    ),
    DemoMember(
        "demo.nouri",
        "Hassan",
        "Nouri",
        "islamische-gemeinde",
        "Gemeindearbeit",
        ("arabisch", "kurmanci"),
    ),
    DemoMember(
        "demo.mohammadi",
        "Parisa",
        "Mohammadi",
        "rainbow-refugees",
        "Peer-Beratung",
        ("farsi", "englisch", "deutsch"),
        "Erstkontakt für queere Geflüchtete",
        MemberRole.ADMIN,
    ),
    DemoMember(
        "demo.abdi",
        "Ayaan",
        "Abdi",
        "sv-eichkamp",
        "Trainerin Mädchenfußball",
        ("somali", "englisch", "deutsch"),
    ),
)


def _email(member: DemoMember) -> str:
    return f"{member.username.removeprefix('demo.')}@demo.example.org"


def _colleague(member: DemoMember, template: AbstractBaseUser, group: Group):
    user_model = get_user_model()
    user, _created = user_model.objects.get_or_create(username=member.username)
    user.first_name, user.last_name = member.first_name, member.last_name
    user.email = _email(member)
    user.is_active = True
    user.password = template.password  # the demo password, hashed once for "mitglied"
    user.save()
    user.groups.add(group)
    organisation = OrganisationPage.objects.filter(
        slug=member.organisation, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if organisation is not None:
        Membership.objects.update_or_create(
            organisation=organisation,
            user=user,
            defaults={"role": member.membership_role, "language": settings.LANGUAGE_CODE},
        )
    return user


def _profile(user, member: DemoMember, rng: random.Random, languages: dict) -> bool:
    visibility = {
        field: Visibility.MEMBERS if rng.random() < share else Visibility.ONLY_ME
        for field, share in (
            ("role_visibility", 0.9),
            ("email_visibility", 0.6),
            ("phone_visibility", 0.35),
            ("languages_visibility", 0.85),
            ("can_help_with_visibility", 0.8),
        )
    }
    phone = f"0561 {rng.randint(100000, 999999)}"
    profile, created = MemberProfile.objects.update_or_create(
        user=user,
        defaults={
            "display_name": f"{member.first_name} {member.last_name}",
            "role": member.role,
            "email": user.email,
            "phone": phone,
            "can_help_with": member.can_help_with,
            **visibility,
        },
    )
    profile.languages.set([languages[slug] for slug in member.languages if slug in languages])
    return created


def ensure_member_profiles(users: list[AbstractBaseUser]) -> list[tuple[str, bool]]:
    """Profiles for the demo logins and the colleagues; (username, created) per person.

    ``users`` are the demo logins from ``people.ensure_users``.
    """
    rng = random.Random(SEED)  # noqa: S311 - demo data, not security
    by_username = {user.get_username(): user for user in users}
    languages = {
        term.slug: term
        for term in SpokenLanguage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    }
    group, _created = Group.objects.get_or_create(name=MEMBERS_GROUP)
    result = []
    for member in DEMO_LOGINS:
        user = by_username.get(member.username)
        if user is not None:
            result.append((member.username, _profile(user, member, rng, languages)))
    template = by_username.get("mitglied")
    if template is None:
        return result
    for member in COLLEAGUES:
        user = _colleague(member, template, group)
        result.append((member.username, _profile(user, member, rng, languages)))
    return result
