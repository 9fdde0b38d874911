"""Every visibility choice of every field of a member's profile, chosen through the real
"My profile" form, is stored, shown again in the form, and honoured on the directory and
profile pages for the person, a colleague of the same organisation, a member of another
organisation and an anonymous visitor.

("Spoken languages: only me" used to be ignored: the field was missing from the form's
fields, so it was never saved.)
"""

import re

import pytest
from django.core.cache import cache

from hub.network.models import MemberProfile, Visibility
from hub.network.models.member_profiles import VISIBLE_FIELDS
from tests.network.people_support import members_fixture, url  # noqa: F401 - fixture

# What each field is set to, and how it appears on a directory card (German pages).
VALUES = {
    "role": ("Sozialberatung am Nordplatz", "Sozialberatung am Nordplatz"),
    "email": ("samira.privat@example.org", "mailto:samira.privat@example.org"),
    "phone": ("+49 30 5550123", 'href="tel:+49305550123"'),
    "languages": (["farsi"], "<span>Farsi</span>"),
    "can_help_with": ("Begleitung zu Behördengängen", "Begleitung zu Behördengängen"),
}
# On her own profile form the person always sees what she entered.
IN_FORM = {
    "role": 'value="Sozialberatung am Nordplatz"',
    "email": 'value="samira.privat@example.org"',
    "phone": 'value="+49 30 5550123"',
    "languages": None,  # a ticked box: see ticked()
    "can_help_with": "Begleitung zu Behördengängen",
}
OTHER = {Visibility.MEMBERS: Visibility.ONLY_ME, Visibility.ONLY_ME: Visibility.MEMBERS}


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def profile_post(field: str, choice: str) -> dict:
    """Every field filled in; ``field`` with ``choice``, every other field the other
    way, so that a choice that leaks from one field to another shows up."""
    data = {"display_name": "Samira Haddad"}
    for name in VISIBLE_FIELDS:
        data[name] = VALUES[name][0]
        data[VISIBLE_FIELDS[name]] = choice if name == field else OTHER[choice]
    return data


def checked(html: str, name: str) -> str:
    [value] = ticked(html, name)
    return value


def ticked(html: str, name: str) -> set[str]:
    return {
        re.search(r'value="([^"]*)"', tag).group(1)
        for tag in re.findall(r"<input[^>]*>", html)
        if f'name="{name}"' in tag and "checked" in tag
    }


def card_of(html: str, name: str) -> str:
    """The directory card of the person called ``name`` (up to the next card or the end
    of the list)."""
    listing = html.split('<ul class="people-list">', 1)[1].split("</section>", 1)[0]
    cards = [card for card in listing.split('<li class="people-card')[1:] if name in card]
    assert len(cards) == 1, name
    return cards[0]


@pytest.mark.django_db
@pytest.mark.parametrize("choice", [Visibility.MEMBERS, Visibility.ONLY_ME])
@pytest.mark.parametrize("field", list(VISIBLE_FIELDS))
def test_every_visibility_choice_is_stored_and_honoured(client, members, field, choice):
    client.force_login(members.admin_a)
    response = client.post(url("member_profile"), profile_post(field, choice))
    assert response.status_code == 302, response.content.decode()[:2000]

    # Stored, for this field and every other one.
    profile = MemberProfile.objects.get(user=members.admin_a)
    for name, visibility_field in VISIBLE_FIELDS.items():
        expected = choice if name == field else OTHER[choice]
        assert getattr(profile, visibility_field) == expected, visibility_field

    # Shown again as chosen, with everything she entered.
    form = client.get(url("member_profile")).content.decode()
    assert checked(form, VISIBLE_FIELDS[field]) == choice
    if field == "languages":
        assert "farsi" in ticked(form, "languages")
    else:
        assert IN_FORM[field] in form

    shown_on_card = VALUES[field][1]
    # Her own card is "how other members see you"; a colleague and another
    # organisation's member see the same.
    for viewer in (members.admin_a, members.editor_a, members.admin_b):
        client.force_login(viewer)
        directory = client.get(url("member_directory")).content.decode()
        card = card_of(directory, "Samira Haddad")
        assert (shown_on_card in card) == (choice == Visibility.MEMBERS), (viewer, field)
        if field == "languages":
            found = client.get(url("member_directory"), {"language": "farsi"})
            names = [c.name for c in found.context["cards"]]
            assert ("Samira Haddad" in names) == (choice == Visibility.MEMBERS)
        # The profile page is one's own: it never shows another member's details.
        own = client.get(url("member_profile")).content.decode()
        if viewer != members.admin_a:
            assert VALUES[field][1] not in own
            if field == "languages":
                assert "farsi" not in ticked(own, "languages")
            else:
                assert IN_FORM[field] not in own

    # Anonymous visitors see nothing of it anywhere.
    client.logout()
    for name in ("member_directory", "member_profile"):
        response = client.get(url(name))
        assert response.status_code == 302
        assert "Samira" not in response.content.decode()
