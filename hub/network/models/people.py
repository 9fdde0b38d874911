"""Who to contact at an organisation, and where it is present online.

Both are inline children of ``OrganisationPage``. They inherit ``TranslatableMixin`` so
that wagtail-localize extracts their texts (a role, a link label) for translators and
recreates them in every translation; everything else is synchronised from the source.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class SocialLink(TranslatableMixin, Orderable):
    """A link to the organisation's presence elsewhere: a social network, a newsletter."""

    page = ParentalKey(
        "network.OrganisationPage", related_name="social_links", on_delete=models.CASCADE
    )
    label = models.CharField(
        _("Label"), max_length=80, help_text=_("e.g. Instagram, Facebook, Newsletter")
    )
    url = models.URLField(_("Address (URL)"))

    panels = [FieldRowPanel([FieldPanel("label"), FieldPanel("url")])]
    override_translatable_fields = [TranslatableField("label"), SynchronizedField("url")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("Link")
        verbose_name_plural = _("Links")

    def __str__(self) -> str:
        return self.label


class ContactPerson(TranslatableMixin, ClusterableModel, Orderable):
    """A person newcomers and partners can turn to; a cluster because of its languages."""

    page = ParentalKey(
        "network.OrganisationPage", related_name="contact_persons", on_delete=models.CASCADE
    )
    name = models.CharField(_("Name"), max_length=120)
    role = models.CharField(
        _("Role"), max_length=120, blank=True, help_text=_("e.g. Social counselling")
    )
    email = models.EmailField(_("E-mail"), blank=True)
    phone = models.CharField(_("Phone"), max_length=40, blank=True)
    languages = ParentalManyToManyField(
        "snippets.SpokenLanguage",
        verbose_name=_("Languages spoken"),
        blank=True,
        help_text=_("Languages in which this person can advise."),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
        FieldPanel("languages"),
    ]
    override_translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("role"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("languages"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("Contact person")
        verbose_name_plural = _("Contact persons")

    def __str__(self) -> str:
        return self.name
