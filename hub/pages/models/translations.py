"""What the daily translation digest last told each translator."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationDigest(models.Model):
    """One row per translator: when the last digest went out, and what it was about.

    ``reported`` holds the "<translation key>:<language>" of every translation that was
    outdated at the last run; the next digest names only the ones not in it, so a
    translator hears about an outdated page once, and again only after it was brought up
    to date and fell behind once more.

    ``missing`` holds, per language, the translation keys of the source pages and
    snippets that had no translation in that language at the last run; the next digest
    names only those not in it (newly published pages, newly created snippets), so each
    is reported once. A language without an entry (a new translator, a language just
    granted) is only noted at its first run: what was missing before is not news, and the
    overview lists it.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Translator"),
        on_delete=models.CASCADE,
        related_name="translation_digest",
    )
    sent_at = models.DateTimeField(_("Last digest sent"), null=True, blank=True)
    reported = models.JSONField(_("Outdated at the last run"), default=list, blank=True)
    missing = models.JSONField(_("Missing at the last run"), default=dict, blank=True)

    class Meta:
        verbose_name = _("Translation digest")
        verbose_name_plural = _("Translation digests")

    def __str__(self) -> str:
        return str(self.user)
