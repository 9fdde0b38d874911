"""Event pages: the calendar (``EventIndexPage``) and one page per event or series.

An ``EventPage`` describes the event once; its dates are ``Occurrence`` records built from
the schedule below (a single date or a recurrence rule) and shared by every translation.
Venue, times, capacity and taxonomies are synchronised across translations; only texts
(title, description, directions, accessibility notes) are translated.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from hub.pages.models.base import LocalizedPage


class Repeat(models.TextChoices):
    """The friendly choices editors pick from; ``hub.events.recurrence`` turns them into
    an RFC 5545 RRULE."""

    NEVER = "never", _("Does not repeat")
    WEEKLY = "weekly", _("Every week on the same weekday")
    MONTHLY_WEEKDAY = "monthly_weekday", _("Every month on the same weekday (e.g. first Tuesday)")
    MONTHLY_LAST_WEEKDAY = (
        "monthly_last_weekday",
        _("Every month on the last such weekday (e.g. last Friday)"),
    )
    MONTHLY_DATE = "monthly_date", _("Every month on the same date")


class EventIndexPage(RoutablePageMixin, LocalizedPage):
    """The calendar of one site: month grid, upcoming list, archive, feeds."""

    intro = RichTextField(
        verbose_name=_("Introduction"), features=["bold", "italic", "link"], blank=True
    )

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    override_translatable_fields = [TranslatableField("intro")]

    class Meta:
        verbose_name = _("Calendar")
        verbose_name_plural = _("Calendars")

    # The routes only dispatch: the calendar views live in ``hub.events.calendar``, the
    # feeds in ``hub.events.feeds``.
    @path("")
    def calendar_route(self, request):
        from hub.events.calendar.views import calendar

        return calendar(request, self)

    @path("archive/")
    def archive_route(self, request):
        from hub.events.calendar.views import archive

        return archive(request, self)

    # Wagtail serves only paths of words and slashes ("feed.ics" would never arrive);
    # calendar apps go by the Content-Type, not by an extension.
    @path("feed/")
    def feed_route(self, request):
        from hub.events.feeds import calendar_feed

        return calendar_feed(request, self)


class EventPage(RoutablePageMixin, LocalizedPage):
    """One event or a series of events with the same description and venue."""

    summary = models.TextField(
        _("Short summary"), max_length=300, help_text=_("One or two sentences for the calendar.")
    )
    description = RichTextField(
        _("Description"), features=["h3", "bold", "italic", "link", "ol", "ul"], blank=True
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    categories = ParentalManyToManyField(
        "snippets.Category", verbose_name=_("Fields of engagement"), blank=True
    )
    spoken_languages = ParentalManyToManyField(
        "snippets.SpokenLanguage",
        verbose_name=_("Languages spoken"),
        blank=True,
        help_text=_("Languages spoken at the event."),
    )
    interpretation = models.BooleanField(
        _("Interpretation offered"),
        default=False,
        help_text=_("Interpreters can be asked for when registering."),
    )
    organiser = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Organiser (member organisation)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organised_events",
    )

    venue_name = models.CharField(_("Venue"), max_length=200, blank=True)
    street_address = models.CharField(_("Street and number"), max_length=200, blank=True)
    postal_code = models.CharField(_("Postal code"), max_length=12, blank=True)
    locality = models.CharField(_("Town"), max_length=100, blank=True)
    directions = models.TextField(
        _("Directions"), blank=True, help_text=_("e.g. tram 4 to Marktplatz, entrance in the yard")
    )
    accessibility = models.TextField(
        _("Accessibility"),
        blank=True,
        help_text=_("e.g. step-free entrance, accessible toilet, hearing loop"),
    )
    online_url = models.URLField(_("Online link"), blank=True)

    # The schedule. All times are wall-clock times in the site's time zone (TIME_ZONE):
    # "18:00 every first Tuesday" stays 18:00 across daylight-saving changes.
    starts_on = models.DateField(_("First date"))
    start_time = models.TimeField(_("Starts at"))
    end_time = models.TimeField(_("Ends at"))
    repeat = models.CharField(
        _("Repeats"), max_length=24, choices=Repeat.choices, default=Repeat.NEVER
    )
    repeat_until = models.DateField(
        _("Repeats until"),
        null=True,
        blank=True,
        help_text=_("Leave empty for an open-ended series."),
    )
    rrule = models.CharField(
        _("Recurrence rule (RFC 5545)"),
        max_length=300,
        blank=True,
        editable=False,
        help_text=_("Derived from the choices above."),
    )

    registration_required = models.BooleanField(
        _("Registration required"), default=True, help_text=_("Visitors register for each date.")
    )
    capacity = models.PositiveIntegerField(
        _("Seats per date"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no limit. A single date can have its own limit."),
    )
    registration_closes_hours = models.PositiveIntegerField(
        _("Registration closes (hours before the start)"), default=24
    )
    max_party_size = models.PositiveSmallIntegerField(
        _("People per registration"),
        default=6,
        validators=[MinValueValidator(1)],
        help_text=_(
            "How many people one registration may be for (e.g. a family). "
            "1: everyone registers on their own."
        ),
    )

    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldPanel("starts_on"),
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
                FieldRowPanel([FieldPanel("repeat"), FieldPanel("repeat_until")]),
            ],
            heading=_("Date and time"),
            help_text=_(
                "Single dates are cancelled or moved through the “Dates” button of the page "
                "in the page listing and in the editor's header."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("locality")]),
                FieldPanel("directions"),
                FieldPanel("accessibility"),
                FieldPanel("online_url"),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("organiser"),
                FieldPanel("categories"),
                FieldPanel("spoken_languages"),
                FieldPanel("interpretation"),
            ],
            heading=_("Organiser, topics and languages"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_required"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_closes_hours")]),
                FieldPanel("max_party_size"),
            ],
            heading=_("Registration"),
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("description"),
        index.SearchField("venue_name"),
    ]
    override_translatable_fields = [
        TranslatableField("summary"),
        TranslatableField("description"),
        SynchronizedField("image"),
        SynchronizedField("categories"),
        SynchronizedField("spoken_languages"),
        SynchronizedField("interpretation"),
        SynchronizedField("organiser"),
        TranslatableField("venue_name"),
        SynchronizedField("street_address"),
        SynchronizedField("postal_code"),
        SynchronizedField("locality"),
        TranslatableField("directions"),
        TranslatableField("accessibility"),
        SynchronizedField("online_url"),
        SynchronizedField("starts_on"),
        SynchronizedField("start_time"),
        SynchronizedField("end_time"),
        SynchronizedField("repeat"),
        SynchronizedField("repeat_until"),
        # Derived from the schedule on save; copied so no translation ever holds a stale one.
        SynchronizedField("rrule"),
        SynchronizedField("registration_required"),
        SynchronizedField("capacity"),
        SynchronizedField("registration_closes_hours"),
        SynchronizedField("max_party_size"),
    ]

    class Meta:
        verbose_name = _("Event")
        verbose_name_plural = _("Events")

    def clean(self):
        super().clean()
        from hub.events.recurrence import schedule_errors

        errors = schedule_errors(self)
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # The stored rule is derived, never typed: the feeds and the generator read it.
        from hub.events.recurrence import build_rrule

        self.rrule = build_rrule(self)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "rrule" not in update_fields:
            kwargs["update_fields"] = [*update_fields, "rrule"]
        return super().save(*args, **kwargs)

    # The routes only dispatch: pages of single dates in ``hub.events.calendar``,
    # registration in ``hub.events.registration``, the feed in ``hub.events.feeds``.
    @path("")
    def event_route(self, request):
        from hub.events.calendar.views import event

        return event(request, self)

    @path("<int:occurrence_id>/")
    def occurrence_route(self, request, occurrence_id):
        from hub.events.calendar.views import occurrence

        return occurrence(request, self, occurrence_id)

    @path("<int:occurrence_id>/register/")
    def register_route(self, request, occurrence_id):
        from hub.events.registration.views import register

        return register(request, self, occurrence_id)

    @path("confirm/<uuid:token>/")
    def confirm_route(self, request, token):
        from hub.events.registration.views import confirm

        return confirm(request, self, token)

    @path("cancel/<uuid:token>/")
    def cancel_route(self, request, token):
        from hub.events.registration.views import cancel

        return cancel(request, self, token)

    @path("feed/")
    def feed_route(self, request):
        from hub.events.feeds import event_feed

        return event_feed(request, self)
