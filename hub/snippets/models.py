"""Translatable shared texts. Taxonomies (categories, districts…) join them later."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Site, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class FooterQuerySet(models.QuerySet):
    def for_site_and_locale(self, site: Site | None, locale: Locale) -> "SiteFooter | None":
        """The footer of ``site`` in ``locale``, else its source-language text.

        A footer bound to no site serves every site that has none of its own.
        """
        candidates = self.filter(models.Q(site=site) | models.Q(site__isnull=True)).filter(
            locale__in=[locale.pk, Locale.get_default().pk]
        )
        best = None
        for footer in candidates.select_related("locale"):
            rank = (footer.site_id is not None, footer.locale_id == locale.pk)
            if best is None or rank > best[0]:
                best = (rank, footer)
        return best[1] if best else None


class SiteFooter(TranslatableMixin, models.Model):
    """The contact block at the bottom of every page, written once per language."""

    site = models.ForeignKey(
        Site,
        verbose_name=_("Site"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        help_text=_("Leave empty to use this footer on every site without its own."),
    )
    name = models.CharField(_("Name of the network"), max_length=120)
    text = RichTextField(
        _("Short text"), features=["bold", "italic", "link"], blank=True, max_length=600
    )
    address = models.TextField(_("Postal address"), blank=True)
    email = models.EmailField(_("E-mail"), blank=True)
    phone = models.CharField(_("Phone"), max_length=40, blank=True)

    panels = [
        FieldPanel("site"),
        FieldPanel("name"),
        FieldPanel("text"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("email"), FieldPanel("phone")],
            heading=_("Contact"),
        ),
    ]
    override_translatable_fields = [
        SynchronizedField("site"),
        TranslatableField("name"),
        TranslatableField("text"),
        TranslatableField("address"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
    ]

    objects = FooterQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Footer")
        verbose_name_plural = _("Footers")

    def __str__(self) -> str:
        return self.name
