"""The open-data export of the organisations directory: JSON-LD and CSV, per site and
language, with a query count that does not grow with organisations or offices."""

import csv
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hub.core.csv_export import safe_cell as spreadsheet_safe
from hub.demo.factories.network import OrganisationPageFactory, add_offices
from hub.network.finder.export import CSV_COLUMNS
from hub.network.models import ContactPerson, Office
from tests.network.finder_data import OTHER_HOST

JSON_URL = "/de/hilfe-finden/open-data/json/"
CSV_URL = "/de/hilfe-finden/open-data/csv/"


def rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_json_is_an_item_list_of_organizations(client, finder_site):
    response = client.get(JSON_URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json; charset=utf-8"
    assert 'filename="organisations-de.json"' in response["Content-Disposition"]
    assert "public" in response["Cache-Control"] and "max-age=" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "ItemList"
    assert data["numberOfItems"] == len(data["itemListElement"]) == 2
    items = [element["item"] for element in data["itemListElement"]]
    assert [item["name"] for item in items] == ["Caritas Beratung", "Diakonie Begleitung"]
    caritas = items[0]
    assert caritas["@type"] == "Organization"
    assert caritas["url"] == "http://localhost/de/organisationen/caritas/"
    assert caritas["knowsAbout"] == ["Sprache"]
    (place,) = caritas["location"]
    assert place["@type"] == "Place" and place["name"] == "Beratungsstelle Nordstadt"
    assert place["address"]["postalCode"] == "12345"
    assert place["geo"] == {"@type": "GeoCoordinates", "latitude": 52.52, "longitude": 13.4}
    (spec,) = place["openingHoursSpecification"]
    assert spec["dayOfWeek"] == ["https://schema.org/Monday"]
    assert (spec["opens"], spec["closes"]) == ("09:00", "12:00")
    assert len(items[1]["location"]) == 2


def test_csv_has_one_row_per_office(client, finder_site):
    ContactPerson.objects.create(
        page=finder_site["caritas"], name="Amira", email="a@example.org", phone="+49 30 1"
    )
    response = client.get(CSV_URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="organisations-de.csv"'
    # With a BOM, as every CSV of the site: Excel shows umlauts and Arabic only then.
    assert response.content.startswith(b"\xef\xbb\xbf")
    header, *body = rows(response)
    assert tuple(header) == CSV_COLUMNS
    assert len(body) == 3
    first = dict(zip(header, body[0], strict=True))
    assert first["organisation"] == "Caritas Beratung"
    assert first["kind"] == "association"
    assert first["office"] == "Beratungsstelle Nordstadt"
    assert (first["district"], first["latitude"], first["longitude"]) == (
        "Nordstadt",
        "52.520000",
        "13.400000",
    )
    assert first["languages"] == "ar fa"
    assert first["hours"].startswith("Mo")
    assert (first["email"], first["phone"]) == ("a@example.org", "+49 30 1")
    assert first["url"] == "http://localhost/de/organisationen/caritas/"
    assert [row[3] for row in body[1:]] == ["Büro Altstadt", "Büro Nordstadt"]


def test_export_in_arabic_with_german_fallback(client, finder_site):
    data = json.loads(client.get("/ar/find-help/open-data/json/").content)
    names = [element["item"]["name"] for element in data["itemListElement"]]
    assert sorted(names) == sorted(["كاريتاس", "Diakonie Begleitung"])
    assert data["inLanguage"] == "ar"
    body = rows(client.get("/ar/find-help/open-data/csv/"))[1:]
    assert {row[0] for row in body} == {"كاريتاس", "Diakonie Begleitung"}
    assert "الحي الشمالي" in {row[7] for row in body}


def test_finder_page_links_the_exports(client, finder_site):
    content = client.get("/de/hilfe-finden/").content.decode()
    assert f'<a href="{JSON_URL}" type="application/ld+json">JSON</a>' in content
    assert f'<a href="{CSV_URL}" type="text/csv">CSV</a>' in content


def test_export_is_scoped_to_the_site(client, finder_site):
    response = client.get(JSON_URL, HTTP_HOST=OTHER_HOST)
    names = [element["item"]["name"] for element in json.loads(response.content)["itemListElement"]]
    assert names == ["Anderstädter Beratung"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("+cmd", "'+cmd"),
        ("-1+2 x", "'-1+2 x"),
        ("+49 30 1234-5", "+49 30 1234-5"),
        ("-13.400000", "-13.400000"),
        ("Caritas", "Caritas"),
        ("", ""),
    ],
)
def test_spreadsheet_safe(value, expected):
    assert spreadsheet_safe(value) == expected


@pytest.mark.parametrize("url", [JSON_URL, CSV_URL])
def test_query_count_does_not_depend_on_organisations_and_offices(client, finder_site, url):
    terms = finder_site["terms"]
    counts = []
    for extra in (1, 8):
        for number in range(extra):
            page = OrganisationPageFactory(
                parent=finder_site["caritas"].get_parent().specific,
                title=f"Verein {len(counts)}-{number}",
                services=[terms["sport"]],
            )
            add_offices(page, 30, languages=(terms["farsi"],), district=terms["altstadt"])
            ContactPerson.objects.create(page=page, name="Kim", email="k@example.org")
        assert client.get(url).status_code == 200  # warm the caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        counts.append(len(queries))
    assert Office.objects.filter(name__startswith="Außenstelle").count() == 270
    assert counts[0] == counts[1]
