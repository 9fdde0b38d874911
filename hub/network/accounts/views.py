"""Login, logout and the invitation's "choose your password" page."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import SetPasswordForm
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _

from hub.network.accounts.forms import LoginForm
from hub.network.invitations import invitation_tokens


class LoginView(auth_views.LoginView):
    template_name = "network/account/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        return reverse("network:my_organisation")


class LogoutView(auth_views.LogoutView):
    """POST only (Django's rule); back to the home page of the visitor's language."""

    def get_default_redirect_url(self):
        return "/" + (self.request.LANGUAGE_CODE or "de") + "/"


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
