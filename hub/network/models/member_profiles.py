"""A member's profile: their own entry in the members' directory, and who may see each
part of it. (In hub's code "profile" means this and nothing else; an organisation's public
page is its organisation page.)

One per user, created the first time they save their profile; until then the members'
directory shows them with the defaults below. The person decides for each contact detail
whether the other members see it; their name and organisations are always shown to
members (that is what the members' directory is for). Nothing here is public: the
members' directory itself is for members only.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Visibility(models.TextChoices):
    MEMBERS = "members", _("Visible to members")
    ONLY_ME = "only_me", _("Only me")


# Field → its visibility field, in the order the profile form and the cards show them.
VISIBLE_FIELDS: dict[str, str] = {
    "role": "role_visibility",
    "email": "email_visibility",
    "phone": "phone_visibility",
    "languages": "languages_visibility",
    "can_help_with": "can_help_with_visibility",
}


def _visibility(default: str):
    return models.CharField(
        _("Who can see this"), max_length=10, choices=Visibility.choices, default=default
    )


class MemberProfile(models.Model):
    """How a member appears to the other members.

    Privacy first: what describes the work (function, languages, what one can help with)
    is shown to members unless the person hides it; the ways to reach the person directly
    (e-mail, phone) stay hidden until they choose to share them.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("User"),
        on_delete=models.CASCADE,
        related_name="member_profile",
    )
    display_name = models.CharField(
        _("Name shown to members"),
        max_length=120,
        blank=True,
        help_text=_("Leave empty to show the name of your account."),
    )
    role = models.CharField(
        _("Function"),
        max_length=120,
        blank=True,
        help_text=_("e.g. Social counselling, Coordination"),
    )
    email = models.EmailField(_("E-mail for members"), blank=True)
    phone = models.CharField(_("Phone"), max_length=40, blank=True)
    languages = models.ManyToManyField(
        "snippets.SpokenLanguage",
        verbose_name=_("Languages spoken"),
        blank=True,
        related_name="+",
    )
    can_help_with = models.TextField(_("What I can help with"), max_length=600, blank=True)
    role_visibility = _visibility(Visibility.MEMBERS)
    email_visibility = _visibility(Visibility.ONLY_ME)
    phone_visibility = _visibility(Visibility.ONLY_ME)
    languages_visibility = _visibility(Visibility.MEMBERS)
    can_help_with_visibility = _visibility(Visibility.MEMBERS)
    updated_at = models.DateTimeField(_("Last changed"), auto_now=True)

    class Meta:
        verbose_name = _("Member profile")
        verbose_name_plural = _("Member profiles")

    def __str__(self) -> str:
        return self.shown_name or str(self.user)

    @property
    def shown_name(self) -> str:
        """The name other members see: never the account's user name or e-mail address,
        which may be the same thing for invited members."""
        return self.display_name.strip() or self.user.get_full_name().strip()

    def is_visible(self, field: str) -> bool:
        return getattr(self, VISIBLE_FIELDS[field]) == Visibility.MEMBERS
