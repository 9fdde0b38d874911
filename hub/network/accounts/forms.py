"""The login form: e-mail address or user name, with a limit on failed attempts."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils.translation import gettext_lazy as _

from hub.antispam import AntiSpamForm, RateLimit

# Ten failed attempts per connection in fifteen minutes; successful logins do not count.
LOGIN_LIMIT = RateLimit("login", limit=10, window=15 * 60)


class LoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": _(
            "The e-mail address or user name and the password do not match. Please try "
            "again; mind upper and lower case in the password."
        ),
        "inactive": _("This account is not active. Please contact the network's office."),
        "rate_limited": _(
            "Too many failed attempts from your connection. Please wait 15 minutes and try again."
        ),
    }

    def __init__(self, request=None, *args, **kwargs) -> None:
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("E-mail address or user name")
        self.fields["username"].widget.attrs.update(
            {"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"}
        )
        self.fields["password"].label = _("Password")

    def clean(self):
        if self.request is not None and LOGIN_LIMIT.is_exceeded(self.request):
            raise forms.ValidationError(self.error_messages["rate_limited"], code="rate_limited")
        username = (self.cleaned_data.get("username") or "").strip()
        if "@" in username:
            # Invited members log in with their e-mail address; older accounts may have
            # another user name.
            user = (
                get_user_model()
                .objects.filter(email__iexact=username, is_active=True)
                .order_by("pk")
                .first()
            )
            if user is not None:
                self.cleaned_data["username"] = user.get_username()
        try:
            return super().clean()
        except forms.ValidationError:
            if self.request is not None:
                LOGIN_LIMIT.hit(self.request)
            raise


class PasswordResetRequestForm(AntiSpamForm, PasswordResetForm):
    """ "Forgot your password?": a public form, so honeypot, fill-in time and rate limit.

    The answer is the same whether or not the address belongs to an account, so the form
    reveals nobody's membership.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Your e-mail address")
        self.fields["email"].widget.attrs.update({"autocomplete": "email"})
