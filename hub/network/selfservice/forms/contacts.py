"""The organisation's contact persons, one row each."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from hub.core.contact_input import clean_phone
from hub.network.models import ContactPerson
from hub.network.selfservice.forms.rows import KeyedForm, LanguageChoicesMixin
from hub.snippets.form_terms import source_terms
from hub.snippets.models import SpokenLanguage


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
