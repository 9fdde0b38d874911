"""Plain forms for the members' pages, one per part of the profile.

Every form reads from and writes to in-memory objects of the organisation's latest
draft (``apply``); saving and review are ``hub.network.review``'s job. Taxonomy choices
carry slugs and are shown in the member's language; the page links the German rows.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from hub.core.contact_input import clean_phone, clean_postal_code
from hub.core.digits import NativeDigitsFormMixin
from hub.core.form_input import CleanInputFormMixin
from hub.core.rich_text import richtext_to_text, same_text, text_to_richtext
from hub.network.models import (
    BarrierFree,
    ContactPerson,
    HoursKind,
    MemberRole,
    Office,
    OfficeHours,
    OfficeSpecialDate,
    Ordinal,
    OrganisationKind,
    Weekday,
)
from hub.network.models.offices import WEEKDAY_FIELDS
from hub.snippets.models import Category, District, SpokenLanguage
from hub.snippets.terms import linked_slugs, source_terms, term_choices


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%d")


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self) -> None:
        super().__init__(format="%H:%M")


class ErrorListMixin(CleanInputFormMixin, NativeDigitsFormMixin):
    """Every field error with the id to jump to, for the summary above the form.

    (Also reads times, dates and numbers typed in Arabic-Indic or Persian digits, and
    cleans text and e-mail input as every form of the site does: ``hub.core.form_input``.)
    """

    def error_list(self) -> list[dict]:
        items = []
        for name, errors in self.errors.items():
            if name == "__all__" or name not in self.fields:
                continue
            bound = self[name]
            anchor = bound.auto_id
            if isinstance(bound.field.widget, forms.CheckboxSelectMultiple | forms.RadioSelect):
                anchor = f"{bound.auto_id}_0"
            items.extend({"anchor": anchor, "label": bound.label, "message": e} for e in errors)
        return items


def model_errors(form: forms.Form, error: ValidationError) -> None:
    """Put a model's ``clean()`` errors on the form's fields of the same name."""
    if hasattr(error, "error_dict"):
        for name, messages in error.message_dict.items():
            form.add_error(name if name in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)


# --- profile ------------------------------------------------------------------------


class ProfileForm(ErrorListMixin, forms.Form):
    summary = forms.CharField(
        label=_("Short description"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences for the directory listing."),
    )
    description = forms.CharField(
        label=_("Description"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("What you offer and for whom. An empty line starts a new paragraph."),
    )
    kind = forms.ChoiceField(label=_("Kind of organisation"), choices=OrganisationKind.choices)
    services = forms.MultipleChoiceField(
        label=_("Services"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The fields in which the organisation helps."),
    )
    website = forms.URLField(
        label=_("Website"),
        required=False,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"placeholder": "https://"}),
    )

    def __init__(self, *args, page=None, **kwargs) -> None:
        if page is not None and "initial" not in kwargs:
            kwargs["initial"] = {
                "summary": page.summary,
                "description": richtext_to_text(page.description),
                "kind": page.kind,
                "services": linked_slugs(page, "services"),
                "website": page.website,
            }
        super().__init__(*args, **kwargs)
        self.fields["services"].choices = term_choices(Category)

    def apply(self, page) -> None:
        data = self.cleaned_data
        page.summary = data["summary"]
        if not same_text(richtext_to_text(page.description), data["description"]):
            page.description = text_to_richtext(data["description"])
        page.kind = data["kind"]
        page.website = data["website"]
        if set(data["services"]) != set(linked_slugs(page, "services")):
            page.services = source_terms(Category, data["services"])


# --- office -------------------------------------------------------------------------


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


class LanguageChoicesMixin:
    """Offers the spoken languages in the member's language in the ``languages`` field."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["languages"].choices = term_choices(SpokenLanguage)


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


class KeyedForm(ErrorListMixin, forms.Form):
    """A row that has text for translators: it keeps its ``translation_key`` across
    edits, so wagtail-localize keeps its translations."""

    key = forms.UUIDField(required=False, widget=forms.HiddenInput)

    FIELDS: tuple[str, ...] = ()

    @classmethod
    def initial_for(cls, row) -> dict:
        return {"key": row.translation_key, **{name: getattr(row, name) for name in cls.FIELDS}}

    def update(self, row) -> None:
        for name in self.FIELDS:
            setattr(row, name, self.cleaned_data[name])


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


class ContactForm(LanguageChoicesMixin, KeyedForm):
    FIELDS = ("name", "role", "email", "phone")

    name = forms.CharField(label=_("Name"), max_length=120)
    role = forms.CharField(
        label=_("Role"), max_length=120, required=False, help_text=_("e.g. Social counselling")
    )
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def clean_phone(self) -> str:
        return clean_phone(self.cleaned_data["phone"])

    @classmethod
    def initial_for(cls, row: ContactPerson) -> dict:
        initial = super().initial_for(row)
        initial["languages"] = [language.slug for language in row.languages.all()]
        return initial

    def update(self, row: ContactPerson) -> None:
        super().update(row)
        row.languages = source_terms(SpokenLanguage, self.cleaned_data["languages"])


def rows_formset(form_class, prefix: str, data=None, rows=(), extra: int = 1):
    """A formset of ``form_class`` prefilled from ``rows``; one empty row to add another."""
    formset_class = forms.formset_factory(form_class, extra=extra, can_delete=True)
    return formset_class(data, prefix=prefix, initial=[form_class.initial_for(r) for r in rows])


def kept_forms(formset) -> list[forms.Form]:
    """The filled-in rows not ticked for removal, in their order on the page."""
    removed = {id(form) for form in formset.deleted_forms}
    return [form for form in formset.forms if form.cleaned_data and id(form) not in removed]


# --- members -------------------------------------------------------------------------


class InviteForm(ErrorListMixin, forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    email = forms.EmailField(label=_("E-mail"))
    role = forms.ChoiceField(
        label=pgettext_lazy("membership", "Role"),
        choices=MemberRole.choices,
        initial=MemberRole.EDITOR,
        widget=forms.RadioSelect,
        help_text=_(
            "Editors change the profile. Organisation admins can also invite and remove colleagues."
        ),
    )
    language = forms.ChoiceField(
        label=_("Language of the invitation"),
        help_text=_("The e-mails to this person will be in this language."),
    )

    def __init__(self, *args, languages=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = list(languages)
