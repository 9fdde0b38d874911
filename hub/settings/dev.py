"""Local development: SQLite under var/, console e-mail, debug pages."""

from hub.settings.base import *  # noqa: F403

# Demo content and factories: development and tests only.
INSTALLED_APPS = [*INSTALLED_APPS, "hub.demo"]

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
# Serve static files straight from the apps in development; no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
