"""Who belongs to which member organisation, what they changed on its page, who wants to join.

All three are records people create, not content: plain models, listed for editors in the
Wagtail admin. An organisation exists once across languages, so each record points to the
organisation's source-language page (the one members edit and translators translate from).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class MemberRole(models.TextChoices):
    ADMIN = "admin", _("Organisation admin")
    EDITOR = "editor", _("Editor")


class Membership(models.Model):
    """A user account that acts for an organisation: edits its page (both roles),
    invites and removes colleagues (organisation admins only)."""

    organisation = models.ForeignKey(
        "network.OrganisationPage",
        verbose_name=_("Organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("User"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(
        pgettext_lazy("membership", "Role"),
        max_length=10,
        choices=MemberRole.choices,
        default=MemberRole.EDITOR,
    )
    language = models.CharField(
        _("Language"),
        max_length=12,
        help_text=_("E-mails to this member are written in this language."),
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    invited_at = models.DateTimeField(_("Invited at"), null=True, blank=True)
    # Only an account the invitation created is the organisation's to retire: removing
    # the last membership deactivates nothing else (hub.network.services.remove_member).
    created_account = models.BooleanField(
        _("Account created by the invitation"), default=False, editable=False
    )
    created_at = models.DateTimeField(_("Member since"), default=timezone.now)

    class Meta:
        verbose_name = _("Membership")
        verbose_name_plural = _("Memberships")
        ordering = ["organisation__title", "user__last_name", "user__first_name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"], name="network_membership_once_per_user"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.organisation} ({self.get_role_display()})"

    @property
    def is_admin(self) -> bool:
        return self.role == MemberRole.ADMIN

    @property
    def is_pending(self) -> bool:
        """Invited, but the person has not chosen a password yet."""
        return not self.user.has_usable_password()

    @property
    def awaits_login(self) -> bool:
        """What an organisation admin sees as "invited": the person has not logged in
        since the invitation (a new account, an existing one, or one that cannot log in).

        The same for all three, so the list of colleagues does not tell the admin whether
        the address they typed already had an account on the site.
        """
        user = self.user
        if not user.is_active or not user.has_usable_password():
            return True
        if self.invited_at is None:
            return False
        return user.last_login is None or user.last_login < self.invited_at


class ProfileChange(models.Model):
    """One save of the "My organisation" form: a revision of the organisation page waiting
    for an editor's approval (``hub.network.change_approval``). The class keeps its old
    name, which the database tables share; it is not about a member's profile."""

    class Part(models.TextChoices):
        PROFILE = "profile", _("Profile")
        OFFICE = "office", _("Office and office hours")
        NEW_OFFICE = "new_office", _("New office")
        REMOVED_OFFICE = "removed_office", _("Office removed")
        CONTACTS = "contacts", _("Contact persons")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        PUBLISHED = "published", _("Published")
        DECLINED = "declined", _("Declined")

    organisation = models.ForeignKey(
        "network.OrganisationPage",
        verbose_name=_("Organisation"),
        on_delete=models.CASCADE,
        related_name="profile_changes",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("Revision"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    part = models.CharField(_("What was changed"), max_length=20, choices=Part.choices)
    subject = models.CharField(_("Changed item"), max_length=200, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Sent by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("Language"), max_length=12)
    status = models.CharField(
        _("Status"), max_length=12, choices=Status.choices, default=Status.PENDING
    )
    decision_reason = models.TextField(_("Reason given"), blank=True)
    created_at = models.DateTimeField(_("Sent at"), default=timezone.now)
    decided_at = models.DateTimeField(_("Decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("Profile change")
        verbose_name_plural = _("Profile changes")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.organisation} – {self.get_part_display()} ({self.get_status_display()})"


class MembershipApplication(models.Model):
    """An organisation that is not yet a member asks to join (the public form).

    On approval an editor creates, in one click, the organisation page and its first
    organisation admin, who is invited by e-mail (``hub.network.applications``).
    """

    class Status(models.TextChoices):
        NEW = "new", _("New")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    # Where the organisation is and who speaks for it, in the form's order; the e-mails,
    # the admin's spreadsheet and "My data" list them alike.
    ADDRESS_AND_CONTACT_FIELDS = (
        "street_address",
        "postal_code",
        "locality",
        "contact_name",
        "email",
        "phone",
        "message",
    )

    organisation_name = models.CharField(_("Name of the organisation"), max_length=200)
    kind = models.CharField(_("Kind of organisation"), max_length=30)
    summary = models.TextField(_("What the organisation does"), max_length=1000)
    website = models.URLField(_("Website"), blank=True)
    services = models.JSONField(
        _("Services"), default=list, blank=True, help_text=_("Slugs of the chosen categories.")
    )
    street_address = models.CharField(_("Street and number"), max_length=200, blank=True)
    postal_code = models.CharField(_("Postal code"), max_length=12, blank=True)
    locality = models.CharField(_("Town"), max_length=100, blank=True)
    contact_name = models.CharField(_("Contact person"), max_length=120)
    email = models.EmailField(_("E-mail"))
    phone = models.CharField(_("Phone"), max_length=40, blank=True)
    message = models.TextField(_("Message to the network"), blank=True)
    language = models.CharField(_("Language"), max_length=12)
    status = models.CharField(
        _("Status"), max_length=12, choices=Status.choices, default=Status.NEW
    )
    decision_reason = models.TextField(_("Reason given"), blank=True)
    organisation = models.ForeignKey(
        "network.OrganisationPage",
        verbose_name=_("Organisation page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("Received at"), default=timezone.now)
    decided_at = models.DateTimeField(_("Decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("Membership application")
        verbose_name_plural = _("Membership applications")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.organisation_name} ({self.get_status_display()})"
