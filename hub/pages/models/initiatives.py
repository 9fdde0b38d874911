"""The initiatives directory: an index page per language and one page per initiative.

Taxonomies, tags, contact data, dates and the status are synchronised across
translations (declared below); only texts are translated. Filtering and display live in
``hub.pages.initiatives`` so that this module stays a plain description of the data.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from hub.pages.models.base import LocalizedPage


class InitiativeStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    ENDED = "ended", _("Ended")


class InitiativeIndexPage(RoutablePageMixin, LocalizedPage):
    """The directory: filters, search, the archive of ended projects and the entry form.

    The routes only dispatch; the views live in ``hub.pages.initiatives.directory`` (listing and
    archive), ``hub.pages.initiatives.submissions`` (entry and correction forms) and
    ``hub.pages.initiatives.freshness`` (the "still active" confirmation).
    """

    intro = RichTextField(
        verbose_name=_("Introduction"), features=["bold", "italic", "link"], blank=True
    )
    archive_intro = RichTextField(
        verbose_name=_("Introduction to the archive"),
        features=["bold", "italic", "link"],
        blank=True,
    )
    submit_intro = RichTextField(
        verbose_name=_("Introduction to the entry form"),
        features=["bold", "italic", "link"],
        blank=True,
    )

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.InitiativePage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("archive_intro"),
        FieldPanel("submit_intro"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    override_translatable_fields = [
        TranslatableField("intro"),
        TranslatableField("archive_intro"),
        TranslatableField("submit_intro"),
    ]

    class Meta:
        verbose_name = _("Initiatives directory")
        verbose_name_plural = _("Initiatives directories")

    @path("")
    def directory_route(self, request):
        from hub.pages.initiatives.directory.views import directory

        return directory(request, self)

    @path("archive/")
    def archive_route(self, request):
        from hub.pages.initiatives.directory.views import archive

        return archive(request, self)

    @path("submit/")
    def submit_route(self, request):
        from hub.pages.initiatives.submissions.views import submit

        return submit(request, self)

    @path("update/<uuid:token>/")
    def correction_route(self, request, token):
        from hub.pages.initiatives.submissions.views import correct

        return correct(request, self, token)

    @path("confirm/<uuid:token>/")
    def confirm_route(self, request, token):
        from hub.pages.initiatives.freshness.views import confirm

        return confirm(request, self, token)


class InitiativePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "pages.InitiativePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class InitiativePage(LocalizedPage):
    """One initiative of the network: what it does, how to join, whom to contact."""

    summary = models.TextField(
        _("Short summary"),
        max_length=300,
        help_text=_("One or two sentences for the directory listing."),
    )
    description = RichTextField(
        _("Description"), features=["h3", "bold", "italic", "link", "ol", "ul"], blank=True
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Image or logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    categories = ParentalManyToManyField(
        "snippets.Category", verbose_name=_("Fields of engagement"), blank=True
    )
    target_groups = ParentalManyToManyField(
        "snippets.TargetGroup", verbose_name=_("Target groups"), blank=True
    )
    districts = ParentalManyToManyField(
        "snippets.District", verbose_name=_("Districts"), blank=True
    )
    spoken_languages = ParentalManyToManyField(
        "snippets.SpokenLanguage",
        verbose_name=_("Languages spoken"),
        blank=True,
        help_text=_("Languages in which the initiative can help people."),
    )
    tags = ClusterTaggableManager(through=InitiativePageTag, verbose_name=_("Tags"), blank=True)

    involvement = RichTextField(
        _("How to get involved"),
        features=["bold", "italic", "link", "ul"],
        blank=True,
        help_text=_("What volunteers can do here."),
    )
    time_commitment = models.CharField(
        _("Time commitment"), max_length=200, blank=True, help_text=_("e.g. two hours a week")
    )
    requirements = models.TextField(
        _("Requirements"),
        blank=True,
        help_text=_("e.g. an extended certificate of good conduct, a language level"),
    )

    contact_name = models.CharField(_("Contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("Contact e-mail"), blank=True)
    contact_phone = models.CharField(_("Contact phone"), max_length=40, blank=True)
    website = models.URLField(_("Website"), blank=True)

    street_address = models.CharField(_("Street and number"), max_length=200, blank=True)
    postal_code = models.CharField(_("Postal code"), max_length=12, blank=True)
    locality = models.CharField(_("Town"), max_length=100, blank=True)
    meeting_place = models.CharField(
        _("Meeting place"),
        max_length=200,
        blank=True,
        help_text=_("e.g. in the parish hall, first floor"),
    )
    latitude = models.DecimalField(
        _("Latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("Longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )

    organisation = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Responsible member organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="responsible_for_initiatives",
    )
    status = models.CharField(
        _("Status"),
        max_length=10,
        choices=InitiativeStatus.choices,
        default=InitiativeStatus.ACTIVE,
    )
    ended_on = models.DateField(_("Ended on"), null=True, blank=True)

    parent_page_types = ["pages.InitiativeIndexPage"]
    subpage_types: list[str] = []

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldPanel("categories"),
                FieldPanel("target_groups"),
                FieldPanel("districts"),
                FieldPanel("spoken_languages"),
                FieldPanel("tags"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("involvement"),
                FieldPanel("time_commitment"),
                FieldPanel("requirements"),
            ],
            heading=_("Getting involved"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldPanel("website"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("locality")]),
                FieldPanel("meeting_place"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address or meeting place"),
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("organisation"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("ended_on")]),
            ],
            heading=_("Organisation and status"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("description"),
        index.SearchField("involvement"),
        index.SearchField("meeting_place"),
        index.FilterField("status"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    override_translatable_fields = [
        TranslatableField("summary"),
        TranslatableField("description"),
        SynchronizedField("image"),
        SynchronizedField("categories"),
        SynchronizedField("target_groups"),
        SynchronizedField("districts"),
        SynchronizedField("spoken_languages"),
        SynchronizedField("tags"),
        TranslatableField("involvement"),
        TranslatableField("time_commitment"),
        TranslatableField("requirements"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("website"),
        SynchronizedField("street_address"),
        SynchronizedField("postal_code"),
        SynchronizedField("locality"),
        TranslatableField("meeting_place"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("organisation"),
        SynchronizedField("status"),
        SynchronizedField("ended_on"),
    ]

    class Meta:
        verbose_name = _("Initiative")
        verbose_name_plural = _("Initiatives")

    def get_context(self, request, *args, **kwargs):
        from hub.pages.initiatives.directory.context import initiative_context

        context = super().get_context(request, *args, **kwargs)
        context.update(initiative_context(self, request))
        return context

    @property
    def is_ended(self) -> bool:
        return self.status == InitiativeStatus.ENDED

    def clean(self) -> None:
        super().clean()
        if self.status == InitiativeStatus.ENDED and not self.ended_on:
            raise ValidationError({"ended_on": _("Give the date on which the initiative ended.")})
        if self.ended_on and self.status != InitiativeStatus.ENDED:
            raise ValidationError({"ended_on": _("Only an ended initiative has an end date.")})
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError({"longitude": _("Give both latitude and longitude, or neither.")})
