"""The registration form shown on a date's page.

It only validates; ``views`` hands the cleaned data to ``hub.events.services.register``.
Interpretation can be asked for only when the event offers it: into one of the event's
languages (named in the visitor's language) or into another language typed in.
"""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from hub.core.antispam import AntiSpamForm
from hub.core.form_fields import ErrorSummaryMixin
from hub.core.i18n import language_choices
from hub.events.models import EventPage
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
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("We send you a link to confirm your registration."),
    )
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    language = forms.ChoiceField(label=_("Language for e-mails"), choices=())
    interpretation_into = forms.ChoiceField(
        label=_("Interpretation into"), required=False, choices=()
    )
    interpretation_other = forms.CharField(
        label=_("Other language for interpretation"),
        max_length=100,
        required=False,
        help_text=_("Only if your language is not in the list."),
    )
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("e.g. step-free access, sign language, a seat near the front"),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that my details are stored to organise this event and deleted "
            "afterwards, as described in the privacy notice."
        ),
        error_messages={"required": _("Please agree to the privacy notice.")},
    )

    def __init__(self, *args, page: EventPage, **kwargs) -> None:
        super().__init__(*args, **kwargs)
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
        return cleaned

    def registrant(self) -> Registrant:
        data = self.cleaned_data
        return Registrant(
            name=data["name"],
            email=data["email"],
            organisation=data.get("organisation", ""),
            interpretation_into=data.get("interpretation", ""),
            accessibility_needs=data.get("accessibility_needs", ""),
        )

    # --- rendering ----------------------------------------------------------------

    def visible(self) -> list[forms.BoundField]:
        return [self[name] for name in self.fields if name not in ("homepage", "form_started")]
