"""Login, logout and the invitation's "choose your password" page."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import SetPasswordForm
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _

from hub.core.site import site_name_in
from hub.network.accounts.forms import LoginForm, PasswordResetRequestForm
from hub.network.invitations import invitation_tokens


def landing_url(user) -> str:
    """Where someone lands after logging in: their organisation, or the members' area
    for people admitted without one."""
    if user.is_authenticated and not user.memberships.exists():
        from hub.network.members.access import is_member

        if is_member(user):
            return reverse("network:members_home")
    return reverse("network:my_organisation")


class LoginView(auth_views.LoginView):
    template_name = "network/account/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        return landing_url(self.request.user)


class LogoutView(auth_views.LogoutView):
    """POST only (Django's rule); back to the home page of the visitor's language."""

    def get_default_redirect_url(self):
        return "/" + (self.request.LANGUAGE_CODE or settings.LANGUAGE_CODE) + "/"


class PasswordForm(SetPasswordForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = _("Your password")
        self.fields["new_password2"].label = _("The same password again")


class InvitationView(auth_views.PasswordResetConfirmView):
    """The link from the invitation e-mail: choose a password, then you are logged in."""

    template_name = "network/account/set_password.html"
    token_generator = invitation_tokens
    form_class = PasswordForm
    post_reset_login = True
    post_reset_login_backend = "django.contrib.auth.backends.ModelBackend"
    reset_url_token = "set-password"  # noqa: S105 - a URL segment, not a password
    success_url = reverse_lazy("network:my_organisation")

    def get_success_url(self):
        return landing_url(self.user)


class PasswordResetView(auth_views.PasswordResetView):
    """ "Forgot your password?" — the e-mail goes out in the language of the page."""

    template_name = "network/account/password_reset.html"
    form_class = PasswordResetRequestForm
    email_template_name = "emails/network_password_reset.txt"
    subject_template_name = "emails/network_password_reset_subject.txt"
    success_url = reverse_lazy("network:password_reset_done")

    def form_valid(self, form):
        self.extra_email_context = {
            "base_url": settings.HUB_BASE_URL,
            "site_name": site_name_in(self.request.LANGUAGE_CODE),
        }
        if form.honeypot_filled:
            return redirect(self.success_url)
        # The form's throttle (per address, per IP address) decides whether a mail goes
        # out; the answer is the same either way.
        return super().form_valid(form)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "network/account/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """The link from the e-mail: choose a new password, then you are logged in."""

    template_name = "network/account/set_password.html"
    form_class = PasswordForm
    post_reset_login = True
    post_reset_login_backend = "django.contrib.auth.backends.ModelBackend"
    success_url = reverse_lazy("network:my_organisation")
