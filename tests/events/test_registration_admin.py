"""Editors see registrations per date with counts, export them, tick attendance and print
the list; other admin users see none of it. ``run_event_jobs`` runs the scheduled rules."""

import csv
import io
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.urls import reverse

from hub.demo.factories.users import UserFactory
from hub.events.models import Registration
from tests.admin_html import admin_title
from tests.events.registration_support import (  # noqa: F401 - fixtures
    backdate,
    calendar_fixture,
    event_fixture,
    fresh_cache_fixture,
    occurrence_fixture,
    register,
    register_and_confirm,
)

Status = Registration.Status


def make_user(username: str, group: str | None = None):
    user = UserFactory(username=username, password="pw-12345", groups=[group] if group else [])
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture(name="booked")
def booked_fixture(occurrence, django_capture_on_commit_callbacks):
    capture = django_capture_on_commit_callbacks
    people = [
        register_and_confirm(capture, occurrence, n, organisation="Café Welcome") for n in range(3)
    ]
    register(capture, occurrence, 9)
    return people


@pytest.mark.django_db
def test_editor_sees_counts_per_date(client, event, occurrence, booked):
    client.force_login(make_user("redaktion", "Editors"))
    page = client.get(reverse("events_registration_overview")).content.decode()
    assert event.title in page
    assert admin_title(page) == "Anmeldungen nach Termin"
    counts = dict(re.findall(r'<td data-count="(\w+)">\s*(\d+)', page))
    assert counts == {
        "capacity": "2",
        "confirmed": "2",
        "waitlisted": "1",
        "pending": "1",
        "cancelled": "0",
    }


@pytest.mark.django_db
def test_list_filters_search_and_csv_export(client, occurrence, booked):
    client.force_login(make_user("moderation", "Moderators"))
    index = reverse("events_registration_modeladmin_index")
    page = client.get(index, {"status": "waitlisted"}).content.decode()
    assert "person2@example.org" in page and "person0@example.org" not in page
    page = client.get(index, {"q": "person1@"}).content.decode()
    assert "person1@example.org" in page and "person2@example.org" not in page

    response = client.get(index, {"export": "csv", "occurrence__id__exact": occurrence.pk})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert len(rows) == 1 + 4
    assert any("person0@example.org" in row and "Café Welcome" in row for row in rows)


@pytest.mark.django_db
def test_attendance_list_prints_and_saves_ticks(client, occurrence, booked):
    client.force_login(make_user("redaktion", "Editors"))
    url = reverse("events_attendance", args=[occurrence.pk])
    page = client.get(url).content.decode()
    # Print styles and the print button come from static files (no inline style or
    # script under the Content-Security-Policy).
    assert "/static/css/attendance.css" in page and "/static/js/print.js" in page
    assert "@media print" in Path(finders.find("css/attendance.css")).read_text()
    assert "data-print" in page and "onclick" not in page and "<style" not in page
    assert "Person 0" in page and "Person 2" in page and "Person 9" not in page
    response = client.post(url, {"attended": [booked[0].pk, booked[2].pk]})
    assert response.status_code == 302
    attended = set(Registration.objects.filter(attended=True).values_list("pk", flat=True))
    assert attended == {booked[0].pk, booked[2].pk}
    client.post(url, {"attended": [booked[2].pk]})
    assert set(Registration.objects.filter(attended=True).values_list("pk", flat=True)) == {
        booked[2].pk
    }


@pytest.mark.django_db
def test_other_admin_users_see_nothing(client, occurrence, booked):
    client.force_login(make_user("translator"))
    for url in (
        reverse("events_registration_overview"),
        reverse("events_attendance", args=[occurrence.pk]),
        reverse("events_registration_modeladmin_index"),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
    assert client.post(
        reverse("events_attendance", args=[occurrence.pk]), {"attended": [booked[0].pk]}
    ).status_code in (302, 403)
    assert not Registration.objects.filter(attended=True).exists()


@pytest.mark.django_db
def test_run_event_jobs_is_idempotent(occurrence, booked, django_capture_on_commit_callbacks):
    pending = Registration.objects.get(status=Status.PENDING)
    backdate(pending, hours=72)
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("run_event_jobs", stdout=out)
    assert "1 registrations expired" in out.getvalue()
    pending.refresh_from_db()
    assert pending.status == Status.EXPIRED
    out = io.StringIO()
    call_command("run_event_jobs", stdout=out)
    assert out.getvalue().startswith("0 registrations expired, 0 reminders queued, 0")

    # Long after the date: personal data goes, once.
    type(occurrence).objects.filter(pk=occurrence.pk).update(
        starts_at=occurrence.starts_at - timedelta(days=60),
        ends_at=occurrence.ends_at - timedelta(days=60),
    )
    call_command("run_event_jobs", stdout=io.StringIO())
    assert not Registration.objects.filter(anonymised_at__isnull=True).exists()
    out = io.StringIO()
    call_command("run_event_jobs", stdout=out)
    assert "0 registrations anonymised" in out.getvalue()
