"""Individual members: people an editor admitted to the members' area without an
organisation (a volunteer, a city official, a former staff member who still helps).

The record, not the group, is the reason for the access: the ``Members`` group follows
memberships and admissions together (``hub.network.members.groups``), so ending one of
them never takes away access the other still grants.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class IndividualMember(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("User"),
        on_delete=models.CASCADE,
        related_name="individual_membership",
    )
    language = models.CharField(
        _("Language"),
        max_length=12,
        help_text=_("E-mails to this member are written in this language."),
    )
    note = models.CharField(
        _("Note for the editors"),
        max_length=200,
        blank=True,
        help_text=_("Why this person belongs to the network, e.g. “volunteer, Café Kontakt”."),
    )
    admitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Admitted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    admitted_at = models.DateTimeField(_("Admitted at"), default=timezone.now)

    class Meta:
        verbose_name = _("Individual member")
        verbose_name_plural = _("Individual members")
        ordering = ["user__last_name", "user__first_name", "pk"]

    def __str__(self) -> str:
        return self.user.get_full_name() or self.user.get_username()

    @property
    def is_pending(self) -> bool:
        """Admitted, but the person has not chosen a password yet."""
        return not self.user.has_usable_password()
