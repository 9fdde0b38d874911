from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PagesConfig(AppConfig):
    name = "hub.pages"
    label = "pages"
    verbose_name = "Pages"

    def ready(self) -> None:
        from hub import csv_export
        from hub.pages.locales import ensure_cache_table, sync_locales
        from hub.pages.submissions.signals import connect as connect_submission_signals

        # After every migrate, the database cache table (rate limits) exists without a
        # separate command, and each configured content language has its Wagtail Locale,
        # so adding a language to HUB_LANGUAGES needs no manual step in the admin. The
        # cache table comes first: creating a Locale clears Wagtail's locale name cache.
        post_migrate.connect(ensure_cache_table, sender=self)
        post_migrate.connect(sync_locales, sender=self)
        # Public submissions follow Wagtail's publishing and moderation events.
        connect_submission_signals()
        # Every spreadsheet export of the admin (Wagtail's own reports included): safe
        # cells, UTF-8 with BOM, local times. The one place that patches Wagtail.
        csv_export.install()
