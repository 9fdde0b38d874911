"""Keep Wagtail's ``Locale`` rows in step with ``WAGTAIL_CONTENT_LANGUAGES``."""

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
