"""The members' exchange board ("Suche / Biete / Denke"): entries, replies, reports, and
who wants to hear about new entries how often.

Records members write, not content editors translate: plain models. An entry keeps its
text when its author's account is deleted (``SET_NULL``; shown as "former member"), and
its attachment lives in the ``private`` storage, which no web server serves: only the
members-only view in ``hub.network.board.views`` hands it out.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from hub.network.board.attachments import attachment_path, private_storage

TITLE_MAX_LENGTH = 120
TEXT_MAX_LENGTH = 4000
REPLY_MAX_LENGTH = 2000
REASON_MAX_LENGTH = 1000


class BoardKind(models.TextChoices):
    SEARCH = "search", pgettext_lazy("board kind", "Looking for")
    OFFER = "offer", pgettext_lazy("board kind", "Offering")
    IDEA = "idea", pgettext_lazy("board kind", "Idea")
    ANNOUNCEMENT = "announcement", pgettext_lazy("board kind", "Announcement")


class BoardEntryQuerySet(models.QuerySet):
    def current(self, today=None):
        """Not hidden and not expired: what every member sees in the list."""
        today = today or timezone.localdate()
        return self.filter(hidden=False).filter(
            models.Q(expires_on__isnull=True) | models.Q(expires_on__gte=today)
        )


class BoardEntry(models.Model):
    kind = models.CharField(_("Kind"), max_length=20, choices=BoardKind.choices)
    title = models.CharField(_("Title"), max_length=TITLE_MAX_LENGTH)
    text = models.TextField(_("Text"), max_length=TEXT_MAX_LENGTH)
    category = models.ForeignKey(
        "snippets.Category",
        verbose_name=_("Field of engagement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The German (source-language) term; shown in the reader's language."),
    )
    organisation = models.ForeignKey(
        "network.OrganisationPage",
        verbose_name=_("Organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="board_entries",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="board_entries",
    )
    language = models.CharField(_("Language of the text"), max_length=12)
    attachment = models.FileField(
        _("Attachment"),
        upload_to=attachment_path,
        storage=private_storage,
        max_length=200,
        blank=True,
    )
    attachment_name = models.CharField(_("File name of the attachment"), max_length=200, blank=True)
    expires_on = models.DateField(_("Visible until"), null=True, blank=True)
    created_at = models.DateTimeField(_("Created at"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("Updated at"), auto_now=True)
    hidden = models.BooleanField(_("Hidden by the editors"), default=False)
    hidden_reason = models.TextField(_("Reason for hiding"), blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Hidden by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hidden_at = models.DateTimeField(_("Hidden at"), null=True, blank=True)

    objects = BoardEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("Board entry")
        verbose_name_plural = _("Board entries")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"

    def is_expired(self, today=None) -> bool:
        return self.expires_on is not None and self.expires_on < (today or timezone.localdate())


class BoardReply(models.Model):
    entry = models.ForeignKey(
        BoardEntry, verbose_name=_("Entry"), on_delete=models.CASCADE, related_name="replies"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="board_replies",
    )
    text = models.TextField(_("Text"), max_length=REPLY_MAX_LENGTH)
    created_at = models.DateTimeField(_("Created at"), default=timezone.now)

    class Meta:
        verbose_name = _("Reply")
        verbose_name_plural = _("Replies")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.entry.title} – {self.created_at:%Y-%m-%d %H:%M}"


class BoardReport(models.Model):
    """A member tells the editors an entry does not belong on the board."""

    entry = models.ForeignKey(
        BoardEntry, verbose_name=_("Entry"), on_delete=models.CASCADE, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Reported by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="board_reports",
    )
    reason = models.TextField(_("Reason"), max_length=REASON_MAX_LENGTH)
    created_at = models.DateTimeField(_("Reported at"), default=timezone.now)
    handled = models.BooleanField(_("Handled"), default=False)

    class Meta:
        verbose_name = _("Reported board entry")
        verbose_name_plural = _("Reported board entries")
        ordering = ["handled", "-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.entry.title} ({self.created_at:%Y-%m-%d})"


class NotificationFrequency(models.TextChoices):
    INSTANTLY = "instantly", _("Instantly, one e-mail per entry")
    WEEKLY = "weekly", _("Weekly digest")
    NEVER = "never", _("Never")


DEFAULT_FREQUENCY = NotificationFrequency.WEEKLY


class NotificationPreference(models.Model):
    """How often a member hears about new entries of one kind. No row: the default
    (``DEFAULT_FREQUENCY``, a weekly digest)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("User"),
        on_delete=models.CASCADE,
        related_name="board_preferences",
    )
    kind = models.CharField(_("Kind"), max_length=20, choices=BoardKind.choices)
    frequency = models.CharField(
        _("E-mails"),
        max_length=12,
        choices=NotificationFrequency.choices,
        default=DEFAULT_FREQUENCY,
    )

    class Meta:
        verbose_name = _("Board notification setting")
        verbose_name_plural = _("Board notification settings")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind"], name="network_board_preference_once_per_kind"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.kind}: {self.frequency}"


class BoardDigestItem(models.Model):
    """An entry a member's weekly digest has named: each entry once per member."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    entry = models.ForeignKey(BoardEntry, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("Entry in a weekly digest")
        verbose_name_plural = _("Entries in weekly digests")
        constraints = [
            models.UniqueConstraint(fields=["user", "entry"], name="network_board_digest_item_once")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.entry_id}"


class BoardDigest(models.Model):
    """Up to when the weekly digest has looked at a member's entries: the next run lists
    what was written after ``covered_until`` (with or without an e-mail going out)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    covered_until = models.DateTimeField()

    class Meta:
        verbose_name = _("Weekly board digest")
        verbose_name_plural = _("Weekly board digests")

    def __str__(self) -> str:
        return f"{self.user} – {self.covered_until:%Y-%m-%d %H:%M}"
