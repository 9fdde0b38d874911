"""An office of the organisation and when it is open: the office itself, its regular
slots (weekly or monthly), temporary closures and one-off special dates."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from hub.core.contact_input import clean_postal_code
from hub.core.form_input import ErrorListMixin
from hub.network.models import (
    BarrierFree,
    HoursKind,
    Office,
    OfficeHours,
    OfficeSpecialDate,
    Ordinal,
    Weekday,
)
from hub.network.models.offices import WEEKDAY_FIELDS
from hub.network.selfservice.forms.rows import (
    DateInput,
    KeyedForm,
    LanguageChoicesMixin,
    TimeInput,
    model_errors,
)
from hub.snippets.form_terms import source_terms, term_choices
from hub.snippets.models import District


class OfficeForm(ErrorListMixin, forms.Form):
    name = forms.CharField(
        label=_("Name"), max_length=120, help_text=_("e.g. Beratungsstelle Nordstadt")
    )
    street_address = forms.CharField(label=_("Street and number"), max_length=200, required=False)
    postal_code = forms.CharField(label=_("Postal code"), max_length=12, required=False)
    locality = forms.CharField(label=_("Town"), max_length=100, required=False)
    district = forms.ChoiceField(label=_("District"), required=False)
    transport_hint = forms.CharField(
        label=_("Public transport"),
        max_length=200,
        required=False,
        help_text=_("e.g. Tram 4, stop Nordplatz, then two minutes on foot"),
    )
    barrier_free = forms.ChoiceField(
        label=_("Barrier-free access"), choices=BarrierFree.choices, widget=forms.RadioSelect
    )
    accessibility_note = forms.CharField(
        label=_("Note on access"),
        max_length=200,
        required=False,
        help_text=_("e.g. ramp at the back entrance, lift to the first floor"),
    )
    by_appointment = forms.BooleanField(
        label=_("Also by appointment"),
        required=False,
        help_text=_('Shows "and by appointment" next to the office hours.'),
    )
    appointment_note = forms.CharField(
        label=_("How to make an appointment"),
        max_length=200,
        required=False,
        help_text=_("e.g. by phone Monday to Thursday"),
    )
    latitude = forms.DecimalField(
        label=_("Latitude"), required=False, max_digits=9, decimal_places=6, localize=False
    )
    longitude = forms.DecimalField(
        label=_("Longitude"), required=False, max_digits=9, decimal_places=6, localize=False
    )

    FIELDS = (
        "name",
        "street_address",
        "postal_code",
        "locality",
        "transport_hint",
        "barrier_free",
        "accessibility_note",
        "by_appointment",
        "appointment_note",
        "latitude",
        "longitude",
    )

    def __init__(self, *args, office: Office | None = None, **kwargs) -> None:
        if office is not None and "initial" not in kwargs:
            initial = {name: getattr(office, name) for name in self.FIELDS}
            initial["district"] = office.district.slug if office.district else ""
            kwargs["initial"] = initial
        super().__init__(*args, **kwargs)
        self.fields["district"].choices = [("", _("— none —")), *term_choices(District)]
        self.fields["barrier_free"].initial = BarrierFree.UNKNOWN

    def clean_postal_code(self) -> str:
        return clean_postal_code(self.cleaned_data["postal_code"])

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("latitude") is None) != (cleaned.get("longitude") is None):
            self.add_error("longitude", _("Give both latitude and longitude, or neither."))
        return cleaned

    def apply(self, office: Office) -> None:
        for name in self.FIELDS:
            value = self.cleaned_data[name]
            if value is None and name not in ("latitude", "longitude"):
                value = ""
            setattr(office, name, value)
        slug = self.cleaned_data["district"]
        terms = source_terms(District, [slug]) if slug else []
        office.district = terms[0] if terms else None


class SlotForm(LanguageChoicesMixin, ErrorListMixin, forms.Form):
    """One regular slot: some weekdays every week, or one weekday of each month."""

    kind = forms.ChoiceField(
        label=_("Repeats"),
        choices=HoursKind.choices,
        initial=HoursKind.WEEKLY,
        widget=forms.RadioSelect,
    )
    days = forms.TypedMultipleChoiceField(
        label=_("Weekdays (every week)"),
        choices=Weekday.choices,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    ordinal = forms.TypedChoiceField(
        label=_("Which week of the month"),
        choices=[("", "—"), *Ordinal.choices],
        coerce=int,
        empty_value=None,
        required=False,
    )
    weekday = forms.TypedChoiceField(
        label=_("Day of the week"),
        choices=[("", "—"), *Weekday.choices],
        coerce=int,
        empty_value=None,
        required=False,
    )
    opens = forms.TimeField(label=_("Opens"), widget=TimeInput())
    closes = forms.TimeField(label=_("Closes"), widget=TimeInput())
    languages = forms.MultipleChoiceField(
        label=_("Languages offered"), required=False, widget=forms.CheckboxSelectMultiple
    )
    mediator = forms.BooleanField(
        label=_("A volunteer language mediator is usually present."), required=False
    )
    by_appointment = forms.BooleanField(label=_("Only by appointment"), required=False)
    valid_from = forms.DateField(label=_("Valid from"), required=False, widget=DateInput())
    valid_until = forms.DateField(label=_("Valid until"), required=False, widget=DateInput())

    @staticmethod
    def initial_for(row: OfficeHours) -> dict:
        return {
            "kind": row.kind,
            "days": list(row.weekdays),
            "ordinal": row.ordinal,
            "weekday": row.weekday,
            "opens": row.opens,
            "closes": row.closes,
            "languages": [language.slug for language in row.languages.all()],
            "mediator": row.mediator,
            "by_appointment": row.by_appointment,
            "valid_from": row.valid_from,
            "valid_until": row.valid_until,
        }

    def build(self) -> OfficeHours:
        data = self.cleaned_data
        monthly = data["kind"] == HoursKind.MONTHLY
        row = OfficeHours(
            kind=data["kind"],
            ordinal=data["ordinal"] if monthly else None,
            weekday=data["weekday"] if monthly else None,
            opens=data["opens"],
            closes=data["closes"],
            mediator=data["mediator"],
            by_appointment=data["by_appointment"],
            valid_from=data["valid_from"],
            valid_until=data["valid_until"],
        )
        for day, name in enumerate(WEEKDAY_FIELDS):
            setattr(row, name, not monthly and day in data["days"])
        return row

    def clean(self):
        cleaned = super().clean()
        if self.errors or not cleaned.get("kind"):
            return cleaned
        try:
            self.build().clean()
        except ValidationError as error:
            if hasattr(error, "error_dict") and "ordinal" in error.error_dict:
                self.add_error("days", error.error_dict.pop("ordinal"))
            model_errors(self, error)
        return cleaned


class ClosureForm(KeyedForm):
    FIELDS = ("starts_on", "ends_on", "reason")

    starts_on = forms.DateField(label=_("From"), widget=DateInput())
    ends_on = forms.DateField(
        label=_("Until"), widget=DateInput(), help_text=_("The last day of the closure.")
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=200,
        required=False,
        help_text=_("e.g. Summer holidays"),
    )

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The end must not be before the start."))
        return cleaned


class SpecialDateForm(LanguageChoicesMixin, ErrorListMixin, forms.Form):
    on = forms.DateField(label=_("Date"), widget=DateInput())
    opens = forms.TimeField(label=_("Opens"), widget=TimeInput())
    closes = forms.TimeField(label=_("Closes"), widget=TimeInput())
    languages = forms.MultipleChoiceField(
        label=_("Languages offered"), required=False, widget=forms.CheckboxSelectMultiple
    )
    mediator = forms.BooleanField(
        label=_("A volunteer language mediator is usually present."), required=False
    )

    @staticmethod
    def initial_for(row: OfficeSpecialDate) -> dict:
        return {
            "on": row.on,
            "opens": row.opens,
            "closes": row.closes,
            "languages": [language.slug for language in row.languages.all()],
            "mediator": row.mediator,
        }

    def clean(self):
        cleaned = super().clean()
        opens, closes = cleaned.get("opens"), cleaned.get("closes")
        if opens and closes and closes <= opens:
            self.add_error("closes", _("The closing time must be after the opening time."))
        return cleaned
