"""Spam protection for every public form: a honeypot, a fill-in token, rate limits.

No captcha: puzzles shut out exactly the people this site is for (screen readers, people
new to the Latin script, old phones). Cheap checks catch the usual form spam instead:

- a honeypot field people never see and bots fill in (``AntiSpamForm.honeypot_filled``);
- a signed token of when and which form was shown (``form_started``). A form sent back
  within seconds was not filled in by a person; a token is refused by any other form,
  after ``MAX_FILL_SECONDS``, and once a submission with it went through (its nonce is
  kept in the cache until the token would expire anyway), so one fetched form cannot
  be replayed a thousand times. Each refusal is a form error with the input kept and a
  fresh token in the re-rendered form: the person simply sends it again;
- ``FormRateLimit``: at most ``settings.HUB_FORM_RATE_LIMIT`` submissions per e-mail
  address (and date, for registrations) and hour, and a much higher
  ``settings.HUB_FORM_IP_RATE_LIMIT`` per IP address — many people share one connection
  (a shelter's Wi-Fi, a counselling office's PC, a coordinator registering colleagues)
  and must not use up each other's allowance. Counted in Django's cache (shared by all
  app processes) under keyed hashes, so no address is ever stored in the clear.
"""

import hashlib
import math
import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from hub.core.digits import NativeDigitsFormMixin
from hub.core.form_input import CleanInputFormMixin

HONEYPOT_FIELD = "homepage"
STARTED_FIELD = "form_started"
# A person needs longer than this to read and fill in any of the site's forms …
MIN_FILL_SECONDS = 3
# … and a form left open longer than this (a tab from yesterday) is checked again.
MAX_FILL_SECONDS = 4 * 60 * 60
_STARTED_SALT = "hub.core.antispam.started"
_SPENT_PREFIX = "hub:antispam:spent:"

RATE_LIMIT_MESSAGE = _(
    "This form has been sent from your connection several times within the last hour. "
    "Please try again later — what you typed is still here."
)
ADDRESS_RATE_LIMIT_MESSAGE = _(
    "This form has been sent for this e-mail address several times within the last "
    "hour. Please try again later — what you typed is still here."
)
TOO_FAST_MESSAGE = _("That was very quick. Please check your entries and send the form again.")
UNCHECKABLE_MESSAGE = _("The form could not be checked. Please send it again.")
EXPIRED_MESSAGE = _(
    "This form was open for a long time. Please check your entries and send it again."
)
REPLAYED_MESSAGE = _(
    "This form has already been sent. To send it once more, check your entries and send it again."
)


def form_id(form: "type[forms.Form] | forms.Form") -> str:
    """The name a token is bound to: the form's class (a subclass is another form)."""
    cls = form if isinstance(form, type) else type(form)
    return f"{cls.__module__}.{cls.__qualname__}"


def issue_started(form: "type[forms.Form] | forms.Form", at: float | None = None) -> str:
    """A signed token that ``form`` was shown at ``at`` (default: now), with a nonce."""
    shown = int(time.time() if at is None else at)
    return signing.dumps(
        {"form": form_id(form), "at": shown, "nonce": secrets.token_urlsafe(12)},
        salt=_STARTED_SALT,
    )


def read_started(value: str) -> dict | None:
    """The token's content (``form``, ``at``, ``nonce``), or None if it is not ours."""
    try:
        data = signing.loads(value, salt=_STARTED_SALT)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    if not isinstance(data, dict) or not {"form", "at", "nonce"} <= data.keys():
        return None
    if not isinstance(data["at"], int) or not isinstance(data["nonce"], str):
        return None
    return data


def started_at(value: str, form: "type[forms.Form] | forms.Form") -> float | None:
    """When ``form`` carrying token ``value`` was shown, or None if the token is not ours
    or belongs to another form."""
    data = read_started(value)
    if data is None or data["form"] != form_id(form):
        return None
    return float(data["at"])


class HoneypotInput(forms.TextInput):
    """A text input that browsers must not autofill (a filled honeypot means a bot)."""

    def __init__(self) -> None:
        super().__init__(attrs={"autocomplete": "off", "tabindex": "-1"})


class AntiSpamForm(CleanInputFormMixin, NativeDigitsFormMixin, forms.Form):
    """Base for public forms: adds the honeypot and the fill-in token check.

    Templates render ``form.homepage`` inside an element with the class ``honeypot``
    (hidden off-screen and from assistive technology) and ``form.form_started`` as is.
    A form that validates spends its token; an error added afterwards (a rate limit, a
    rule of the service) gives the re-rendered form a fresh one.
    """

    homepage = forms.CharField(
        label=_("Leave this field empty"), required=False, widget=HoneypotInput()
    )
    form_started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields[STARTED_FIELD].initial = issue_started(self)
        self._token_spent = False

    @property
    def honeypot_filled(self) -> bool:
        """True when the hidden field was filled in: treat the request as a bot's."""
        return bool(self.is_bound and self.data.get(self.add_prefix(HONEYPOT_FIELD), "").strip())

    def _token(self) -> dict | None:
        data = read_started(self.data.get(self.add_prefix(STARTED_FIELD), ""))
        return data if data is not None and data["form"] == form_id(self) else None

    def clean(self):
        cleaned = super().clean()
        token = self._token()
        age = None if token is None else time.time() - token["at"]
        if token is None:
            self.add_error(None, UNCHECKABLE_MESSAGE)
            self._refresh_started()
        elif age > MAX_FILL_SECONDS:
            self.add_error(None, EXPIRED_MESSAGE)
            self._refresh_started()
        elif cache.get(_SPENT_PREFIX + token["nonce"]):
            self.add_error(None, REPLAYED_MESSAGE)
            self._refresh_started()
        elif age < MIN_FILL_SECONDS:
            self.add_error(None, TOO_FAST_MESSAGE)
        return cleaned

    def _post_clean(self) -> None:
        super()._post_clean()
        if self._errors or self._token_spent:
            return
        token = self._token()
        if token is None:  # a subclass's clean() left out super().clean()
            self.add_error(None, UNCHECKABLE_MESSAGE)
            self._refresh_started()
        # ``add`` only succeeds once: of two copies sent at the same moment, one loses.
        elif cache.add(_SPENT_PREFIX + token["nonce"], 1, timeout=MAX_FILL_SECONDS + 60):
            self._token_spent = True
        else:
            self.add_error(None, REPLAYED_MESSAGE)
            self._refresh_started()

    def add_error(self, field, error) -> None:
        super().add_error(field, error)
        if self._token_spent:
            # Refused after all (rate limit, a rule of the service): the spent token
            # would be refused next time, so the re-rendered form gets a fresh one.
            self._token_spent = False
            self._refresh_started()

    def _refresh_started(self) -> None:
        """Give the re-rendered form a valid token, so that sending it again works (after
        the usual few seconds)."""
        self.data = self.data.copy()
        self.data[self.add_prefix(STARTED_FIELD)] = issue_started(self)


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
    return salted_hmac(
        "hub.core.antispam.client", client_ip(request), algorithm="sha256"
    ).hexdigest()


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
            subject = salted_hmac("hub.core.antispam.subject", key, algorithm="sha256").hexdigest()
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


class FormRateLimit:
    """The two limits of a public form: per e-mail address (or another ``key`` naming
    the person, such as an address and a date) and, much higher, per connection.

    The per-key limit is what stops one person's form (or someone abusing their address)
    being sent again and again, and the e-mails that each submission triggers; the
    per-connection limit only stops floods, so that a whole shelter can register for a
    meeting over its one Wi-Fi.
    """

    def __init__(
        self,
        scope: str,
        *,
        per_key: int | None = None,
        per_connection: int | None = None,
        window: int = 3600,
    ) -> None:
        """Limits per hour (``window``); by default ``HUB_FORM_RATE_LIMIT`` per key and
        ``HUB_FORM_IP_RATE_LIMIT`` per connection."""
        self.per_key = RateLimit(scope, limit=per_key, window=window)
        self.per_connection = RateLimit(
            f"{scope}:connection",
            limit=settings.HUB_FORM_IP_RATE_LIMIT if per_connection is None else per_connection,
            window=window,
        )

    def refusal(self, request: HttpRequest, key: str | None = None) -> str | None:
        """The message to show when a limit is reached, else None."""
        if self.per_connection.is_exceeded(request):
            return str(RATE_LIMIT_MESSAGE)
        if key and self.per_key.is_exceeded(request, key=key):
            return str(ADDRESS_RATE_LIMIT_MESSAGE)
        return None

    def hit(self, request: HttpRequest, key: str | None = None) -> None:
        """Count one submission for this connection and for ``key``."""
        self.per_connection.hit(request)
        if key:
            self.per_key.hit(request, key=key)

    def submit(self, request: HttpRequest, form, key, store) -> tuple[bool, str | None]:
        """Take a public form in: ``(done, refusal)``.

        ``done`` means "answer as after a successful send": the form was stored, or a bot
        filled in the honeypot (bots get the same answer as people, so they learn
        nothing, and nothing is kept). Otherwise the form is shown again with its
        errors and, when a limit refused it, ``refusal`` (also added to the form).
        ``key(cleaned_data)`` names the person the per-key limit counts, so that people
        sharing one connection are not locked out; ``store(cleaned_data)`` keeps the form
        and returns False when it added its own error to the form instead.
        """
        if form.honeypot_filled:
            return True, None
        refusal = self.refusal(request)
        if refusal is None and form.is_valid():
            person = key(form.cleaned_data)
            refusal = self.refusal(request, person)
            if refusal is None and store(form.cleaned_data):
                self.hit(request, person)
                return True, None
        if refusal is not None:
            form.add_error(None, refusal)
        return False, refusal
