"""Minutes of one date of an event: what the networking meeting discussed.

Members-only: read at /<language>/members/minutes/<occurrence>/ (``hub.network.members``),
written by editors in the admin next to the event's dates. The attached documents live in
the Members collection, whose view restriction keeps them from anyone else.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField

MINUTES_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class MeetingMinutes(models.Model):
    occurrence = models.OneToOneField(
        "events.Occurrence",
        verbose_name=_("Event date"),
        on_delete=models.CASCADE,
        related_name="minutes",
    )
    text = RichTextField(_("Minutes"), features=MINUTES_FEATURES, blank=True)
    documents = models.ManyToManyField(
        "wagtaildocs.Document",
        verbose_name=_("Documents"),
        blank=True,
        related_name="+",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Written by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("Last changed"), default=timezone.now)

    class Meta:
        verbose_name = _("Minutes")
        verbose_name_plural = _("Minutes")
        ordering = ["-occurrence__starts_at", "-pk"]

    def __str__(self) -> str:
        return str(self.occurrence)
