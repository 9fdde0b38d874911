"""What the repeated rows of the "My organisation" forms share: the browser's date and time
pickers, model validation errors on form fields, spoken-language choices, translation
keys that survive an edit, and formsets with an empty row to add another."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from hub.core.form_input import ErrorListMixin
from hub.snippets.form_terms import term_choices
from hub.snippets.models import SpokenLanguage


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%d")


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self) -> None:
        super().__init__(format="%H:%M")


def model_errors(form: forms.Form, error: ValidationError) -> None:
    """Put a model's ``clean()`` errors on the form's fields of the same name."""
    if hasattr(error, "error_dict"):
        for name, messages in error.message_dict.items():
            form.add_error(name if name in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)


class LanguageChoicesMixin:
    """Offers the spoken languages in the member's language in the ``languages`` field."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["languages"].choices = term_choices(SpokenLanguage)


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


def rows_formset(form_class, prefix: str, data=None, rows=(), extra: int = 1):
    """A formset of ``form_class`` prefilled from ``rows``; one empty row to add another."""
    formset_class = forms.formset_factory(form_class, extra=extra, can_delete=True)
    return formset_class(data, prefix=prefix, initial=[form_class.initial_for(r) for r in rows])


def kept_forms(formset) -> list[forms.Form]:
    """The filled-in rows not ticked for removal, in their order on the page."""
    removed = {id(form) for form in formset.deleted_forms}
    return [form for form in formset.forms if form.cleaned_data and id(form) not in removed]
