from django.apps import AppConfig


class PagesConfig(AppConfig):
    """Editorial pages (home, content pages, search, sitemap) and the initiatives:
    their directory, public submissions and freshness checks (``hub.pages.initiatives``)."""

    name = "hub.pages"
    label = "pages"
    verbose_name = "Pages"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate
        from wagtail.signals import page_published

        from hub.pages.initiatives.submissions.signals import connect as connect_submission_signals
        from hub.pages.search.indexing import index_missing_pages, on_page_published

        # Public submissions follow Wagtail's publishing and moderation events.
        connect_submission_signals()
        # The search index follows publishing; migrate indexes what it lacks.
        page_published.connect(on_page_published, dispatch_uid="hub_search_index")
        post_migrate.connect(index_missing_pages, sender=self, dispatch_uid="hub_search_index")
