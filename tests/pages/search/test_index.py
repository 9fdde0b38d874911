"""The index fills itself: on publishing, after migrate (pages without a current entry),
and on demand; on PostgreSQL it has its trigram indexes."""

import pytest
from django.core.management import call_command
from django.db import connection

from hub.pages.models import SearchEntry, SearchWord
from hub.pages.search.indexing import index_missing_pages
from tests.pages.search.support import result_titles


def test_migrate_indexes_pages_without_a_current_entry(client, tree):
    SearchEntry.objects.all().delete()
    assert result_titles(client, "de", "Vernetzungstreffen") == []
    call_command("migrate", verbosity=0)  # post_migrate: hub.pages.search.indexing
    assert result_titles(client, "de", "Vernetzungstreffen") == ["Über uns"]
    # Entries made under older normalisation rules are made again.
    SearchEntry.objects.update(version=0, words="")
    assert index_missing_pages() == SearchEntry.objects.count()
    assert result_titles(client, "de", "Vernetzungstreffen") == ["Über uns"]
    assert index_missing_pages() == 0


def test_rebuild_command_drops_words_of_deleted_pages(tree):
    SearchWord.objects.create(word="verschwundenerbegriff")
    call_command("rebuild_search_index", verbosity=0)
    assert not SearchWord.objects.filter(word="verschwundenerbegriff").exists()
    assert SearchWord.objects.filter(word="vernetzungstreffen").exists()


@pytest.mark.postgres_only  # the PostgreSQL pass runs it; the SQLite pass deselects it
def test_trigram_indexes_exist_on_postgresql(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%%_trgm'")
        names = {row[0] for row in cursor.fetchall()}
        cursor.execute("SELECT similarity('deutschkurs', 'deutschkrus')")
        assert cursor.fetchone()[0] > 0.2
    assert {
        "pages_searchentry_words_trgm",
        "pages_searchentry_title_trgm",
        "pages_searchword_word_trgm",
    } <= names
