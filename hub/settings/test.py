"""Test settings: fast hashing, in-memory e-mail, plain static storage, default languages.

The database comes from ``DATABASE_URL`` like everywhere else; tests/conftest.py points it
at a throwaway PostgreSQL cluster or leaves the SQLite default.
"""

from hub.settings.base import *  # noqa: F403
from hub.settings.languages import DEFAULT_LANGUAGES, LANGUAGE_VARIANTS, build_languages

# Demo content and factories: development and tests only.
INSTALLED_APPS = [*INSTALLED_APPS, "hub.demo"]

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
if not DATABASE_URL:
    DATABASES["default"]["NAME"] = VAR_DIR / "test.sqlite3"
# scripts/run_tests.sh gives each pass its own throwaway MEDIA_ROOT.
MEDIA_ROOT = Path(MEDIA_ROOT_ENV) if MEDIA_ROOT_ENV else VAR_DIR / "test-media"
PRIVATE_MEDIA_ROOT = MEDIA_ROOT.parent / f"{MEDIA_ROOT.name}-private"
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The suite's page tree and expectations are written for the default languages: a
# HUB_LANGUAGES in the developer's shell (say, with Ukrainian added) must not change them.
# tests/pages/test_adding_a_language.py adds languages itself. Easy German, a default
# language, is left out here: the suite's trees and counts are written for five languages,
# and the tests of Easy German switch it on (the ``easy_german`` fixture in tests/conftest.py).
HUB_LANGUAGES = [code for code in DEFAULT_LANGUAGES if code not in LANGUAGE_VARIANTS]
LANGUAGES = build_languages(HUB_LANGUAGES)
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Likewise the suite's dates and opening hours are written for the default time zone;
# tests of another zone use override_settings(TIME_ZONE=…).
TIME_ZONE = "Europe/Berlin"
# Tests never reach DeepL, whatever key the developer's shell holds; the machine
# translation tests configure a fake translator where they need one.
globals().pop("WAGTAILLOCALIZE_MACHINE_TRANSLATOR", None)
