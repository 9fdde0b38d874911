"""Production: PostgreSQL, secure cookies, HTTPS behind a reverse proxy.

Refuses to start without ``SECRET_KEY``, ``DATABASE_URL`` and ``ALLOWED_HOSTS`` so that a
misconfigured deployment fails loudly instead of running with a development default.
"""

from django.core.exceptions import ImproperlyConfigured

from hub.settings.base import *  # noqa: F403

_missing = [
    name
    for name, value in (
        ("SECRET_KEY", SECRET_KEY),
        ("DATABASE_URL", DATABASE_URL),
        ("ALLOWED_HOSTS", ALLOWED_HOSTS),
    )
    if not value
]
if _missing:
    raise ImproperlyConfigured(
        "Production settings need these environment variables: " + ", ".join(_missing)
    )

DEBUG = False
CSRF_TRUSTED_ORIGINS = [f"https://{host.lstrip('.')}" for host in ALLOWED_HOSTS if host != "*"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
