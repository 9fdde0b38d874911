"""The registration form shown on a date's page.

It only validates; ``views`` hands the cleaned data to ``hub.events.services.register``.
Interpretation can be asked for only when the event offers it: into one of the event's
languages (named in the visitor's language) or into another language typed in. One
registration may be for several people (a family), up to the event's limit.

Fields carry ``autocomplete`` tokens so that a phone fills in name and address, and texts
run in their own direction (``dir="auto"``): a name in Arabic script inside a German page.
"""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from hub.core.antispam import AntiSpamForm
from hub.core.digits import native_digits
from hub.core.form_fields import ErrorSummaryMixin, text_field
from hub.core.i18n import language_choices
from hub.events.models import EventPage
from hub.events.seats import party_size_error
from hub.events.services import Registrant
from hub.snippets.models import SpokenLanguage

OTHER = "other"


def interpretation_terms(page: EventPage) -> list[SpokenLanguage]:
    """The event's spoken languages in the visitor's locale (the source term where a
    translation is missing)."""
    source_terms = list(page.spoken_languages.all())
    keys = [term.translation_key for term in source_terms]
    local = {
        term.translation_key: term
        for term in SpokenLanguage.objects.filter(
            translation_key__in=keys, locale=Locale.get_active()
        )
    }
    return [local.get(term.translation_key, term) for term in source_terms]


def editor_name(term: SpokenLanguage) -> str:
    """The term as the editors read it: its name in the site's source language."""
    source = SpokenLanguage.objects.filter(
        translation_key=term.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    return (source or term).name


class RegistrationForm(ErrorSummaryMixin, AntiSpamForm):
    name = text_field(_("Your name"), required=True, max_length=120, autocomplete="name")
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("We send you a link to confirm your registration."),
        # Addresses are Latin script whatever the page's direction.
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    party_size = forms.IntegerField(
        label=_("Number of people"),
        initial=1,
        required=False,  # left empty: the person comes alone
        # A text box, not type=number: it takes the digits people type (٣ or ۳ as well).
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "size": 3}),
    )
    organisation = text_field(_("Organisation"), max_length=200, autocomplete="organization")
    language = forms.ChoiceField(
        label=_("Language for e-mails"),
        choices=(),
        widget=forms.Select(attrs={"autocomplete": "language"}),
    )
    interpretation_into = forms.ChoiceField(
        label=_("Interpretation into"), required=False, choices=()
    )
    interpretation_other = text_field(
        _("Other language for interpretation"),
        max_length=100,
        help_text=_("Only if your language is not in the list."),
        autocomplete="off",
    )
    accessibility_needs = text_field(
        _("Accessibility needs"),
        max_length=1000,
        rows=3,
        help_text=_("e.g. step-free access, sign language, a seat near the front"),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that my details are stored to organise this event and deleted "
            "afterwards, as described in the privacy notice."
        ),
        error_messages={"required": _("Please agree to the privacy notice.")},
    )

    def __init__(self, *args, page: EventPage, largest_party: int = 1, **kwargs) -> None:
        """``largest_party``: people one registration may be for on this date
        (``hub.events.seats.max_party_size``); at 1 the field is left out."""
        super().__init__(*args, **kwargs)
        self.largest_party = largest_party
        if largest_party > 1:
            party = self.fields["party_size"]
            help_text = _(
                "Including yourself, e.g. for a family: up to %(largest)s people per registration."
            )
            party.help_text = native_digits(help_text % {"largest": largest_party})
            message = party_size_error(0, largest_party)
            party.error_messages["invalid"] = message
        else:
            del self.fields["party_size"]
        self.fields["language"].choices = language_choices()
        self.fields["language"].initial = translation.get_language()
        self.terms = {term.code: term for term in interpretation_terms(page)}
        if page.interpretation:
            self.fields["interpretation_into"].choices = [
                ("", _("No interpretation needed")),
                *[(code, term.name) for code, term in self.terms.items()],
                (OTHER, _("Another language (please type it in)")),
            ]
        else:
            del self.fields["interpretation_into"]
            del self.fields["interpretation_other"]

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()

    def clean_party_size(self) -> int:
        size = self.cleaned_data["party_size"]
        if size is None:
            return 1
        if message := party_size_error(size, self.largest_party):
            raise forms.ValidationError(message, code="party_size")
        return size

    def clean(self):
        cleaned = super().clean()
        if "interpretation_into" in self.fields:
            choice = cleaned.get("interpretation_into", "")
            other = (cleaned.get("interpretation_other") or "").strip()
            if choice == OTHER and not other:
                self.add_error("interpretation_other", _("Please type in the language you need."))
            cleaned["interpretation"] = (
                other
                if choice == OTHER or (other and not choice)
                else editor_name(self.terms[choice])
                if choice in self.terms
                else ""
            )
            cleaned["interpretation_code"] = choice if choice in self.terms else ""
        return cleaned

    def registrant(self) -> Registrant:
        data = self.cleaned_data
        return Registrant(
            name=data["name"],
            email=data["email"],
            organisation=data.get("organisation", ""),
            interpretation_into=data.get("interpretation", ""),
            interpretation_code=data.get("interpretation_code", ""),
            accessibility_needs=data.get("accessibility_needs", ""),
            party_size=data.get("party_size") or 1,
        )

    # --- rendering ----------------------------------------------------------------

    def visible(self) -> list[forms.BoundField]:
        return [self[name] for name in self.fields if name not in ("homepage", "form_started")]
