"""The board's list: who gets in, filters, search, pagination, expired and hidden entries."""

from datetime import timedelta

import pytest
from django.utils import timezone

from hub.demo.factories.network import BoardEntryFactory
from hub.network.board.views import PER_PAGE
from tests.network.board_support import url
from tests.network.selfservice_support import build_members


@pytest.fixture(name="members")
def members_fixture(tree):
    return build_members(tree)


def titles(response) -> list[str]:
    return [entry.title for entry in response.context["entries"]]


@pytest.mark.django_db
def test_anonymous_go_to_login_and_outsiders_are_refused(client, members):
    entry = BoardEntryFactory(author=members.admin_b)
    for name, args in [("board", ()), ("board_new", ()), ("board_entry", (entry.pk,))]:
        address = url(name, "de", *args)
        response = client.get(address)
        assert response.status_code == 302
        assert response["Location"].startswith(url("login") + "?next=")
    client.force_login(members.outsider)
    assert client.get(url("board")).status_code == 403
    assert client.get(url("board_entry", "de", entry.pk)).status_code == 403


@pytest.mark.django_db
def test_members_see_entries_under_each_language(client, members):
    BoardEntryFactory(
        author=members.admin_b, title="Denke: gemeinsamer Stand beim Stadtteilfest?", kind="idea"
    )
    client.force_login(members.admin_a)
    for language in ("de", "ar", "fa"):
        response = client.get(url("board", language))
        assert response.status_code == 200
        assert url("board", language) == f"/{language}/members/board/"
        assert "Stadtteilfest" in response.content.decode()
    assert 'dir="rtl"' in client.get(url("board", "ar")).content.decode()


@pytest.mark.django_db
def test_filters_by_kind_category_and_organisation(client, members):
    sprache = members.terms["sprache"]
    BoardEntryFactory(
        author=members.admin_a, title="Suche Dolmetscherin", kind="search", category=sprache
    )
    BoardEntryFactory(
        author=members.admin_b,
        title="Biete Sprachkurs",
        kind="offer",
        organisation=members.diakonie,
    )
    BoardEntryFactory(author=members.editor_a, title="Idee Stadtteilfest", kind="idea")
    client.force_login(members.admin_a)
    board = url("board")
    assert titles(client.get(board, {"kind": "search"})) == ["Suche Dolmetscherin"]
    assert set(titles(client.get(board, {"kind": ["search", "idea"]}))) == {
        "Suche Dolmetscherin",
        "Idee Stadtteilfest",
    }
    assert titles(client.get(board, {"category": "sprache"})) == ["Suche Dolmetscherin"]
    response = client.get(board, {"organisation": members.diakonie.pk})
    assert titles(response) == ["Biete Sprachkurs"]
    assert response.context["filters"].active_count == 1
    # Unknown values are ignored rather than answered with an error.
    assert len(titles(client.get(board, {"kind": "x", "organisation": "abc"}))) == 3


@pytest.mark.django_db
def test_search_in_title_and_text(client, members):
    BoardEntryFactory(
        author=members.admin_a, title="Suche Dolmetscherin", text="Tigrinya, Elterngespräch"
    )
    BoardEntryFactory(author=members.admin_b, title="Biete Fahrräder", text="Fünf Räder abzugeben")
    client.force_login(members.admin_a)
    assert titles(client.get(url("board"), {"q": "tigrinya"})) == ["Suche Dolmetscherin"]
    assert titles(client.get(url("board"), {"q": "fahrräder"})) == ["Biete Fahrräder"]
    assert titles(client.get(url("board"), {"q": "räder abzugeben"})) == ["Biete Fahrräder"]
    assert titles(client.get(url("board"), {"q": "Zahnarzt"})) == []


@pytest.mark.django_db
def test_pagination_keeps_filters(client, members):
    for number in range(PER_PAGE + 3):
        BoardEntryFactory(author=members.admin_b, title=f"Angebot {number}", kind="offer")
    client.force_login(members.admin_a)
    first = client.get(url("board"), {"kind": "offer"})
    assert len(first.context["entries"]) == PER_PAGE
    assert first.context["pagination"].next_url == url("board") + "?kind=offer&page=2"
    second = client.get(url("board"), {"kind": "offer", "page": 2})
    assert len(second.context["entries"]) == 3


@pytest.mark.django_db
def test_expired_entries_leave_the_list(client, members):
    today = timezone.localdate()
    BoardEntryFactory(
        author=members.admin_b, title="Bis gestern", expires_on=today - timedelta(days=1)
    )
    BoardEntryFactory(author=members.admin_b, title="Bis heute", expires_on=today)
    expired = BoardEntryFactory(
        author=members.admin_a, title="Mein altes", expires_on=today - timedelta(days=3)
    )
    client.force_login(members.admin_a)
    assert titles(client.get(url("board"))) == ["Bis heute"]
    # Still reachable, with a notice; and in "my entries" for its author.
    response = client.get(url("board_entry", "en", expired.pk))
    assert response.status_code == 200
    assert "no longer appears in the list" in response.content.decode()
    assert "Mein altes" in titles(client.get(url("board"), {"mine": "1"}))


@pytest.mark.django_db
def test_hidden_entries_only_for_author_and_editors(client, members):
    hidden = BoardEntryFactory(
        author=members.admin_a, title="Versteckt", hidden=True, hidden_reason="Werbung für Kurs"
    )
    BoardEntryFactory(author=members.admin_b, title="Sichtbar")
    client.force_login(members.admin_b)
    assert titles(client.get(url("board"))) == ["Sichtbar"]
    assert client.get(url("board_entry", "de", hidden.pk)).status_code == 404

    client.force_login(members.admin_a)
    assert "Versteckt" in titles(client.get(url("board")))
    page = client.get(url("board_entry", "en", hidden.pk)).content.decode()
    assert "Werbung für Kurs" in page and "Hidden by the editors" in page

    client.force_login(members.moderator)
    assert client.get(url("board_entry", "de", hidden.pk)).status_code == 200
    assert "Versteckt" in titles(client.get(url("board")))
