"""The site search's own index (hub.pages.models.search).

On PostgreSQL the pg_trgm extension and trigram GIN indexes make the index's
``LIKE '%word%'`` tests and the typo look-up fast; pg_trgm is a trusted extension (since
PostgreSQL 13), so the database owner may create it. On SQLite there is nothing to do.
The index is filled after ``migrate`` (hub.pages.search.indexing.index_missing_pages).
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


TRIGRAM_INDEXES = (
    ("pages_searchentry_words_trgm", "pages_searchentry", "words"),
    ("pages_searchentry_title_trgm", "pages_searchentry", "title_words"),
    ("pages_searchword_word_trgm", "pages_searchword", "word"),
)


def add_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table, column in TRIGRAM_INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column} gin_trgm_ops)"
        )


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _column in TRIGRAM_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0006_private_media_and_clean_images"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                ("title_words", models.TextField(blank=True)),
                ("words", models.TextField(blank=True)),
                ("text", models.TextField(blank=True)),
                ("version", models.PositiveSmallIntegerField(default=0)),
                ("indexed_at", models.DateTimeField(auto_now=True)),
            ],
        ),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("word", models.CharField(max_length=100, unique=True)),
            ],
        ),
        migrations.RunPython(add_trigram_indexes, drop_trigram_indexes),
    ]
