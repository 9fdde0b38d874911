"""The login forms (the site's, Wagtail's and Django's admin) and "Forgot your password?".

All of them are throttled by ``hub.core.security.login_throttle``; the forms only turn a
lockout into
their error message, so that the person stays on the form, with what they typed, and
reads how long to wait.
"""

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm

from hub.core.antispam import AntiSpamForm
from hub.core.mail import queue_messages
from hub.core.security.login_throttle import lockout_error, password_reset_allowed


class LockoutMessageMixin:
    """For ``AuthenticationForm``s: a refused attempt says "wait N minutes" instead of
    "wrong password" (which would make a person with the right password doubt it)."""

    def clean(self):
        try:
            return super().clean()
        except forms.ValidationError:
            error = lockout_error(self.request)
            if error is not None:
                raise error from None
            raise


class LoginForm(LockoutMessageMixin, AuthenticationForm):
    error_messages = {
        "invalid_login": _(
            "The e-mail address or user name and the password do not match. Please try "
            "again; mind upper and lower case in the password."
        ),
        "inactive": _("This account is not active. Please contact the network's office."),
    }

    def __init__(self, request=None, *args, **kwargs) -> None:
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("E-mail address or user name")
        self.fields["username"].widget.attrs.update(
            {"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"}
        )
        self.fields["password"].label = _("Password")

    def clean(self):
        username = (self.cleaned_data.get("username") or "").strip()
        if "@" in username:
            # Invited members log in with their e-mail address; older accounts may have
            # another user name. Either way the throttle counts the account's user name.
            user = (
                get_user_model()
                .objects.filter(email__iexact=username, is_active=True)
                .order_by("pk")
                .first()
            )
            if user is not None:
                self.cleaned_data["username"] = user.get_username()
        return super().clean()


class AdminLoginForm(LockoutMessageMixin, WagtailLoginForm):
    """``WAGTAILADMIN_USER_LOGIN_FORM``: Wagtail's login form, telling a locked-out person
    how long to wait."""


class DjangoAdminLoginForm(LockoutMessageMixin, AdminAuthenticationForm):
    """The Django admin's login form (``admin.site.login_form``), likewise."""


class ThrottledResetMixin:
    """For ``PasswordResetForm``s: beyond
    ``hub.core.security.login_throttle.password_reset_allowed`` no
    e-mail goes out, and the page answers exactly as if one had."""

    def save(self, *args, request=None, **kwargs):
        if not password_reset_allowed(request, self.cleaned_data["email"]):
            return None
        return super().save(*args, request=request, **kwargs)


class QueuedResetMailMixin:
    """For ``PasswordResetForm``s: the reset e-mail, rendered as Django renders it, goes
    through the mail queue (``hub.core.mail``) like every e-mail of the site, instead
    of to the mail server while the request waits."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        body = render_to_string(email_template_name, context)
        message = EmailMultiAlternatives(subject, body, from_email, [to_email])
        if html_email_template_name is not None:
            message.attach_alternative(
                render_to_string(html_email_template_name, context), "text/html"
            )
        queue_messages([message])


class AdminPasswordResetForm(ThrottledResetMixin, QueuedResetMailMixin, WagtailPasswordResetForm):
    """``WAGTAILADMIN_USER_PASSWORD_RESET_FORM``."""


class PasswordResetRequestForm(
    AntiSpamForm, ThrottledResetMixin, QueuedResetMailMixin, PasswordResetForm
):
    """ "Forgot your password?": a public form, so honeypot, fill-in time and throttle.

    The answer is the same whether or not the address belongs to an account and whether
    or not a limit was reached, so the form reveals nobody's membership.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Your e-mail address")
        self.fields["email"].widget.attrs.update({"autocomplete": "email"})
