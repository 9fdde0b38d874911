"""The list of member organisations (one index page per language) and one page per
organisation.

Offices, contact persons and links are inline children of the page, so they are
versioned, previewed, moderated and translated together with it (see
``hub.network.models.offices`` and ``hub.network.models.people``).
"""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from hub.core.listing.languages import url_for_visitor
from hub.core.listing.ordering import collation_key
from hub.core.listing.scope import site_roots
from hub.network import hours
from hub.network.models.offices import HoursKind, Office
from hub.network.organisation_page import organisation_context
from hub.pages.models.base import LocalizedPage


class OrganisationKind(models.TextChoices):
    ASSOCIATION = "association", _("Association")
    PUBLIC_OFFICE = "public_office", _("Public office")
    INITIATIVE = "initiative", _("Initiative")
    COUNSELLING_CENTRE = "counselling_centre", _("Counselling centre")
    RELIGIOUS_COMMUNITY = "religious_community", _("Religious community")
    OTHER = "other", _("Other")


class OrganisationIndexPage(RoutablePageMixin, LocalizedPage):
    """The list of the network's member organisations, and the form to apply for
    membership (``apply/``; German pages say ``mitglied-werden/``, both work everywhere).
    """

    intro = RichTextField(
        verbose_name=_("Introduction"), features=["bold", "italic", "link"], blank=True
    )

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["network.OrganisationPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    override_translatable_fields = [TranslatableField("intro")]

    class Meta:
        verbose_name = _("Organisations directory")
        verbose_name_plural = _("Organisations directories")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["organisations"] = self.listed(request)
        return context

    def listed(self, request) -> list[dict]:
        """Every organisation of the site once: in the visitor's language where it is
        translated, else in German (marked with its language) — the translated ones first,
        each group by title."""
        # The finder's queries import this module's models.
        from hub.network.finder.scope import listed_versions

        active, default = Locale.get_active(), Locale.get_default()
        pages = listed_versions(site_roots(request, self), active, default)
        rows = [
            {
                "page": page,
                "url": url_for_visitor(page, active, request),
                "lang": "" if page.locale_id == active.pk else page.locale.language_code,
            }
            for page in pages
        ]
        rows.sort(key=lambda row: (bool(row["lang"]), collation_key(row["page"].title)))
        return rows

    @path("")
    def index_route(self, request):
        # The language fallback of ``LocalizedPage.serve``, which the mixin's own index
        # route would skip.
        return LocalizedPage.serve(self, request)

    @path("apply/", name="apply")
    @path("mitglied-werden/", name="apply_de")
    def apply_route(self, request):
        from hub.network.joining.views import apply

        return apply(request, self)

    def apply_subpath(self) -> str:
        """The form's route under this page, in the page's language where it has one."""
        return self.reverse_subpage("apply_de" if self.locale.language_code == "de" else "apply")


class OrganisationPage(LocalizedPage):
    """One member organisation: who it is, what it offers, where and when."""

    summary = models.TextField(
        _("Short description"),
        max_length=300,
        help_text=_("One or two sentences for the directory listing."),
    )
    description = RichTextField(
        _("Description"), features=["h3", "bold", "italic", "link", "ol", "ul"], blank=True
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(
        _("Kind of organisation"),
        max_length=30,
        choices=OrganisationKind.choices,
        default=OrganisationKind.ASSOCIATION,
    )
    services = ParentalManyToManyField(
        "snippets.Category",
        verbose_name=_("Services"),
        blank=True,
        help_text=_("The fields in which the organisation helps."),
    )
    website = models.URLField(_("Website"), blank=True)
    # Set on every publication of the German page (an editor's save or an approved change
    # of a member), for all its translations at once: see ``hub.network.signals``.
    last_confirmed_at = models.DateTimeField(_("Last confirmed"), null=True, blank=True)

    parent_page_types = ["network.OrganisationIndexPage"]
    subpage_types: list[str] = []

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("kind"), FieldPanel("services")],
            heading=_("Profile"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                InlinePanel("social_links", label=_("Link"), heading=_("Further links")),
            ],
            heading=_("On the web"),
        ),
        InlinePanel(
            "offices",
            label=_("Office"),
            heading=_("Offices and office hours"),
            help_text=_("Every place where the organisation receives people."),
            min_num=0,
        ),
        InlinePanel(
            "contact_persons",
            label=_("Contact person"),
            heading=_("Contact persons"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("description"),
        index.FilterField("kind"),
    ]
    override_translatable_fields = [
        TranslatableField("summary"),
        TranslatableField("description"),
        SynchronizedField("logo"),
        SynchronizedField("kind"),
        SynchronizedField("services"),
        SynchronizedField("website"),
        SynchronizedField("last_confirmed_at"),
        TranslatableField("social_links"),
        TranslatableField("offices"),
        TranslatableField("contact_persons"),
    ]

    class Meta:
        verbose_name = _("Organisation")
        verbose_name_plural = _("Organisations")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Offices with their hours in words, "open now" / "next open", languages, contact
        # persons, services, initiatives, upcoming events and schema.org data.
        context.update(organisation_context(self, request))
        context["edit_url"] = self.edit_url_for(request.user)
        return context

    def edit_url_for(self, user) -> str:
        """The members' form of this organisation, if ``user`` is one of its members."""
        if not getattr(user, "is_authenticated", False):
            return ""
        from hub.network.services import membership_for, source_page

        source = source_page(self)
        if membership_for(user, source.pk) is None:
            return ""
        return reverse("network:organisation", kwargs={"pk": source.pk})

    def schedule_for(
        self, office: Office, holidays: hours.HolidayCalendar = hours.no_holidays
    ) -> hours.Schedule:
        """``office``'s rows as the office-hours engine's ``Schedule``, closed on the days
        ``holidays`` names unless the office opens on public holidays.

        Languages are given by their ``code``, which is the same in every language.
        """
        slots: list[hours.Slot] = []
        for row in office.hours.all():
            common = {
                "opens": row.opens,
                "closes": row.closes,
                "languages": [language.code for language in row.languages.all()],
                "mediator": row.mediator,
                "by_appointment": row.by_appointment,
                "valid_from": row.valid_from,
                "valid_until": row.valid_until,
            }
            if row.kind == HoursKind.MONTHLY:
                slots.append(hours.MonthlySlot(weekday=row.weekday, ordinal=row.ordinal, **common))
            else:
                slots.append(hours.WeeklySlot(weekdays=row.weekdays, **common))
        return hours.Schedule(
            slots=slots,
            closures=[
                hours.Closure(starts_on=row.starts_on, ends_on=row.ends_on, reason=row.reason)
                for row in office.closures.all()
            ],
            special_dates=[
                hours.SpecialDate(
                    on=row.on,
                    opens=row.opens,
                    closes=row.closes,
                    languages=[language.code for language in row.languages.all()],
                    mediator=row.mediator,
                )
                for row in office.special_dates.all()
            ],
            appointments_also=office.by_appointment,
            opens_on_holidays=office.opens_on_holidays,
            holidays=holidays,
        )
