from django.apps import AppConfig
from django.core import checks
from django.db.models.signals import post_migrate


class PagesConfig(AppConfig):
    name = "hub.pages"
    label = "pages"
    verbose_name = "Pages"

    def ready(self) -> None:
        from hub import csv_export
        from hub.media_checks import check_private_media_root
        from hub.media_storage import move_private_files_after_migrate
        from hub.pages.locales import ensure_cache_table, sync_locales
        from hub.pages.submissions.signals import connect as connect_submission_signals
        from hub.wagtail_images import connect as connect_image_cleaning

        # After every migrate, the database cache table (rate limits) exists without a
        # separate command, and each configured content language has its Wagtail Locale,
        # so adding a language to HUB_LANGUAGES needs no manual step in the admin. The
        # cache table comes first: creating a Locale clears Wagtail's locale name cache.
        post_migrate.connect(ensure_cache_table, sender=self)
        post_migrate.connect(sync_locales, sender=self)
        # Documents and image originals of installations from before the private
        # storage move there on the next migrate (idempotent, like the two above).
        post_migrate.connect(move_private_files_after_migrate, sender=self)
        # The private root must not be served by the web server (hub.media_checks).
        checks.register(check_private_media_root, checks.Tags.security)
        # Image originals are stored without EXIF/XMP/IPTC (hub.wagtail_images).
        connect_image_cleaning()
        # Public submissions follow Wagtail's publishing and moderation events.
        connect_submission_signals()
        # Every spreadsheet export of the admin (Wagtail's own reports included): safe
        # cells, UTF-8 with BOM, local times. The one place that patches Wagtail.
        csv_export.install()
