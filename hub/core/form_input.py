"""What every form of the site does to its input before validating it.

``CleanInputFormMixin`` is part of the base classes of the public forms
(``hub.core.antispam.AntiSpamForm``) and of the members' forms
(``ErrorListMixin`` below), so a new form gets it without asking:

- every text field is cleaned by ``hub.core.text``: single-line fields (names, titles,
  organisations, subjects — anything not shown as a text area) lose control characters,
  line breaks and bidi controls and get single spaces, so nothing typed can add an
  e-mail header or turn a page title around; text areas keep their line breaks and lose
  the rest. The cleaning happens on the submitted data, before length limits are
  checked, and a re-rendered form shows the cleaned text.
- every e-mail field also checks that mail can be sent to the address
  (``hub.core.email_address.validate_deliverable``).

Passwords are left exactly as typed.
"""

from django import forms

from hub.core.digits import NativeDigitsFormMixin
from hub.core.email_address import validate_deliverable
from hub.core.form_fields import ErrorSummaryMixin
from hub.core.text import multi_line, single_line


def clean_text_value(field: forms.Field, value):
    """``value`` as the text field ``field`` keeps it (other fields: unchanged)."""
    if not isinstance(value, str) or not isinstance(field, forms.CharField):
        return value
    if isinstance(field.widget, forms.PasswordInput):
        return value
    return multi_line(value) if isinstance(field.widget, forms.Textarea) else single_line(value)


class CleanInputFormMixin:
    """Cleans text fields and checks e-mail addresses; see the module docstring."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.EmailField) and validate_deliverable not in field.validators:
                # The form's own copy of the field: the class's list stays untouched.
                field.validators = [*field.validators, validate_deliverable]

    def full_clean(self):
        if self.is_bound:
            data = self.data.copy()
            for name, field in self.fields.items():
                key = self.add_prefix(name)
                if key not in data or not isinstance(field, forms.CharField):
                    continue
                if hasattr(data, "setlist"):
                    data.setlist(key, [clean_text_value(field, v) for v in data.getlist(key)])
                else:
                    data[key] = clean_text_value(field, data[key])
            self.data = data
        super().full_clean()


class ErrorListMixin(ErrorSummaryMixin, CleanInputFormMixin, NativeDigitsFormMixin):
    """The members' forms: every field error with the id to jump to, for the summary
    above the form. (Also reads times, dates and numbers typed in Arabic-Indic or Persian
    digits, and cleans text and e-mail input as every form of the site does.)"""
