"""Spam protection for every public form: a honeypot, a minimum fill-in time, a rate limit.

No captcha: puzzles shut out exactly the people this site is for (screen readers, people
new to the Latin script, old phones). Three cheap checks catch the usual form spam instead:

- a honeypot field people never see and bots fill in (``AntiSpamForm.honeypot_filled``);
- a signed timestamp of when the form was shown: a form sent back within seconds was not
  filled in by a person (a form error; the person simply sends it again);
- ``RateLimit``: at most ``settings.HUB_FORM_RATE_LIMIT`` submissions per visitor and hour,
  counted in Django's cache (shared by all app processes) under a keyed hash of the IP
  address, so no address is ever stored in the clear.
"""

import hashlib
import math
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from hub.digits import NativeDigitsFormMixin

HONEYPOT_FIELD = "homepage"
STARTED_FIELD = "form_started"
# A person needs longer than this to read and fill in any of the site's forms.
MIN_FILL_SECONDS = 3
_STARTED_SALT = "hub.antispam.started"

RATE_LIMIT_MESSAGE = _(
    "This form has been sent from your connection several times within the last hour. "
    "Please try again later — what you typed is still here."
)
TOO_FAST_MESSAGE = _("That was very quick. Please check your entries and send the form again.")
UNCHECKABLE_MESSAGE = _("The form could not be checked. Please send it again.")


def issue_started(at: float | None = None) -> str:
    """A signed record of when a form was shown (``at`` defaults to now)."""
    return signing.dumps(int(time.time() if at is None else at), salt=_STARTED_SALT)


def started_at(value: str) -> float | None:
    """When the form carrying ``value`` was shown, or None if the value is not ours."""
    try:
        return float(signing.loads(value, salt=_STARTED_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None


class HoneypotInput(forms.TextInput):
    """A text input that browsers must not autofill (a filled honeypot means a bot)."""

    def __init__(self) -> None:
        super().__init__(attrs={"autocomplete": "off", "tabindex": "-1"})


class AntiSpamForm(NativeDigitsFormMixin, forms.Form):
    """Base for public forms: adds the honeypot and the fill-in time check.

    Templates render ``form.homepage`` inside an element with the class ``honeypot``
    (hidden off-screen and from assistive technology) and ``form.form_started`` as is.
    """

    homepage = forms.CharField(
        label=_("Leave this field empty"), required=False, widget=HoneypotInput()
    )
    form_started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields[STARTED_FIELD].initial = issue_started()

    @property
    def honeypot_filled(self) -> bool:
        """True when the hidden field was filled in: treat the request as a bot's."""
        return bool(self.is_bound and self.data.get(self.add_prefix(HONEYPOT_FIELD), "").strip())

    def clean(self):
        cleaned = super().clean()
        shown_at = started_at(self.data.get(self.add_prefix(STARTED_FIELD), ""))
        if shown_at is None:
            self.add_error(None, UNCHECKABLE_MESSAGE)
            self._refresh_started()
        elif time.time() - shown_at < MIN_FILL_SECONDS:
            self.add_error(None, TOO_FAST_MESSAGE)
        return cleaned

    def _refresh_started(self) -> None:
        """Give the re-rendered form a valid timestamp, so that sending it again works."""
        self.data = self.data.copy()
        self.data[self.add_prefix(STARTED_FIELD)] = issue_started()


def client_ip(request: HttpRequest) -> str:
    """The visitor's IP address.

    ``X-Forwarded-For`` is trusted only when ``settings.HUB_TRUSTED_PROXY_COUNT`` says how
    many proxies of our own stand in front of the app: each appends the address it saw,
    so the entry that many places from the end was written by our outermost proxy, and
    anything before it may be forged by the client.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = int(getattr(settings, "HUB_TRUSTED_PROXY_COUNT", 0) or 0)
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < proxies:
        return remote
    return forwarded[-proxies]


def client_key(request: HttpRequest) -> str:
    """A stable pseudonym of the visitor's IP address (keyed with SECRET_KEY)."""
    return salted_hmac("hub.antispam.client", client_ip(request), algorithm="sha256").hexdigest()


class RateLimit:
    """At most ``limit`` events per visitor within a sliding ``window`` (seconds).

    ``scope`` separates the counters of different forms. A limit of zero or less turns
    the check off. Counting is best effort — two simultaneous requests may both pass —
    which is enough against spam and needs no locking.
    """

    def __init__(self, scope: str, limit: int | None = None, window: int = 3600) -> None:
        self.scope = scope
        self.limit = settings.HUB_FORM_RATE_LIMIT if limit is None else limit
        self.window = window

    def _key(self, request: HttpRequest, key: str | None) -> str:
        scope = hashlib.sha256(self.scope.encode()).hexdigest()[:16]
        if key is None:
            subject = client_key(request)
        else:
            subject = salted_hmac("hub.antispam.subject", key, algorithm="sha256").hexdigest()
        return f"hub:ratelimit:{scope}:{subject}"

    def _recent(self, request: HttpRequest, now: float, key: str | None) -> list[float]:
        stamps = cache.get(self._key(request, key)) or []
        return [stamp for stamp in stamps if stamp > now - self.window]

    def is_exceeded(self, request: HttpRequest, *, key: str | None = None) -> bool:
        """Whether the limit is reached for this visitor's IP address, or for ``key``.

        ``key`` counts something other than the connection — an e-mail address, an
        account, an address and a date — so that people who share one connection (a
        shelter's Wi-Fi, a counselling office's PC) do not use up each other's allowance.
        It is stored only as a keyed hash.
        """
        if self.limit <= 0:
            return False
        return len(self._recent(request, time.time(), key)) >= self.limit

    def retry_after(self, request: HttpRequest, *, key: str | None = None) -> int:
        """Seconds until the limit lets this visitor (or ``key``) through again; 0 if it
        does now. Tells a locked-out person how long to wait instead of "later"."""
        if self.limit <= 0:
            return 0
        now = time.time()
        recent = self._recent(request, now, key)
        if len(recent) < self.limit:
            return 0
        # Allowed again once all but limit - 1 of the recent events have left the window.
        oldest_that_blocks = sorted(recent)[len(recent) - self.limit]
        return max(1, math.ceil(oldest_that_blocks + self.window - now))

    def hit(self, request: HttpRequest, *, key: str | None = None) -> None:
        """Count one event for this visitor (or for ``key``)."""
        if self.limit <= 0:
            return
        now = time.time()
        recent = self._recent(request, now, key)
        stamps = recent[-(self.limit - 1) :] if self.limit > 1 else []
        cache.set(self._key(request, key), [*stamps, now], timeout=self.window)
