"""Database state that follows the settings: Wagtail locales, the cache table."""

from django.conf import settings


def sync_locales(**kwargs: object) -> list[str]:
    """Create a Locale for every configured content language that lacks one.

    Returns the codes that were created. Locales of languages removed from the settings
    are left alone: their pages may still exist and must not vanish silently.
    """
    from wagtail.models import Locale

    using = kwargs.get("using", "default")
    existing = set(Locale.objects.using(using).values_list("language_code", flat=True))
    created = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code not in existing:
            Locale.objects.using(using).create(language_code=code)
            created.append(code)
    return created


def ensure_cache_table(**kwargs: object) -> None:
    """Create the table of the database cache backend when that backend is configured."""
    from django.core.management import call_command

    call_command("createcachetable", database=kwargs.get("using", "default"), verbosity=0)
