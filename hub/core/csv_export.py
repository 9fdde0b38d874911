"""Spreadsheets that editors download: safe to open, readable in Excel, in local time.

One policy for every export of the site — the registrations, the membership
applications and every other admin listing (wagtail-modeladmin), the "Possibly outdated
initiatives" report and Wagtail's own reports (Site history, Aging pages …), which all
come from Wagtail's ``SpreadsheetExportMixin``, and the public open-data CSV:

- **formulas are text.** A name such as ``=HYPERLINK("http://evil.example","Click")``
  typed into a public form would run when an editor opens the CSV in a spreadsheet; a
  cell starting with ``=``, ``+``, ``-``, ``@``, a tab or CR gets a leading apostrophe
  (OWASP's advice), except plain numbers such as a phone number ``+49 30 1234`` or a
  negative coordinate, which hold no formula. XLSX cells are typed: Wagtail already
  stores text cells as strings, never as formulas; they stay as typed.
- **UTF-8 with a byte order mark**, without which Excel reads UTF-8 as Windows-1252
  and shows "MÃ¼ller" and no Arabic at all.
- **times in the site's time zone** (``settings.TIME_ZONE``), not UTC, and without an
  offset that spreadsheets cannot parse (Wagtail writes UTC to both formats).

``install()`` (called from ``hub.pages.apps.PagesConfig.ready``) patches Wagtail's mixin
in this one place, so that Wagtail's built-in reports follow the same rules.
"""

import csv
import datetime
import re
from collections.abc import Iterable
from functools import wraps
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone

BOM = "\ufeff"
CONTENT_TYPE = "text/csv; charset=utf-8"
TIME_FORMAT = "%Y-%m-%d %H:%M"
# Formula starts; a sign followed by nothing but digits, spaces and ()/.- is a number.
_FORMULA_START = re.compile(r"^[=@\t\r]|^[+-](?![\d\s()/.-]*$)")


def safe_cell(value: str) -> str:
    """``value`` with a leading apostrophe where a spreadsheet would run it as a formula."""
    return "'" + value if _FORMULA_START.match(value) else value


def local_naive(value: datetime.datetime) -> datetime.datetime:
    """An aware time as the wall-clock time of the site's time zone (naive)."""
    if timezone.is_naive(value):
        return value
    return timezone.make_naive(value, ZoneInfo(settings.TIME_ZONE))


def cell_text(value) -> str:
    """Any value as the safe text of a CSV cell (times in local time)."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return local_naive(value).strftime(TIME_FORMAT)
    return safe_cell(str(value))


def csv_response(filename: str, header: Iterable, rows: Iterable[Iterable]) -> HttpResponse:
    """A CSV download (with BOM) of ``rows`` under ``header``, every cell made safe."""
    response = HttpResponse(content_type=CONTENT_TYPE)
    response.write(BOM)
    writer = csv.writer(response)
    writer.writerow([cell_text(value) for value in header])
    for row in rows:
        writer.writerow([cell_text(value) for value in row])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# --- Wagtail's SpreadsheetExportMixin -----------------------------------------------


def install() -> None:
    """Make Wagtail's ``SpreadsheetExportMixin`` (every admin export) follow the policy.

    Wraps three of its methods once: ``preprocess_field_value`` (local times, safe CSV
    cells), ``stream_csv`` (the BOM first) and ``write_csv_response`` (the charset).
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin as Mixin

    if getattr(Mixin, "_hub_export_policy", False):
        return
    Mixin._hub_export_policy = True
    preprocess, stream, respond = (
        Mixin.preprocess_field_value,
        Mixin.stream_csv,
        Mixin.write_csv_response,
    )

    @wraps(preprocess)
    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, datetime.datetime):
            local = local_naive(value)
            return local if export_format == Mixin.FORMAT_XLSX else local.strftime(TIME_FORMAT)
        result = preprocess(self, field, value, export_format)
        if export_format == Mixin.FORMAT_CSV and isinstance(result, str):
            return safe_cell(result)
        return result

    @wraps(stream)
    def stream_csv(self, queryset):
        yield BOM.encode()
        yield from stream(self, queryset)

    @wraps(respond)
    def write_csv_response(self, queryset):
        response = respond(self, queryset)
        response["Content-Type"] = CONTENT_TYPE
        return response

    Mixin.preprocess_field_value = preprocess_field_value
    Mixin.stream_csv = stream_csv
    Mixin.write_csv_response = write_csv_response
