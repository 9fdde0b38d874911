from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PagesConfig(AppConfig):
    name = "hub.pages"
    label = "pages"
    verbose_name = "Pages"

    def ready(self) -> None:
        from hub.pages.locales import ensure_cache_table, sync_locales

        # After every migrate, each configured content language has its Wagtail Locale,
        # so adding a language to HUB_LANGUAGES needs no manual step in the admin, and
        # the database cache table (rate limits) exists without a separate command.
        post_migrate.connect(sync_locales, sender=self)
        post_migrate.connect(ensure_cache_table, sender=self)
