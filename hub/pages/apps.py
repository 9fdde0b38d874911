from django.apps import AppConfig


class PagesConfig(AppConfig):
    """Editorial pages (home, content pages, search, sitemap) and the initiatives:
    their directory, public submissions and freshness checks (``hub.pages.initiatives``)."""

    name = "hub.pages"
    label = "pages"
    verbose_name = "Pages"

    def ready(self) -> None:
        from hub.pages.initiatives.submissions.signals import connect as connect_submission_signals

        # Public submissions follow Wagtail's publishing and moderation events.
        connect_submission_signals()
