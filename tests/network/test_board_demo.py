"""The demo's board: 48 entries, twelve of each kind, with replies, one hidden, one
reported; a second run changes nothing."""

from collections import Counter

import pytest

from hub.demo import people
from hub.demo.board import ensure_board
from hub.demo.factories.network import OrganisationIndexPageFactory, OrganisationPageFactory
from hub.network.models import BoardEntry, BoardReply, BoardReport


@pytest.mark.django_db
def test_demo_board_is_complete_and_idempotent(tree):
    directory = OrganisationIndexPageFactory(parent=tree.homes["de"], translations=())
    OrganisationPageFactory(
        parent=directory, title="Caritasverband Lindenstadt", slug="caritas-lindenstadt"
    )
    OrganisationPageFactory(
        parent=directory, title="Jugendmigrationsdienst", slug="jugendmigrationsdienst"
    )
    groups = people.ensure_groups()
    users = people.ensure_users(groups, "demo-passwort")
    people.ensure_memberships(users)

    first = ensure_board("demo-passwort")
    assert first.entries_created == 48
    assert Counter(BoardEntry.objects.values_list("kind", flat=True)) == {
        "search": 12,
        "offer": 12,
        "idea": 12,
        "announcement": 12,
    }
    assert set(BoardEntry.objects.values_list("language", flat=True)) == {"de", "en", "ar", "fa"}
    assert BoardEntry.objects.filter(hidden=True).exclude(hidden_reason="").count() == 1
    assert BoardReport.objects.count() == 1
    assert BoardEntry.objects.exclude(expires_on=None).count() >= 5
    assert BoardEntry.objects.filter(organisation__slug="jugendmigrationsdienst").exists()
    replies = BoardReply.objects.count()
    assert replies >= 10

    second = ensure_board("demo-passwort")
    assert second.entries_created == 0
    assert BoardEntry.objects.count() == 48
    assert BoardReply.objects.count() == replies
    assert BoardReport.objects.count() == 1
