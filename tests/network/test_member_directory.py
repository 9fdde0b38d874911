"""The members' directory and one's own profile in it: who may enter, what each member
chose to show (and nothing else), filters, search, and a query count that does not grow
with the number of people."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hub.demo.factories.network import OrganisationPageFactory
from hub.demo.factories.pages import translate
from hub.network.models import MemberProfile, MemberRole, Membership
from tests.network.people_support import (  # noqa: F401 - fixture
    HIDDEN,
    SHOWN,
    members_fixture,
    set_profile,
    url,
)
from tests.network.selfservice_support import PASSWORD, MemberAccountFactory

PRIVATE_PHONE = "+49 30 5550123"
PRIVATE_EMAIL = "samira.privat@example.org"
PRIVATE_HELP = "Fragen zum Asylverfahren"


def samira_private(members, **overrides):
    """Samira shows her function; e-mail, phone, languages and help text only to herself."""
    fields = {
        "display_name": "Samira Haddad",
        "role": "Sozialberatung",
        "role_visibility": SHOWN,
        "email": PRIVATE_EMAIL,
        "email_visibility": HIDDEN,
        "phone": PRIVATE_PHONE,
        "phone_visibility": HIDDEN,
        "can_help_with": PRIVATE_HELP,
        "can_help_with_visibility": HIDDEN,
        "languages_visibility": HIDDEN,
        **overrides,
    }
    return set_profile(members.admin_a, languages=[members.terms["farsi"]], **fields)


# --- access -------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["member_directory", "member_profile"])
def test_anonymous_visitors_are_sent_to_login(client, members, name):
    response = client.get(url(name, "ar"))
    assert response.status_code == 302
    assert response["Location"].startswith(url("login", "ar") + "?next=")


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["member_directory", "member_profile"])
def test_signed_in_non_members_are_refused(client, members, name):
    client.force_login(members.outsider)
    assert client.get(url(name)).status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["member_directory", "member_profile"])
def test_members_and_editors_get_in(client, members, name):
    for user in (members.editor_a, members.moderator):
        client.force_login(user)
        assert client.get(url(name)).status_code == 200, user


@pytest.mark.django_db
def test_the_form_starts_from_the_account_and_the_first_save_creates_the_profile(client, members):
    client.force_login(members.editor_a)
    html = client.get(url("member_profile")).content.decode()
    assert not MemberProfile.objects.filter(user=members.editor_a).exists(), "GET writes nothing"
    assert 'value="Paul Test"' in html and 'value="paul@example.org"' in html
    client.post(
        url("member_profile"),
        {
            "display_name": "Paul Test",
            "email": "paul@example.org",
            **{
                f"{name}_visibility": checked_choice(html, f"{name}_visibility") for name in VISIBLE
            },
        },
    )
    profile = MemberProfile.objects.get(user=members.editor_a)
    assert profile.display_name == "Paul Test"
    assert profile.email == "paul@example.org"
    assert profile.email_visibility == HIDDEN
    assert profile.phone_visibility == HIDDEN
    assert profile.role_visibility == SHOWN
    assert profile.languages_visibility == SHOWN


VISIBLE = ("role", "email", "phone", "languages", "can_help_with")


def checked_choice(html: str, name: str) -> str:
    """The value of the radio button of ``name`` the form shows as chosen."""
    import re

    for tag in re.findall(r"<input[^>]*>", html):
        if f'name="{name}"' in tag and "checked" in tag:
            return re.search(r'value="([^"]*)"', tag).group(1)
    raise AssertionError(f"no choice checked for {name}")


# --- what others see -----------------------------------------------------------------------


@pytest.mark.django_db
def test_hidden_fields_never_reach_other_members(client, members):
    samira_private(members)
    client.force_login(members.admin_b)
    html = client.get(url("member_directory")).content.decode()
    assert "Samira Haddad" in html
    assert "Sozialberatung" in html
    assert "Caritas Beratung" in html
    for secret in (PRIVATE_PHONE, PRIVATE_EMAIL, PRIVATE_HELP, "samira@example.org"):
        assert secret not in html, secret
    # Nobody shows languages here ("Farsi" itself is an option of the language filter).
    assert "<span>Farsi</span>" not in html


@pytest.mark.django_db
def test_the_owner_sees_every_field_on_their_profile_page(client, members):
    samira_private(members)
    client.force_login(members.admin_a)
    html = client.get(url("member_profile")).content.decode()
    for value in (PRIVATE_PHONE, PRIVATE_EMAIL, PRIVATE_HELP):
        assert value in html


@pytest.mark.django_db
def test_shown_fields_appear_on_the_card(client, members):
    samira_private(
        members,
        email_visibility=SHOWN,
        phone_visibility=SHOWN,
        can_help_with_visibility=SHOWN,
        languages_visibility=SHOWN,
    )
    client.force_login(members.admin_b)
    html = client.get(url("member_directory")).content.decode()
    assert f"mailto:{PRIVATE_EMAIL}" in html
    assert 'href="tel:+49305550123"' in html
    assert PRIVATE_HELP in html
    assert "<span>Farsi</span>" in html


@pytest.mark.django_db
def test_a_hidden_function_is_not_shown_either(client, members):
    samira_private(members, role_visibility=HIDDEN)
    client.force_login(members.admin_b)
    assert "Sozialberatung" not in client.get(url("member_directory")).content.decode()


@pytest.mark.django_db
def test_the_login_name_is_never_shown_for_a_member_without_a_name(client, members):
    nameless = get_user_model().objects.create_user(
        "nameless@example.org", "nameless@example.org", PASSWORD
    )
    Membership.objects.create(organisation=members.diakonie, user=nameless, language="de")
    client.force_login(members.admin_b)
    html = client.get(url("member_directory", "en")).content.decode()
    assert "nameless@example.org" not in html
    assert "Member without a name" in html


@pytest.mark.django_db
def test_people_who_did_not_accept_their_invitation_are_not_listed(client, members):
    invited = get_user_model().objects.create_user("neu", "neu@example.org", first_name="Nora")
    invited.set_unusable_password()
    invited.save()
    Membership.objects.create(organisation=members.caritas, user=invited, language="de")
    client.force_login(members.admin_b)
    assert "Nora" not in client.get(url("member_directory")).content.decode()


@pytest.mark.django_db
def test_texts_members_write_are_escaped(client, members):
    samira_private(
        members,
        role="<script>alert(1)</script>",
        can_help_with="<img src=x onerror=alert(2)>\nzweite Zeile",
        can_help_with_visibility=SHOWN,
    )
    client.force_login(members.admin_b)
    html = client.get(url("member_directory")).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(2)&gt;<br>zweite Zeile" in html


@pytest.mark.django_db
def test_organisations_are_named_in_the_visitors_language(client, members):
    translate(members.caritas, "ar", title="كاريتاس للاستشارات", slug="caritas")
    client.force_login(members.admin_b)
    html = client.get(url("member_directory", "ar")).content.decode()
    assert "كاريتاس للاستشارات" in html
    # Diakonie has no Arabic page: its German title, marked as German.
    assert 'lang="de"><bdi>Diakonie Treff</bdi>' in html


# --- filters and search ---------------------------------------------------------------------


def names_listed(client, **params) -> set[str]:
    response = client.get(url("member_directory"), params)
    assert response.status_code == 200
    return {card.name for card in response.context["cards"]}


@pytest.mark.django_db
def test_filter_by_organisation(client, members):
    client.force_login(members.admin_b)
    assert names_listed(client) == {"Samira Test", "Paul Test", "Dora Test"}
    assert names_listed(client, organisation=members.caritas.pk) == {"Samira Test", "Paul Test"}
    assert names_listed(client, organisation="unknown") == {
        "Samira Test",
        "Paul Test",
        "Dora Test",
    }


@pytest.mark.django_db
def test_filter_by_language_only_finds_shown_languages(client, members):
    arabic = members.terms["arabisch"]
    set_profile(members.admin_a, languages=[arabic], languages_visibility=SHOWN)
    set_profile(members.editor_a, languages=[arabic], languages_visibility=HIDDEN)
    client.force_login(members.admin_b)
    assert names_listed(client, language="arabisch") == {"Samira Test"}
    assert names_listed(client, language="farsi") == set()


@pytest.mark.django_db
def test_search_by_the_name_members_see(client, members):
    set_profile(members.admin_a, display_name="Samira Haddad")
    client.force_login(members.admin_b)
    assert names_listed(client, q="hadd") == {"Samira Haddad"}
    assert names_listed(client, q="  dora   test ") == {"Dora Test"}
    assert names_listed(client, q="paul", organisation=members.diakonie.pk) == set()


@pytest.mark.django_db
def test_pages_keep_the_filters(client, members):
    for number in range(25):
        user = MemberAccountFactory(
            username=f"person{number}", email=f"p{number}@example.org", first_name="Anna"
        )
        Membership.objects.create(
            organisation=members.caritas, user=user, role=MemberRole.EDITOR, language="de"
        )
    client.force_login(members.admin_b)
    response = client.get(url("member_directory"), {"organisation": members.caritas.pk})
    assert response.context["result_count"] == 27
    assert len(response.context["cards"]) == 20
    assert f"?organisation={members.caritas.pk}&amp;page=2" in response.content.decode()
    second = client.get(url("member_directory"), {"organisation": members.caritas.pk, "page": 2})
    assert len(second.context["cards"]) == 7


# --- editing one's profile ------------------------------------------------------------------


def profile_post(**overrides) -> dict:
    data = {
        "display_name": "Samira Haddad",
        "role": "Koordination",
        "role_visibility": SHOWN,
        "email": "samira.haddad@example.org",
        "email_visibility": SHOWN,
        "phone": "+49 30 123456",
        "phone_visibility": HIDDEN,
        "languages": ["arabisch", "farsi"],
        "languages_visibility": SHOWN,
        "can_help_with": "Behördengänge",
        "can_help_with_visibility": HIDDEN,
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_saving_the_profile(client, members):
    client.force_login(members.admin_a)
    response = client.post(url("member_profile", "ar"), profile_post())
    assert response.status_code == 302
    profile = MemberProfile.objects.get(user=members.admin_a)
    assert profile.role == "Koordination"
    assert profile.email_visibility == SHOWN
    assert profile.phone_visibility == HIDDEN
    # The German rows, whichever language the form was shown in.
    assert {language.pk for language in profile.languages.all()} == {
        members.terms["arabisch"].pk,
        members.terms["farsi"].pk,
    }


@pytest.mark.django_db
def test_phone_in_arabic_digits_is_stored_in_latin_digits(client, members):
    client.force_login(members.admin_a)
    client.post(url("member_profile", "ar"), profile_post(phone="٠٣٠ ١٢٣٤٥٦"))
    assert MemberProfile.objects.get(user=members.admin_a).phone == "030 123456"


@pytest.mark.django_db
def test_errors_are_summarised_above_the_form(client, members):
    client.force_login(members.admin_a)
    response = client.post(
        url("member_profile"),
        profile_post(email="not an address", phone="call me", email_visibility="everyone"),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="error-summary"' in html
    assert 'href="#id_email"' in html
    assert 'href="#id_phone"' in html
    assert 'href="#id_email_visibility_0"' in html
    assert MemberProfile.objects.get(user=members.admin_a).role == ""


# --- queries ---------------------------------------------------------------------------------


def add_people(members, start: int, count: int) -> None:
    languages = [members.terms["arabisch"], members.terms["farsi"]]
    organisations = [members.caritas, members.diakonie]
    for number in range(start, start + count):
        user = MemberAccountFactory(
            username=f"mitglied{number}", email=f"m{number}@example.org", first_name=f"M{number}"
        )
        Membership.objects.create(organisation=organisations[number % 2], user=user, language="de")
        set_profile(
            user,
            languages=languages[: number % 3],
            role=f"Funktion {number}",
            email_visibility=SHOWN if number % 2 else HIDDEN,
            languages_visibility=SHOWN,
        )


def queries_for(client, address: str) -> int:
    client.get(address)  # the viewer's profile is created on the first visit
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["de", "ar"])
def test_query_count_does_not_grow_with_the_number_of_people(client, members, language):
    third = OrganisationPageFactory(
        parent=members.directory, title="Refugee Law Clinic", slug="rlc"
    )
    translate(members.caritas, "ar", title="كاريتاس", slug="caritas")
    Membership.objects.create(organisation=third, user=members.admin_b, language="de")
    client.force_login(members.admin_b)
    address = url("member_directory", language)
    add_people(members, 0, 5)
    few = queries_for(client, address)
    add_people(members, 5, 45)
    assert len(client.get(address).context["cards"]) == 20
    assert queries_for(client, address) == few
    assert queries_for(client, address + "?language=arabisch&q=m") == few
