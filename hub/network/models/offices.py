"""An organisation's offices and when they are open.

``Office`` is an inline child of ``OrganisationPage``; its opening rules are nested
inline children of the office: regular slots (``OfficeHours``, weekly or monthly),
temporary closures (``OfficeClosure``) and one-off dates (``OfficeSpecialDate``).

Only objects with text for translators inherit ``TranslatableMixin`` (the office and its
closures); hours and special dates hold nothing but times, dates and languages, so
wagtail-localize copies them unchanged into every translation.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Weekday(models.IntegerChoices):
    """Days as ``datetime.date.weekday()`` counts them."""

    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


WEEKDAY_FIELDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class Ordinal(models.IntegerChoices):
    FIRST = 1, _("first")
    SECOND = 2, _("second")
    THIRD = 3, _("third")
    FOURTH = 4, _("fourth")
    LAST = -1, _("last")


class HoursKind(models.TextChoices):
    WEEKLY = "weekly", _("Every week")
    MONTHLY = "monthly", _("Once a month")


class BarrierFree(models.TextChoices):
    YES = "yes", _("Yes")
    PARTLY = "partly", _("Partly")
    NO = "no", _("No")
    UNKNOWN = "unknown", _("Not known")


def check_times(opens, closes) -> None:
    if opens is not None and closes is not None and closes <= opens:
        raise ValidationError({"closes": _("The closing time must be after the opening time.")})


class Office(TranslatableMixin, ClusterableModel, Orderable):
    """A place where the organisation receives people, with its own address and hours."""

    page = ParentalKey("network.OrganisationPage", related_name="offices", on_delete=models.CASCADE)
    name = models.CharField(
        _("Name"), max_length=120, help_text=_("e.g. Beratungsstelle Nordstadt")
    )
    street_address = models.CharField(_("Street and number"), max_length=200, blank=True)
    postal_code = models.CharField(_("Postal code"), max_length=12, blank=True)
    locality = models.CharField(_("Town"), max_length=100, blank=True)
    district = models.ForeignKey(
        "snippets.District",
        verbose_name=_("District"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    latitude = models.DecimalField(
        _("Latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("Longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    transport_hint = models.CharField(
        _("Public transport"),
        max_length=200,
        blank=True,
        help_text=_("e.g. Tram 4, stop Nordplatz, then two minutes on foot"),
    )
    barrier_free = models.CharField(
        _("Barrier-free access"),
        max_length=10,
        choices=BarrierFree.choices,
        default=BarrierFree.UNKNOWN,
    )
    accessibility_note = models.CharField(
        _("Note on access"),
        max_length=200,
        blank=True,
        help_text=_("e.g. ramp at the back entrance, lift to the first floor"),
    )
    by_appointment = models.BooleanField(
        _("Also by appointment"),
        default=False,
        help_text=_('Shows "and by appointment" next to the office hours.'),
    )
    appointment_note = models.CharField(
        _("How to make an appointment"),
        max_length=200,
        blank=True,
        help_text=_("e.g. by phone Monday to Thursday"),
    )
    opens_on_holidays = models.BooleanField(
        _("Open on public holidays"),
        default=False,
        help_text=_(
            "Tick only if the office keeps its hours on public holidays too (e.g. an "
            "emergency line). Otherwise the site shows it as closed on public holidays."
        ),
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("locality")]),
                FieldPanel("district"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("transport_hint"),
            ],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [FieldPanel("barrier_free"), FieldPanel("accessibility_note")],
            heading=_("Accessibility"),
        ),
        MultiFieldPanel(
            [FieldPanel("by_appointment"), FieldPanel("appointment_note")],
            heading=_("Appointments"),
        ),
        FieldPanel("opens_on_holidays"),
        InlinePanel("hours", heading=_("Office hours"), label=_("Office hours")),
        InlinePanel(
            "closures",
            heading=_("Closures"),
            label=_("Closure"),
            help_text=_("Holidays and other times when the office stays closed."),
        ),
        InlinePanel(
            "special_dates",
            heading=_("Special dates"),
            label=_("Special date"),
            help_text=_("One-off opening times, e.g. a replacement date after a holiday."),
        ),
    ]
    override_translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("street_address"),
        SynchronizedField("postal_code"),
        SynchronizedField("locality"),
        SynchronizedField("district"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        TranslatableField("transport_hint"),
        SynchronizedField("barrier_free"),
        TranslatableField("accessibility_note"),
        SynchronizedField("by_appointment"),
        TranslatableField("appointment_note"),
        SynchronizedField("opens_on_holidays"),
        SynchronizedField("hours"),
        TranslatableField("closures"),
        SynchronizedField("special_dates"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("Office")
        verbose_name_plural = _("Offices")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError({"longitude": _("Give both latitude and longitude, or neither.")})

    def save(self, *args, **kwargs):
        # Wagtail's copy_for_translation moves only direct children into the new locale
        # (wagtail#14425); nested translatable children always share their office's.
        if self.locale_id is None:
            self.locale = self.get_default_locale()
        for closure in self.closures.all():
            closure.locale_id = self.locale_id
        super().save(*args, **kwargs)


class OfficeHours(ClusterableModel, Orderable):
    """A regular slot: on some weekdays every week, or on one weekday of each month."""

    office = ParentalKey(Office, related_name="hours", on_delete=models.CASCADE)
    kind = models.CharField(
        _("Repeats"), max_length=10, choices=HoursKind.choices, default=HoursKind.WEEKLY
    )
    monday = models.BooleanField(_("Mon"), default=False)
    tuesday = models.BooleanField(_("Tue"), default=False)
    wednesday = models.BooleanField(_("Wed"), default=False)
    thursday = models.BooleanField(_("Thu"), default=False)
    friday = models.BooleanField(_("Fri"), default=False)
    saturday = models.BooleanField(_("Sat"), default=False)
    sunday = models.BooleanField(_("Sun"), default=False)
    ordinal = models.SmallIntegerField(
        _("Which week of the month"), choices=Ordinal.choices, null=True, blank=True
    )
    weekday = models.PositiveSmallIntegerField(
        _("Day of the week"), choices=Weekday.choices, null=True, blank=True
    )
    opens = models.TimeField(_("Opens"))
    closes = models.TimeField(_("Closes"))
    languages = ParentalManyToManyField(
        "snippets.SpokenLanguage",
        verbose_name=_("Languages offered"),
        blank=True,
        help_text=_("Languages in which people are advised in this slot."),
    )
    mediator = models.BooleanField(
        _("Language mediator"),
        default=False,
        help_text=_("A volunteer language mediator is usually present."),
    )
    by_appointment = models.BooleanField(
        _("Only by appointment"), default=False, help_text=_("This slot needs an appointment.")
    )
    valid_from = models.DateField(_("Valid from"), null=True, blank=True)
    valid_until = models.DateField(_("Valid until"), null=True, blank=True)

    panels = [
        FieldPanel("kind"),
        FieldRowPanel(
            [FieldPanel(name) for name in WEEKDAY_FIELDS],
            heading=_("Weekdays (every week)"),
        ),
        FieldRowPanel(
            [FieldPanel("ordinal"), FieldPanel("weekday")],
            heading=_("Day of the month (once a month)"),
            help_text=_('e.g. "first" and "Thursday" for every first Thursday'),
        ),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("languages"),
        FieldRowPanel([FieldPanel("mediator"), FieldPanel("by_appointment")]),
        FieldRowPanel(
            [FieldPanel("valid_from"), FieldPanel("valid_until")],
            help_text=_("Leave empty if the slot applies until further notice."),
        ),
    ]
    override_translatable_fields = [
        SynchronizedField("kind"),
        *(SynchronizedField(name) for name in WEEKDAY_FIELDS),
        SynchronizedField("ordinal"),
        SynchronizedField("weekday"),
        SynchronizedField("opens"),
        SynchronizedField("closes"),
        SynchronizedField("languages"),
        SynchronizedField("mediator"),
        SynchronizedField("by_appointment"),
        SynchronizedField("valid_from"),
        SynchronizedField("valid_until"),
    ]

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("Office hours")
        verbose_name_plural = _("Office hours")

    @property
    def weekdays(self) -> tuple[int, ...]:
        """The weekdays (Monday = 0) of a weekly slot."""
        return tuple(day for day, name in enumerate(WEEKDAY_FIELDS) if getattr(self, name))

    def clean(self) -> None:
        super().clean()
        check_times(self.opens, self.closes)
        if self.kind == HoursKind.WEEKLY:
            if not self.weekdays:
                raise ValidationError(_("Tick at least one weekday."))
            if self.ordinal is not None or self.weekday is not None:
                raise ValidationError(
                    {"ordinal": _("A weekly slot has no day of the month; tick weekdays.")}
                )
        elif self.kind == HoursKind.MONTHLY:
            if self.ordinal is None or self.weekday is None:
                raise ValidationError(
                    {"weekday": _("Choose the week of the month and the day of the week.")}
                )
            if self.weekdays:
                raise ValidationError(
                    {"weekday": _("A monthly slot has no weekly weekdays; untick them.")}
                )
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("The end must not be before the start.")})


class OfficeClosure(TranslatableMixin, Orderable):
    """A period in which the office stays closed, whatever its regular hours say."""

    office = ParentalKey(Office, related_name="closures", on_delete=models.CASCADE)
    starts_on = models.DateField(_("From"))
    ends_on = models.DateField(_("Until"), help_text=_("The last day of the closure."))
    reason = models.CharField(
        _("Reason"), max_length=200, blank=True, help_text=_("e.g. Summer holidays")
    )

    panels = [
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("reason"),
    ]
    override_translatable_fields = [
        SynchronizedField("starts_on"),
        SynchronizedField("ends_on"),
        TranslatableField("reason"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("Closure")
        verbose_name_plural = _("Closures")

    def clean(self) -> None:
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end must not be before the start.")})


class OfficeSpecialDate(ClusterableModel, Orderable):
    """A one-off opening, e.g. a replacement date; a cluster because of its languages."""

    office = ParentalKey(Office, related_name="special_dates", on_delete=models.CASCADE)
    on = models.DateField(_("Date"))
    opens = models.TimeField(_("Opens"))
    closes = models.TimeField(_("Closes"))
    languages = ParentalManyToManyField(
        "snippets.SpokenLanguage", verbose_name=_("Languages offered"), blank=True
    )
    mediator = models.BooleanField(
        _("Language mediator"),
        default=False,
        help_text=_("A volunteer language mediator is usually present."),
    )

    panels = [
        FieldPanel("on"),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("languages"),
        FieldPanel("mediator"),
    ]
    override_translatable_fields = [
        SynchronizedField("on"),
        SynchronizedField("opens"),
        SynchronizedField("closes"),
        SynchronizedField("languages"),
        SynchronizedField("mediator"),
    ]

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("Special date")
        verbose_name_plural = _("Special dates")

    def clean(self) -> None:
        super().clean()
        check_times(self.opens, self.closes)
