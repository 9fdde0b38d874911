"""Settings shared by every environment.

Everything that differs between machines comes from the environment, read once in the
typed block below; the rest of the file only wires those values into Django and Wagtail.
"""

import os
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from hub.settings.languages import (
    LANGUAGE_VARIANTS,
    build_languages,
    parse_codes,
    parse_numbering_systems,
)
from hub.settings.languages import LANGUAGES_BIDI as HUB_LANGUAGES_BIDI

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_time_zone(name: str, default: str) -> str:
    """An IANA time zone name ("Europe/Vienna"); a typo stops the start, rather than Django
    failing later with a message that does not name the variable."""
    value = os.environ.get(name, "").strip() or default
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ImproperlyConfigured(
            f"{name}={value!r} is not a time zone: use an IANA name such as {default!r}"
        ) from error
    return value


# --- Environment -------------------------------------------------------------------
SECRET_KEY: str = os.environ.get("SECRET_KEY", "")
DATABASE_URL: str = os.environ.get("DATABASE_URL", "")
ALLOWED_HOSTS: list[str] = env_list("ALLOWED_HOSTS")
HUB_LANGUAGES: list[str] = parse_codes(os.environ.get("HUB_LANGUAGES"))
# The network's own wall clock: office hours ("open now"), event dates, reminders, the
# iCal feeds and the times in exported spreadsheets.
TIME_ZONE: str = env_time_zone("TIME_ZONE", "Europe/Berlin")
# Digits per language where Unicode CLDR's default does not suit the readers: "ar=latn"
# shows Latin digits on Arabic pages. Defaults: Arabic ٠–٩, Persian/Dari/Pashto ۰–۹.
HUB_NUMBERING_SYSTEMS: dict[str, str] = parse_numbering_systems(
    os.environ.get("HUB_NUMBERING_SYSTEMS")
)
HUB_BASE_URL: str = os.environ.get("HUB_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
HUB_SITE_NAME: str = os.environ.get("HUB_SITE_NAME", "Netzwerk Willkommen")
EMAIL_HOST: str = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT: int = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER: str = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD: str = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS: bool = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL: str = os.environ.get("DEFAULT_FROM_EMAIL", "hub@localhost")
MEDIA_ROOT_ENV: str = os.environ.get("MEDIA_ROOT", "")
# Files that are not for everyone (documents, image originals, board attachments, parked
# uploads): kept outside MEDIA_ROOT, which the web server serves to anyone.
PRIVATE_MEDIA_ROOT_ENV: str = os.environ.get("HUB_PRIVATE_MEDIA_ROOT", "")
# Empty: the app streams private files itself. Set (nginx: "/_private/", an internal
# location aliased to HUB_PRIVATE_MEDIA_ROOT): the app answers with X-Accel-Redirect.
HUB_X_ACCEL_REDIRECT_PREFIX: str = os.environ.get("HUB_X_ACCEL_REDIRECT_PREFIX", "").strip()
# Largest attachment of a board entry, in megabytes.
HUB_BOARD_ATTACHMENT_MB: int = int(os.environ.get("HUB_BOARD_ATTACHMENT_MB", "10"))
REDIS_URL: str = os.environ.get("REDIS_URL", "")
# Initiatives not confirmed for this many months get a reminder; those that stay silent
# this many days after it are listed for editors as possibly outdated.
HUB_STALE_AFTER_MONTHS: int = int(os.environ.get("HUB_STALE_AFTER_MONTHS", "6"))
HUB_STALE_GRACE_DAYS: int = int(os.environ.get("HUB_STALE_GRACE_DAYS", "30"))
# Public forms: at most this many submissions per e-mail address (registrations: per
# address and date) and hour, and at most HUB_FORM_IP_RATE_LIMIT per IP address and hour
# (high, as many people share one connection: a shelter's Wi-Fi, a counselling PC).
HUB_FORM_RATE_LIMIT: int = int(os.environ.get("HUB_FORM_RATE_LIMIT", "5"))
HUB_FORM_IP_RATE_LIMIT: int = int(os.environ.get("HUB_FORM_IP_RATE_LIMIT", "100"))
# Reverse proxies in front of the app that append to X-Forwarded-For (nginx: 1). Rate
# limits key on the visitor's address, which only these proxies can tell.
HUB_TRUSTED_PROXY_COUNT: int = int(os.environ.get("HUB_TRUSTED_PROXY_COUNT", "0"))
# The calendar keeps concrete dates of a recurring event this many months ahead; the
# daily ``manage.py extend_event_horizon`` rolls the horizon forward.
HUB_EVENT_HORIZON_MONTHS: int = int(os.environ.get("HUB_EVENT_HORIZON_MONTHS", "12"))
# Event registration: hours to click the confirmation link, days before a date that the
# reminder goes out, days after a date that registrants' personal data is removed.
HUB_EVENT_CONFIRM_HOURS: int = int(os.environ.get("HUB_EVENT_CONFIRM_HOURS", "48"))
HUB_EVENT_REMINDER_DAYS: int = int(os.environ.get("HUB_EVENT_REMINDER_DAYS", "2"))
HUB_EVENT_RETENTION_DAYS: int = int(os.environ.get("HUB_EVENT_RETENTION_DAYS", "30"))
# How long the "choose your password" link of an invitation to an organisation works.
HUB_INVITATION_DAYS: int = int(os.environ.get("HUB_INVITATION_DAYS", "14"))
# Invitations an organisation admin may send per day, counted per organisation and per
# inviter; and invitations one e-mail address may receive per day, from anyone.
HUB_INVITATIONS_PER_DAY: int = int(os.environ.get("HUB_INVITATIONS_PER_DAY", "20"))
HUB_INVITATIONS_PER_EMAIL: int = int(os.environ.get("HUB_INVITATIONS_PER_EMAIL", "3"))
# Every place that checks a password (the site's login, the Wagtail and Django admin
# logins, deleting one's account). Failed attempts at one account from one IP address
# before it waits HUB_LOGIN_COOLOFF_MINUTES there; failures per account and hour from
# any address (distributed guessing); failures per IP address and hour at any account
# (high: a shelter's Wi-Fi is one address for many people).
HUB_LOGIN_FAILURES: int = int(os.environ.get("HUB_LOGIN_FAILURES", "5"))
HUB_LOGIN_COOLOFF_MINUTES: int = int(os.environ.get("HUB_LOGIN_COOLOFF_MINUTES", "15"))
HUB_LOGIN_ACCOUNT_FAILURES: int = int(os.environ.get("HUB_LOGIN_ACCOUNT_FAILURES", "20"))
HUB_LOGIN_IP_FAILURES: int = int(os.environ.get("HUB_LOGIN_IP_FAILURES", "100"))
# "Forgot your password?" (the site's and the admin's): e-mails per address and hour,
# requests per IP address and hour. Beyond them the answer stays the same, no mail goes out.
HUB_PASSWORD_RESETS_PER_EMAIL: int = int(os.environ.get("HUB_PASSWORD_RESETS_PER_EMAIL", "3"))
HUB_PASSWORD_RESETS_PER_IP: int = int(os.environ.get("HUB_PASSWORD_RESETS_PER_IP", "20"))
STATIC_ROOT_ENV: str = os.environ.get("STATIC_ROOT", "")
# The finder's map: a tile URL template ({z}/{x}/{y}, optionally {s}) and the attribution
# its provider requires. An empty tile URL turns the map off; the list works without it.
HUB_MAP_TILE_URL: str = os.environ.get(
    "HUB_MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
).strip()
HUB_MAP_ATTRIBUTION: str = os.environ.get(
    "HUB_MAP_ATTRIBUTION", "© OpenStreetMap contributors"
).strip()
# Machine translation for translators (wagtail-localize's "Translate with DeepL" button).
# Empty: no machine translation is offered. A key of DeepL's free API ends in ":fx";
# wagtail-localize then talks to the free endpoint by itself.
DEEPL_API_KEY: str = os.environ.get("DEEPL_API_KEY", "").strip()
# -----------------------------------------------------------------------------------

DEBUG = False

# hub's apps, bottom layer first (README "Architecture"); the demo app is added by
# dev.py and test.py only.
HUB_APPS = [
    "hub.core",
    "hub.snippets",
    "hub.pages",
    "hub.localization",
    "hub.events",
    "hub.network",
]

INSTALLED_APPS = [
    *HUB_APPS,
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail_modeladmin",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Above whitenoise, so that static files (an SVG opened on its own) get them too.
    "hub.core.security.headers.HubCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Above the session middleware, so that it sees a session cookie being set.
    "hub.core.security.private_responses.PrivateResponseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Above LocaleMiddleware: keeps the admins from following the reader's language.
    "hub.core.language_cookie.LanguageCookieMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "hub.localization.translators.localize_guard.LocalizeLanguageGuardMiddleware",
    # Last, as django-axes asks: turns a lockout into the login form with its message.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=600, conn_health_checks=True)
    if DATABASE_URL
    else {"ENGINE": "django.db.backends.sqlite3", "NAME": VAR_DIR / "hub.sqlite3"}
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Rate limits must be shared by all app processes: Redis when configured, else the
# database (``manage.py createcachetable`` runs in ``make run`` and deployments).
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    if REDIS_URL
    else {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "hub_cache"}
}

# Members log in on the site itself (hub.network.accounts), not in the Wagtail admin.
LOGIN_URL = "network:login"
LOGIN_REDIRECT_URL = "network:my_organisation"
# Members-only pages and documents (Wagtail privacy) send anonymous visitors to the site's
# own login, under the language prefix of the page they came from (a URL name, reversed
# per request), and back afterwards.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL

# --- Logins ------------------------------------------------------------------------
# Every login (the site's, Wagtail's, Django's admin, the password check before deleting
# an account) goes through ``authenticate()``, so the throttles sit in front of the
# password check as backends: django-axes per account and IP address,
# hub.core.security.login_throttle
# per account and per IP address over an hour (see that module for why both).
AUTHENTICATION_BACKENDS = [
    "hub.core.security.login_throttle.AxesRequestBackend",  # axes' AxesStandaloneBackend
    "hub.core.security.login_throttle.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = HUB_LOGIN_FAILURES
AXES_COOLOFF_TIME = timedelta(minutes=HUB_LOGIN_COOLOFF_MINUTES)
# A failure during the cool-off does not start it again: "wait N minutes" stays true.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# A successful login forgets that account's failures from that address.
AXES_RESET_ON_SUCCESS = True
# The same client address as every other limit of the site (HUB_TRUSTED_PROXY_COUNT).
AXES_CLIENT_IP_CALLABLE = "hub.core.antispam.client_ip"
AXES_USERNAME_CALLABLE = "hub.core.security.login_throttle.attempted_username"
AXES_LOCKOUT_CALLABLE = "hub.core.security.login_throttle.lockout_response"
# Nothing about successful logins is kept; failed attempts only for the cool-off
# (``manage.py purge_login_attempts`` removes the expired ones).
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ACCESS_FAILURE_LOG = False
AXES_VERBOSE = False
# Wagtail's admin login says what the site's says when locked out; its "forgot your
# password" is throttled like the site's.
WAGTAILADMIN_USER_LOGIN_FORM = "hub.network.accounts.forms.AdminLoginForm"
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "hub.network.accounts.forms.AdminPasswordResetForm"  # noqa: S105
# Shared page and document passwords would be a password check without a throttle (and
# one secret for many people); members-only content uses the Members group instead.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ---------------------------------------------------------------------
LANGUAGE_CODE = "de"
LANGUAGES = build_languages(HUB_LANGUAGES)
LANGUAGES_BIDI = HUB_LANGUAGES_BIDI
# Easy German shows German pages where it has none of its own (hub/settings/languages.py).
HUB_LANGUAGE_VARIANTS: dict[str, str] = LANGUAGE_VARIANTS
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
# Date formats where Django's locale files lack one (hub/formats/<language>/formats.py).
FORMAT_MODULE_PATH = ["hub.formats"]
USE_TZ = True
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The language cookie remembers the language of the pages a visitor last read (the
# switcher's choice included) for "/" (hub.core.language_cookie). Only the server reads it.
LANGUAGE_COOKIE_NAME = "hub_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_HTTPONLY = True

# --- Static and media --------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(STATIC_ROOT_ENV) if STATIC_ROOT_ENV else VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "hub" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(MEDIA_ROOT_ENV) if MEDIA_ROOT_ENV else VAR_DIR / "media"
PRIVATE_MEDIA_ROOT = (
    Path(PRIVATE_MEDIA_ROOT_ENV) if PRIVATE_MEDIA_ROOT_ENV else VAR_DIR / "private-media"
)
STORAGES = {
    # Documents, image originals and parked uploads go to the private storage, the rest
    # (renditions) under MEDIA_ROOT: see hub.core.files.storage.
    "default": {"BACKEND": "hub.core.files.storage.MediaStorage"},
    # Under PRIVATE_MEDIA_ROOT; nothing in it has a public address.
    "private": {"BACKEND": "hub.core.files.storage.PrivateFileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- E-mail ------------------------------------------------------------------------
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Background tasks ----------------------------------------------------------------
# Wagtail's own tasks (search index, reference index…) keep running in the request as
# before. E-mails to registrants go through a queue in the database instead, so that a
# mail-server outage delays them rather than losing them: ``manage.py db_worker
# --backend mail`` sends them (``make run`` starts one; see README for production).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# --- Wagtail -----------------------------------------------------------------------
WAGTAIL_SITE_NAME = HUB_SITE_NAME
WAGTAILADMIN_BASE_URL = HUB_BASE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Documents have no public address: /documents/<id>/<name> checks collection privacy and
# sends the file through hub.core.files.private (X-Accel-Redirect behind nginx).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
SENDFILE_BACKEND = "hub.core.files.private"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# The formats whose metadata hub.core.files.images can strip; the admin form decodes each
# upload completely (hub.core.files.wagtail_images).
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_IMAGE_FORM_BASE = "hub.core.files.wagtail_images.ImageForm"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }

# --- Security headers: hub/settings/security_headers.py ----------------------------
from hub.settings.security_headers import *  # noqa: E402

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"hub": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}
# Avatars come from the site itself: no visitor or editor data goes to gravatar.com.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
