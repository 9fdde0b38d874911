"""Editors cancel or move a single date in the admin; nobody else can."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from django.utils.translation import get_language_info

from hub.demo.factories.events import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from hub.events.models import Occurrence, Repeat
from tests.admin_html import admin_title
from tests.events.calendar_support import occurrences
from tests.module_data import module_data

pytestmark = pytest.mark.django_db


@module_data
def event(tree):
    calendar = EventIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    return EventPageFactory(
        parent=calendar,
        starts_on=timezone.localdate() + timedelta(days=3),
        repeat=Repeat.WEEKLY,
        repeat_until=timezone.localdate() + timedelta(days=30),
    )


def user_in(django_user_model, group: str | None, name: str):
    user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def notified(monkeypatch):
    calls = []
    monkeypatch.setattr(
        "hub.events.occurrences.notify_registrants", lambda occurrence: calls.append(occurrence.pk)
    )
    return calls


def test_editor_cancels_a_date_with_a_reason(
    client, django_user_model, event, notified, django_capture_on_commit_callbacks
):
    editor = user_in(django_user_model, "Editors", "editor")
    client.force_login(editor)
    listing = client.get(f"/admin/events/dates/{event.pk}/")
    assert listing.status_code == 200
    first, second = list(occurrences(event))[:2]
    assert f"/admin/events/dates/cancel/{first.pk}/" in listing.content.decode()
    RegistrationFactory(occurrence=first)

    page = client.get(f"/admin/events/dates/cancel/{first.pk}/").content.decode()
    assert "1 Person ist für diesen Termin angemeldet" in page
    assert admin_title(page).startswith("Diesen Termin absagen")
    response = client.post(f"/admin/events/dates/cancel/{first.pk}/", {"reason": ""})
    assert response.status_code == 200  # a reason is required
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/events/dates/cancel/{first.pk}/", {"reason": "Raum belegt"})
    assert response.status_code == 302
    first.refresh_from_db()
    assert (first.status, first.reason, first.edited) == ("cancelled", "Raum belegt", True)
    assert notified == [first.pk]
    second.refresh_from_db()
    assert second.status == Occurrence.Status.SCHEDULED


def test_editor_moves_a_date(
    client, django_user_model, event, notified, django_capture_on_commit_callbacks
):
    client.force_login(user_in(django_user_model, "Moderators", "moderator"))
    occurrence = occurrences(event).first()
    new_day = timezone.localtime(occurrence.starts_at).date() + timedelta(days=1)
    response = client.post(
        f"/admin/events/dates/move/{occurrence.pk}/",
        {"date": new_day.isoformat(), "start_time": "19:00", "end_time": "18:00", "reason": "x"},
    )
    assert response.status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/events/dates/move/{occurrence.pk}/",
            {
                "date": new_day.isoformat(),
                "start_time": "19:00",
                "end_time": "21:00",
                "reason": "Feiertag",
            },
        )
    assert response.status_code == 302
    occurrence.refresh_from_db()
    local = timezone.localtime(occurrence.starts_at)
    assert (local.date(), local.hour, timezone.localtime(occurrence.ends_at).hour) == (
        new_day,
        19,
        21,
    )
    assert occurrence.status == Occurrence.Status.MOVED and occurrence.edited
    assert notified == [occurrence.pk]


def test_reason_translations_are_stored_and_empty_ones_dropped(
    client, django_user_model, event, notified, django_capture_on_commit_callbacks
):
    client.force_login(user_in(django_user_model, "Editors", "editor"))
    first, second = list(occurrences(event))[:2]
    url = f"/admin/events/dates/cancel/{first.pk}/"
    page = client.get(url).content.decode()
    assert "Übersetzungen des Grundes" in page and "<details" in page
    # One field per content language but the source, in that language's script and direction.
    assert 'name="reason_de"' not in page
    assert 'name="reason_ar"' in page and 'lang="ar" dir="rtl"' in page
    assert 'name="reason_fa"' in page and 'lang="fa" dir="rtl"' in page
    assert 'name="reason_fr"' in page and 'lang="fr" dir="ltr"' in page
    arabic = get_language_info("ar")["name_local"]
    assert f'<span lang="ar" dir="rtl">{arabic}</span>' in page, "labelled in its own name"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {
                "reason": "Raum belegt",
                "reason_ar": "  القاعة محجوزة  ",
                "reason_en": "The room is taken",
                "reason_fa": "   ",
                "reason_fr": "",
            },
        )
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.reason == "Raum belegt"
    assert first.reason_translations == {"ar": "القاعة محجوزة", "en": "The room is taken"}
    assert (first.reason_in("ar"), first.reason_in("fr"), first.reason_in("de")) == (
        "القاعة محجوزة",
        "Raum belegt",
        "Raum belegt",
    )

    # A new reason replaces the old translations.
    new_day = timezone.localtime(first.starts_at).date() + timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/events/dates/move/{first.pk}/",
            {
                "date": new_day.isoformat(),
                "start_time": "19:00",
                "end_time": "21:00",
                "reason": "Doch ein Tag später",
                "reason_fr": "Finalement un jour plus tard",
            },
        )
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.reason_translations == {"fr": "Finalement un jour plus tard"}
    second.refresh_from_db()
    assert second.reason_translations == {}


def test_people_without_page_rights_cannot_change_dates(client, django_user_model, event):
    occurrence = occurrences(event).first()
    urls = [
        f"/admin/events/dates/{event.pk}/",
        f"/admin/events/dates/cancel/{occurrence.pk}/",
        f"/admin/events/dates/move/{occurrence.pk}/",
    ]
    for url in urls:
        assert client.get(url)["Location"].startswith("/admin/login/")
    client.force_login(user_in(django_user_model, None, "member"))
    # Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard.
    for url in urls:
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    response = client.post(urls[1], {"reason": "nope"})
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    occurrence.refresh_from_db()
    assert occurrence.status == Occurrence.Status.SCHEDULED


def test_dates_button_in_the_page_explorer(client, django_user_model, event):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "pw"))
    html = client.get(f"/admin/pages/{event.get_parent().pk}/").content.decode()
    assert f"/admin/events/dates/{event.pk}/" in html
    html = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert f"/admin/events/dates/{event.pk}/" in html
