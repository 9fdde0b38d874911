"""Reports → "Possibly outdated initiatives": exactly the overdue ones, for editors only."""

from datetime import date, timedelta

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.test import RequestFactory
from django.utils import timezone, translation
from wagtail.models import GroupPagePermission, Page, PageLogEntry

from hub.demo.factories.pages import InitiativeIndexPageFactory, by_language
from hub.demo.factories.users import UserFactory

# Registered by hub/pages/wagtail_hooks.py in the running site; imported here as well so
# that these tests do not depend on that wiring.
from hub.pages.initiatives.freshness import wagtail_hooks
from hub.pages.initiatives.freshness.outdated import outdated_entries
from hub.pages.initiatives.freshness.services import CONFIRMED_ACTION
from tests.module_data import module_data
from tests.pages.initiatives.test_initiative_freshness import MONTH, NOW, aged, record

REPORT = "/admin/reports/outdated-initiatives/"
DAY = timedelta(days=1)


@module_data
def indexes(tree):
    return by_language(InitiativeIndexPageFactory(parent=tree.homes["de"], translations=("en",)))


def overdue_sample(index, now):
    """Grace period 30 days, reminders after six months."""
    return {
        "overdue": aged(
            index, "Fahrradwerkstatt", confirmed=now - 8 * MONTH, reminded=now - 40 * DAY
        ),
        "waiting": aged(index, "Nachhilfe", confirmed=now - 8 * MONTH, reminded=now - 10 * DAY),
        "fresh": aged(index, "Sprachcafe", confirmed=now - 2 * MONTH),
        "stale_not_yet_reminded": aged(index, "Tafel", confirmed=now - 7 * MONTH),
        "unreachable": aged(index, "Gartengruppe", confirmed=now - 7 * MONTH, email=""),
        "ended": aged(
            index,
            "Kleiderkammer",
            confirmed=now - 9 * MONTH,
            reminded=now - 90 * DAY,
            status="ended",
            ended_on=date(2025, 12, 31),
        ),
        "draft": aged(
            index,
            "Geheimprojekt",
            confirmed=now - 9 * MONTH,
            reminded=now - 90 * DAY,
            publish=False,
            live=False,
        ),
    }


def titles(entries) -> list[str]:
    return [entry.page.title for entry in entries]


def test_the_selection_is_exactly_the_overdue_initiatives(indexes):
    overdue_sample(indexes["de"], NOW)

    entries = outdated_entries(now=NOW, grace_days=30, months=6)

    assert titles(entries) == ["Gartengruppe", "Fahrradwerkstatt"]
    assert entries[0].reminder_sent_at is None  # cannot be reminded: no address
    assert outdated_entries(now=NOW, grace_days=5, months=6)[-1].page.title == "Nachhilfe"


def test_a_confirmation_takes_an_initiative_off_the_list(indexes, client):
    sample = overdue_sample(indexes["de"], NOW)
    token = record(sample["overdue"]).token

    client.post(f"/de/initiativen/confirm/{token}/")

    later = NOW + timedelta(days=1)
    assert "Fahrradwerkstatt" not in titles(outdated_entries(now=later, grace_days=30, months=6))


# --- Access ---------------------------------------------------------------------------


def make_user(username: str, *groups: Group, superuser: bool = False):
    return UserFactory(username=username, password="pw-12345", superuser=superuser, groups=groups)


def group_with_admin_access(name: str) -> Group:
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    return group


def grant_publish(group: Group, page: Page) -> None:
    page_type = ContentType.objects.get_for_model(Page)
    for codename in ("change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(content_type=page_type, codename=codename),
        )


@module_data
def overdue(indexes):
    return overdue_sample(indexes["de"], timezone.now())


def test_anonymous_visitors_are_sent_to_the_login(client, overdue):
    response = client.get(REPORT)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_members_without_admin_access_are_refused(client, overdue):
    client.force_login(make_user("mitglied", Group.objects.get_or_create(name="Members")[0]))

    response = client.get(REPORT)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_admin_users_who_cannot_publish_are_refused(client, overdue):
    client.force_login(make_user("uebersetzerin", group_with_admin_access("Translators")))

    response = client.get(REPORT)

    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_editors_see_the_overdue_initiatives(client, overdue, tree):
    editors = group_with_admin_access("Editors")
    grant_publish(editors, tree.homes["de"])
    client.force_login(make_user("redaktion", editors))

    response = client.get(REPORT)

    assert response.status_code == 200
    listed = titles(response.context["object_list"])
    assert listed == ["Gartengruppe", "Fahrradwerkstatt"]
    html = response.content.decode()
    edit_url = f"/admin/pages/{overdue['overdue'].pk}/edit/"
    assert f'href="{edit_url}"' in html
    assert "mailto:fahrradwerkstatt@example.org" in html
    for hidden in ("Nachhilfe", "Sprachcafe", "Tafel", "Kleiderkammer", "Geheimprojekt"):
        assert hidden not in html


def test_editors_see_only_initiatives_they_may_edit(client, overdue, tree):
    # Not "Editors": Wagtail's own migrations let that group change every page.
    editors = group_with_admin_access("English editors")
    grant_publish(editors, tree.homes["en"])
    client.force_login(make_user("redaktion", editors))

    response = client.get(REPORT)

    assert response.status_code == 200
    assert response.context["object_list"] == []


def test_superusers_see_the_report_and_its_menu_entry(client, overdue):
    admin = make_user("chefin", superuser=True)
    client.force_login(admin)

    assert titles(client.get(REPORT).context["object_list"]) == ["Gartengruppe", "Fahrradwerkstatt"]
    request = RequestFactory().get("/admin/")
    request.user = admin
    assert wagtail_hooks.register_outdated_initiatives_menu_item().is_shown(request)
    request.user = make_user("mitglied")
    assert not wagtail_hooks.register_outdated_initiatives_menu_item().is_shown(request)


def test_the_report_downloads_as_csv(client, overdue):
    client.force_login(make_user("chefin", superuser=True))

    response = client.get(REPORT + "?export=csv")

    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert "Fahrradwerkstatt" in body
    assert "fahrradwerkstatt@example.org" in body
    assert "Nachhilfe" not in body


def test_an_editor_marks_an_initiative_as_still_active(client, overdue, tree):
    editors = group_with_admin_access("Editors")
    grant_publish(editors, tree.homes["de"])
    editor = make_user("redaktion", editors)
    client.force_login(editor)
    row = record(overdue["overdue"])

    response = client.post(f"{REPORT}{row.pk}/confirm/")

    assert response.status_code == 302
    assert response["Location"] == REPORT
    row.refresh_from_db()
    assert row.reminder_sent_at is None
    assert timezone.now() - row.last_confirmed_at < timedelta(minutes=1)
    assert titles(client.get(REPORT).context["object_list"]) == ["Gartengruppe"]
    entry = PageLogEntry.objects.get(page=overdue["overdue"], action=CONFIRMED_ACTION)
    assert entry.user == editor
    assert entry.data == {"via": "editor"}


def test_marking_needs_a_post_and_the_permission(client, overdue, tree):
    row = record(overdue["overdue"])
    editors = group_with_admin_access("English editors")
    grant_publish(editors, tree.homes["en"])
    client.force_login(make_user("redaktion", editors))

    assert client.get(f"{REPORT}{row.pk}/confirm/").status_code == 405
    response = client.post(f"{REPORT}{row.pk}/confirm/")

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    row.refresh_from_db()
    assert row.reminder_sent_at is not None


def test_a_confirmation_through_the_link_appears_in_the_page_history(client, overdue):
    token = record(overdue["overdue"]).token

    client.post(f"/de/initiativen/confirm/{token}/")

    entry = PageLogEntry.objects.get(page=overdue["overdue"], action=CONFIRMED_ACTION)
    assert entry.user is None
    assert entry.data == {"via": "link"}
    with translation.override("en"):
        assert "reminder" in str(entry.message)


def test_wagtails_own_editors_group_sees_the_report(client, overdue):
    # As Wagtail's migrations create it: admin access, add and change on every page.
    editors = Group.objects.get(name="Editors")
    client.force_login(make_user("redaktion", editors))

    response = client.get(REPORT)

    assert response.status_code == 200
    assert titles(response.context["object_list"]) == ["Gartengruppe", "Fahrradwerkstatt"]
