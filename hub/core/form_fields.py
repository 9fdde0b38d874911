"""Field helpers and the error summary that the site's long public forms share (an
initiative entry, a membership application, a registration, the members' forms).

The summary above a form lists every field error with the id to jump to; a list of
checkboxes or radio buttons jumps to its first box, which can take the focus.

A text field with a length limit says so ("up to 500 characters", ``length_limit``): the
browser stops typing at ``maxlength`` and cuts pasted text there, so the person must see
the limit and, with JavaScript, a live count (``hub/static/js/counter.js``). Longer text
sent anyway is refused by the field's own validator, never shortened.
"""

from dataclasses import dataclass

from django import forms
from django.forms import BoundField
from django.utils.translation import gettext_lazy as _


def text_field(
    label, *, required=False, max_length=None, help_text="", rows=None, input_type="text", **attrs
) -> forms.CharField:
    """A text input (or a text area with ``rows``) whose text runs in its own direction."""
    # People type in any script: the text runs in its own direction, not the page's.
    attrs.setdefault("dir", "auto")
    if rows:
        widget = forms.Textarea(attrs={"rows": rows, **attrs})
    else:
        widget = forms.TextInput(attrs)
        widget.input_type = input_type
    return forms.CharField(
        label=label, required=required, max_length=max_length, help_text=help_text, widget=widget
    )


def length_limit(field: BoundField) -> int | None:
    """How many characters a free-text field takes, or None: no limit, or not free text
    (e-mail addresses, web addresses, passwords and hidden fields are not counted)."""
    widget = field.field.widget
    limit = getattr(field.field, "max_length", None)
    if not limit or widget.is_hidden or not isinstance(widget, forms.TextInput | forms.Textarea):
        return None
    return int(limit)


def term_checkboxes(label, help_text="", required=False, required_message=""):
    """Checkboxes for taxonomy terms; the choices are set by the form (in the visitor's
    language)."""
    return forms.MultipleChoiceField(
        label=label,
        required=required,
        help_text=help_text,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": required_message} if required_message else None,
    )


@dataclass
class Fieldset:
    legend: str
    fields: list[BoundField]
    description: str = ""


def error_list(form: forms.Form, summary_labels: dict | None = None) -> list[dict]:
    """Every field error of ``form`` with the id to jump to, for the summary above it."""
    items = []
    for name, errors in form.errors.items():
        if name == "__all__" or name not in form.fields:
            continue
        bound = form[name]
        anchor = bound.auto_id
        if isinstance(bound.field.widget, forms.CheckboxSelectMultiple | forms.RadioSelect):
            anchor = f"{bound.auto_id}_0"
        label = (summary_labels or {}).get(name, bound.label)
        items.extend({"anchor": anchor, "label": label, "message": error} for error in errors)
    return items


class ErrorSummaryMixin:
    """``form.error_list()`` for the template's error summary; ``summary_labels`` gives
    shorter names to fields whose label is a sentence (a consent checkbox)."""

    summary_labels: dict = {"consent": _("Privacy notice")}

    def error_list(self) -> list[dict]:
        return error_list(self, self.summary_labels)
