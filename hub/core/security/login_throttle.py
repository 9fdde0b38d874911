"""Throttling every password check: logins (site, Wagtail admin, Django admin) and the
password asked before an account is deleted.

Three bounds, so that guessing is slow but one person's typos never lock out a whole
shelter that shares one connection:

- per account *and* IP address, low (``HUB_LOGIN_FAILURES``, then a cool-off of
  ``HUB_LOGIN_COOLOFF_MINUTES``): django-axes, the well-kept library for exactly this. It
  records failures through Django's ``user_login_failed`` signal, so every form that calls
  ``authenticate()`` is covered without wiring each one, and its records expire;
- per account from any address, higher, over an hour (``HUB_LOGIN_ACCOUNT_FAILURES``):
  against guessing one password from many addresses. Still only a wait, never a lock
  an editor must lift;
- per IP address at any account, much higher (``HUB_LOGIN_IP_FAILURES``): against one
  machine trying many accounts.

axes has a single failure limit for all its parameters, so the last two are
``hub.core.antispam.RateLimit`` counters (in the cache, under keyed hashes): checked by
``LoginThrottleBackend`` before any password is compared, counted by ``count_failure``.
A locked-out person sees the login form again with what they typed and how many minutes
to wait (``lockout_error``); ``lockout_response`` only sets the status to 429.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from axes.backends import AxesStandaloneBackend
from django import forms
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from hub.core.antispam import FormRateLimit, RateLimit
from hub.core.digits import native_digits

HOUR = 3600
LOCKOUT_ATTRIBUTE = "hub_login_retry_after"
CHECKED_ATTRIBUTE = "hub_login_checked"
REFUSED_ATTRIBUTE = "hub_login_refused"


def _account_limit() -> RateLimit:
    return RateLimit("login-account", limit=settings.HUB_LOGIN_ACCOUNT_FAILURES, window=HOUR)


def _address_limit() -> RateLimit:
    return RateLimit("login-address", limit=settings.HUB_LOGIN_IP_FAILURES, window=HOUR)


def normalise(username: str | None) -> str:
    """One spelling per account: "Samira@Example.org " and "samira@example.org" count
    together (user names of invited members are their lower-cased address)."""
    return (username or "").strip().lower()


def attempted_username(request: HttpRequest, credentials: dict | None = None) -> str:
    """``AXES_USERNAME_CALLABLE``: the account a login attempt was for."""
    if credentials and credentials.get("username") is not None:
        return normalise(credentials.get("username"))
    data = getattr(request, "POST", None) or {}
    return normalise(data.get("username"))


def _account_key(username: str) -> str:
    return f"account:{username}"


class AxesRequestBackend(AxesStandaloneBackend):
    """axes' backend, for password checks that come with a request — every login form and
    the account deletion pass theirs. A check without one (``manage.py shell``, the test
    client's ``login()``) has no client to throttle: it is left to the next backend
    instead of failing, as axes' own backend would."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


class LoginThrottleBackend:
    """Refuses an attempt before the password is checked while the account (from any
    address) or the address (at any account) has failed too often within the hour.

    It never logs anyone in and has no ``get_user`` (sessions name the backend that
    authenticated: ModelBackend). Placed after axes' backend: raising PermissionDenied
    ends ``authenticate()`` at once. It marks the request as locked out the way axes does,
    so axes neither records the refused attempt (the wait does not grow) nor lets the
    response through without ``lockout_response``.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        account = attempted_username(request, {"username": username})
        waits = [_address_limit().retry_after(request)]
        if account:
            waits.append(_account_limit().retry_after(request, key=_account_key(account)))
        wait = max(waits)
        if wait:
            setattr(request, LOCKOUT_ATTRIBUTE, wait)
            setattr(request, REFUSED_ATTRIBUTE, True)
            request.axes_locked_out = True
            raise PermissionDenied("Too many failed logins")
        # The password is compared next: a failure from here on is a real one.
        setattr(request, CHECKED_ATTRIBUTE, True)
        return None


def count_failure(sender, credentials: dict, request=None, **kwargs) -> None:
    """``user_login_failed``: one more failure for the account and for the address."""
    if request is None or not getattr(request, CHECKED_ATTRIBUTE, False):
        return  # refused before any password was compared (by axes or by us)
    account = attempted_username(request, credentials)
    address_limit = _address_limit()
    address_limit.hit(request)
    waits = [address_limit.retry_after(request)]
    if account:
        account_limit = _account_limit()
        account_limit.hit(request, key=_account_key(account))
        waits.append(account_limit.retry_after(request, key=_account_key(account)))
    if max(waits):
        # This failure used up the allowance: say so now, not at the next attempt.
        setattr(request, LOCKOUT_ATTRIBUTE, max(waits))


def connect() -> None:
    user_login_failed.connect(
        count_failure, dispatch_uid="hub.core.security.login_throttle.count_failure"
    )


@dataclass(frozen=True)
class Lockout:
    seconds: int

    @property
    def minutes(self) -> int:
        return max(1, math.ceil(self.seconds / 60))

    @property
    def message(self) -> str:
        return ngettext(
            "Too many failed attempts. For your protection, please wait %(minutes)s minute "
            "before you try again. Forgot your password? You can choose a new one.",
            "Too many failed attempts. For your protection, please wait %(minutes)s minutes "
            "before you try again. Forgot your password? You can choose a new one.",
            self.minutes,
        ) % {"minutes": native_digits(str(self.minutes))}


def _axes_wait(request: HttpRequest) -> int:
    """Seconds left of axes' cool-off for the account and address of ``request``."""
    from axes.models import AccessAttempt

    username = attempted_username(request, getattr(request, "axes_credentials", None))
    latest = (
        AccessAttempt.objects.filter(
            username=username, ip_address=getattr(request, "axes_ip_address", None)
        )
        .order_by("-attempt_time")
        .values_list("attempt_time", flat=True)
        .first()
    )
    cool_off = settings.AXES_COOLOFF_TIME
    if latest is None:
        return int(cool_off.total_seconds())
    return max(1, math.ceil((latest + cool_off - timezone.now()).total_seconds()))


def lockout_for(request: HttpRequest | None) -> Lockout | None:
    """Whether the last password check of ``request`` ended in a lockout, and for how long."""
    if request is None:
        return None
    waits = []
    if getattr(request, LOCKOUT_ATTRIBUTE, None):
        waits.append(getattr(request, LOCKOUT_ATTRIBUTE))
    # Refused by us, axes' flag is ours too; otherwise it is axes' own cool-off.
    if getattr(request, "axes_locked_out", False) and not getattr(
        request, REFUSED_ATTRIBUTE, False
    ):
        waits.append(_axes_wait(request))
    return Lockout(max(waits)) if waits else None


def lockout_error(request: HttpRequest | None) -> forms.ValidationError | None:
    """The form error for a locked-out attempt, or None if the attempt was not locked out."""
    lockout = lockout_for(request)
    if lockout is None:
        return None
    return forms.ValidationError(lockout.message, code="locked_out")


LOCKED_TITLE = _("Please wait a moment")


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials=None
) -> HttpResponse:
    """``AXES_LOCKOUT_CALLABLE``: the page the person was on (the login form, showing the
    lockout as its error and keeping the typed name), with status 429.

    axes would otherwise answer with a bare text page.
    """
    if original_response is not None:
        if original_response.status_code == 200:
            original_response.status_code = 429
        return original_response
    lockout = lockout_for(request) or Lockout(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return render(
        request,
        "network/account/locked.html",
        {"title": LOCKED_TITLE, "message": lockout.message},
        status=429,
    )


# --- "Forgot your password?" ---------------------------------------------------------


def password_reset_allowed(request: HttpRequest | None, email: str) -> bool:
    """Whether a reset e-mail to ``email`` may go out now, counting this request.

    Counted per address (whether or not it belongs to an account, so the count reveals
    nothing) and per IP address. Refused requests are not counted: someone sending
    requests all day cannot stretch the wait, and the owner already has the mails that
    were sent (each link in them works).
    """
    if request is None:
        return True
    key = f"email:{normalise(email)}"
    limit = FormRateLimit(
        "password-reset",
        per_key=settings.HUB_PASSWORD_RESETS_PER_EMAIL,
        per_connection=settings.HUB_PASSWORD_RESETS_PER_IP,
        window=HOUR,
    )
    if limit.refusal(request, key) is not None:
        return False
    limit.hit(request, key)
    return True


def purge_expired() -> int:
    """Delete failed login attempts whose cool-off is over; how many were deleted.

    axes deletes them itself at the next login attempt; this is for quiet times, so that
    no account name or IP address is kept longer than the cool-off needs it.
    """
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    threshold = timezone.now() - settings.AXES_COOLOFF_TIME
    count, _by_model = AccessAttempt.objects.filter(attempt_time__lte=threshold).delete()
    # Neither log is written (AXES_DISABLE_ACCESS_LOG, no failure log); rows from before
    # that was configured go too.
    AccessLog.objects.all().delete()
    AccessFailureLog.objects.all().delete()
    return count
