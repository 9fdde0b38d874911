"""Records shared by every translation of an event: its dates and the registrations.

An occurrence belongs to the event's ``translation_key``, not to one language's page:
registering through /ar/ and through /de/ takes a seat from the same count. Business
rules (register, confirm, cancel, promote from the waitlist) live in
``hub.events.services``; these models only describe the data and its constraints.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Occurrence(models.Model):
    """One concrete date of an event, kept for a rolling horizon.

    ``original_start`` is the date the recurrence rule produced; it identifies the
    occurrence even after an editor moves it, so regenerating the series neither
    duplicates a moved date nor resurrects a cancelled one.
    """

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        MOVED = "moved", _("Moved")
        CANCELLED = "cancelled", _("Cancelled")

    event_key = models.UUIDField(_("Event key"), db_index=True)
    original_start = models.DateTimeField(_("Date in the series"))
    starts_at = models.DateTimeField(_("Starts at"), db_index=True)
    ends_at = models.DateTimeField(_("Ends at"))
    status = models.CharField(
        _("Status"), max_length=12, choices=Status.choices, default=Status.SCHEDULED
    )
    reason = models.TextField(
        _("Reason"), blank=True, help_text=_("Shown to visitors and e-mailed to registrants.")
    )
    # The reason in the other content languages (language code → text); ``reason`` is the
    # text in the source language (``LANGUAGE_CODE``). See ``reason_in``.
    reason_translations = models.JSONField(
        _("Translations of the reason"), default=dict, blank=True
    )
    capacity = models.PositiveIntegerField(
        _("Seats"), null=True, blank=True, help_text=_("Leave empty to use the event's limit.")
    )
    registration_closes_at = models.DateTimeField(
        _("Registration closes at"),
        null=True,
        blank=True,
        help_text=_("Leave empty to use the event's rule (hours before the start)."),
    )
    # A date an editor cancelled or moved by hand is never touched by the generator again.
    edited = models.BooleanField(_("Changed by an editor"), default=False)
    # The generator removes a date the rule no longer produces only if nobody registered.
    detached = models.BooleanField(_("No longer part of the series"), default=False)

    class Meta:
        verbose_name = _("Event date")
        verbose_name_plural = _("Event dates")
        ordering = ["starts_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["event_key", "original_start"], name="events_occurrence_unique_start"
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="events_occurrence_ends_after"
            ),
        ]

    def __str__(self) -> str:
        return f"{timezone.localtime(self.starts_at):%Y-%m-%d %H:%M}"

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    def _translated_reason(self, language_code: str | None) -> tuple[str, str] | None:
        """``(code, text)`` of the reason's translation into ``language_code``, if any."""
        if not self.reason or not language_code:
            return None
        translations = self.reason_translations or {}
        code = language_code.lower()
        for candidate in dict.fromkeys((code, code.split("-")[0])):
            text = translations.get(candidate)
            if isinstance(text, str) and text.strip():
                return candidate, text.strip()
        return None

    def reason_in(self, language_code: str | None) -> str:
        """The reason in ``language_code``: its translation, else the source text."""
        translated = self._translated_reason(language_code)
        return translated[1] if translated else self.reason

    def reason_language(self, language_code: str | None) -> str:
        """The language ``reason_in(language_code)`` is written in (for ``lang``)."""
        translated = self._translated_reason(language_code)
        return translated[0] if translated else settings.LANGUAGE_CODE

    @property
    def localized_reason(self) -> str:
        """The reason in the active language, else in the source language."""
        return self.reason_in(get_language())

    @property
    def localized_reason_language(self) -> str:
        return self.reason_language(get_language())


class Registration(models.Model):
    """One person's registration for one occurrence, for themselves and the people they
    bring along (``party_size``: a family registers once).

    It holds ``party_size`` seats only once confirmed through the e-mailed link (double opt-in). The
    partial unique constraint makes "one e-mail, one seat" hold in the database, whatever
    two server processes do at the same moment.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for e-mail confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")
        EXPIRED = "expired", _("Not confirmed in time")

    ACTIVE = (Status.PENDING, Status.CONFIRMED, Status.WAITLISTED)

    occurrence = models.ForeignKey(
        Occurrence,
        verbose_name=_("Date"),
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    status = models.CharField(
        _("Status"), max_length=12, choices=Status.choices, default=Status.PENDING
    )
    name = models.CharField(_("Name"), max_length=120)
    email = models.EmailField(_("E-mail"))
    organisation = models.CharField(_("Organisation"), max_length=200, blank=True)
    language = models.CharField(_("Language for e-mails"), max_length=12)
    # Everyone in the party counts against the seats; 1 is the person registering alone.
    party_size = models.PositiveSmallIntegerField(_("Number of people"), default=1)
    interpretation_into = models.CharField(_("Interpretation into"), max_length=100, blank=True)
    # The language's code when it was picked from the event's list (empty when typed in):
    # the e-mails name it in the registrant's language, the editors read ``interpretation_into``.
    interpretation_code = models.CharField(
        _("Interpretation language code"), max_length=12, blank=True
    )
    accessibility_needs = models.TextField(_("Accessibility needs"), blank=True)
    consent_at = models.DateTimeField(_("Agreed to the privacy notice at"))

    confirm_token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    cancel_token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    created_at = models.DateTimeField(_("Registered at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("E-mail confirmed at"), null=True, blank=True)
    # Waiting-list order: who confirmed first is promoted first.
    waitlisted_at = models.DateTimeField(_("Waiting since"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("Cancelled at"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("Reminder sent at"), null=True, blank=True)
    attended = models.BooleanField(_("Attended"), default=False)
    anonymised_at = models.DateTimeField(_("Personal data removed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("Registration")
        verbose_name_plural = _("Registrations")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["occurrence", "email"],
                condition=Q(status__in=["pending", "confirmed", "waitlisted"]),
                name="events_registration_one_active_per_email",
            ),
            models.CheckConstraint(
                condition=Q(party_size__gte=1), name="events_registration_party_not_empty"
            ),
        ]
        indexes = [models.Index(fields=["occurrence", "status"])]

    def __str__(self) -> str:
        return f"{self.name or '—'} ({self.get_status_display()})"
