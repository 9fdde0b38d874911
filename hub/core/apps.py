from django.apps import AppConfig, apps
from django.core import checks
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    """The bottom layer: what every part of the site shares (languages, mail, forms and
    anti-spam, files, security headers, listings). It has no models; it imports only
    Django, Wagtail and wagtail-localize, never another app of hub."""

    name = "hub.core"
    label = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        from hub.core import csv_export
        from hub.core.files.checks import check_private_media_root
        from hub.core.files.storage import move_private_files_after_migrate
        from hub.core.files.wagtail_images import connect as connect_image_cleaning
        from hub.core.locales import ensure_cache_table, sync_locales
        from hub.core.security import login_throttle

        # After every migrate, the database cache table (rate limits) exists without a
        # separate command, and each configured content language has its Wagtail Locale,
        # so adding a language to HUB_LANGUAGES needs no manual step in the admin. The
        # cache table comes first: creating a Locale clears Wagtail's locale name cache.
        # post_migrate is sent once per app with models; core has none, so the handlers
        # hang on wagtailcore's, which every installation has.
        wagtailcore = apps.get_app_config("wagtailcore")
        post_migrate.connect(ensure_cache_table, sender=wagtailcore)
        post_migrate.connect(sync_locales, sender=wagtailcore)
        # Documents and image originals of installations from before the private
        # storage move there on the next migrate (idempotent, like the two above).
        post_migrate.connect(move_private_files_after_migrate, sender=wagtailcore)
        # The private root must not be served by the web server (hub.core.files.checks).
        checks.register(check_private_media_root, checks.Tags.security)
        # Image originals are stored without EXIF/XMP/IPTC (hub.core.files.wagtail_images).
        connect_image_cleaning()
        # Every spreadsheet export of the admin (Wagtail's own reports included): safe
        # cells, UTF-8 with BOM, local times. The one place that patches Wagtail.
        csv_export.install()
        # Failed logins are counted on every login form (django-axes' signals).
        login_throttle.connect()
