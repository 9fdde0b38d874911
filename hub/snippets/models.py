"""Translatable shared texts and taxonomies.

Every taxonomy term carries a ``slug`` that is the same in every language (a synchronised
field): filter URLs such as ``?category=sprache`` then work under /de/ and /ar/ alike,
whichever language's copy of the term a page happens to link to.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Site, TranslatableMixin
from wagtail.search import index
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


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """A named term editors maintain once and translators translate."""

    name = models.CharField(_("Name"), max_length=80)
    slug = models.SlugField(
        _("Slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("Short Latin name used in filter addresses; the same in every language."),
    )
    sort_order = models.PositiveSmallIntegerField(_("Order"), default=100)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    override_translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name


class Category(TaxonomyTerm):
    """A field of engagement ("Engagementfeld"): language support, accompaniment…"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Category")
        verbose_name_plural = _("Categories")


class TargetGroup(TaxonomyTerm):
    """Who an offer is for: families, women, children and youth…"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Target group")
        verbose_name_plural = _("Target groups")


class District(TaxonomyTerm):
    """A district ("Stadtteil") of the city."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("District")
        verbose_name_plural = _("Districts")


class SpokenLanguage(TaxonomyTerm):
    """A language someone can help in — not the language a page is written in."""

    code = models.CharField(
        _("Language code"),
        max_length=12,
        help_text=_("ISO 639 code, e.g. ar, fa, prs, ti, uk."),
    )
    name_local = models.CharField(
        _("Name in the language itself"), max_length=80, blank=True, help_text=_("e.g. العربية")
    )

    panels = TaxonomyTerm.panels + [FieldPanel("code"), FieldPanel("name_local")]
    override_translatable_fields = TaxonomyTerm.override_translatable_fields + [
        SynchronizedField("code"),
        SynchronizedField("name_local"),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Spoken language")
        verbose_name_plural = _("Spoken languages")


class TagLabel(TaxonomyTerm):
    """The name of a free tag (django-taggit) in each language.

    Tags are typed in German by editors and the public entry form and stay one taggit row
    across languages (a synchronised field of the page); a label with the tag's ``slug``
    gives the tag its name under /en/, /ar/, /fa/ … Tags without a label keep their own
    name, marked as German text.
    """

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Tag label")
        verbose_name_plural = _("Tag labels")


# Per-site settings live in their own module; imported here so that Django finds the model.
from hub.snippets.site_settings import PublicHolidaySettings  # noqa: E402, F401
