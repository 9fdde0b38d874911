"""Records about initiatives that people create, not editors: submissions and freshness.

Both are keyed on the initiative's ``translation_key``: an initiative exists once across
languages, so its confirmation state and its submission history do too.
"""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class InitiativeSubmission(models.Model):
    """What someone sent through the public form, kept next to the draft page it created."""

    class Kind(models.TextChoices):
        NEW = "new", _("New entry")
        CORRECTION = "correction", _("Correction")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        PUBLISHED = "published", _("Published")
        DECLINED = "declined", _("Declined")

    page = models.ForeignKey(
        "pages.InitiativePage",
        verbose_name=_("Initiative"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
    )
    translation_key = models.UUIDField(_("Initiative key"), db_index=True)
    kind = models.CharField(_("Kind"), max_length=12, choices=Kind.choices, default=Kind.NEW)
    status = models.CharField(
        _("Status"), max_length=12, choices=Status.choices, default=Status.PENDING
    )
    submitter_name = models.CharField(_("Name"), max_length=120)
    submitter_email = models.EmailField(_("E-mail"))
    language = models.CharField(_("Language"), max_length=12)
    message = models.TextField(_("Message to the editors"), blank=True)
    data = models.JSONField(_("Everything entered"), default=dict, blank=True)
    decision_reason = models.TextField(_("Reason given"), blank=True)
    created_at = models.DateTimeField(_("Submitted at"), default=timezone.now)
    decided_at = models.DateTimeField(_("Decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("Initiative submission")
        verbose_name_plural = _("Initiative submissions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        title = self.page.title if self.page else self.data.get("title", "")
        return f"{title} ({self.get_status_display()})"


class InitiativeFreshness(models.Model):
    """When an initiative last said "still active", and when we last asked it."""

    translation_key = models.UUIDField(_("Initiative key"), unique=True)
    last_confirmed_at = models.DateTimeField(_("Last confirmed"), default=timezone.now)
    reminder_sent_at = models.DateTimeField(_("Reminder sent"), null=True, blank=True)
    token = models.UUIDField(_("Confirmation token"), default=uuid.uuid4, unique=True)

    class Meta:
        verbose_name = _("Initiative freshness")
        verbose_name_plural = _("Initiative freshness")

    def __str__(self) -> str:
        return f"{self.translation_key}: {self.last_confirmed_at:%Y-%m-%d}"
