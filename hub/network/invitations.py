"""Invitation links: "choose your password" for an account an organisation admin created.

The link carries the user's id and a token from ``InvitationTokenGenerator``. Like
Django's password-reset token it is bound to the password hash and the last login, so it
stops working the moment the person has chosen a password; unlike it, it stays valid for
``settings.HUB_INVITATION_DAYS`` days (people do not always read their mail at once) and
it cannot be swapped with a password-reset token (own salt).
"""

from django.conf import settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import constant_time_compare
from django.utils.encoding import force_bytes
from django.utils.http import base36_to_int, urlsafe_base64_encode


class InvitationTokenGenerator(PasswordResetTokenGenerator):
    key_salt = "hub.network.invitations.InvitationTokenGenerator"

    @property
    def max_age(self) -> int:
        return settings.HUB_INVITATION_DAYS * 24 * 3600

    def check_token(self, user, token) -> bool:
        if not (user and token):
            return False
        try:
            stamp = base36_to_int(token.split("-")[0])
        except ValueError:
            return False
        secrets = [self.secret, *self.secret_fallbacks]
        if not any(
            constant_time_compare(self._make_token_with_timestamp(user, stamp, secret), token)
            for secret in secrets
        ):
            return False
        return self._num_seconds(self._now()) - stamp <= self.max_age


invitation_tokens = InvitationTokenGenerator()


def invitation_path(user, language: str) -> str:
    """The site-relative "choose your password" address, under ``language``'s prefix."""
    with translation.override(language):
        return reverse(
            "network:invitation",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": invitation_tokens.make_token(user),
            },
        )


def invitation_url(user, language: str) -> str:
    return settings.HUB_BASE_URL + invitation_path(user, language)
