"""The correction form: the entry form, prefilled from a listed initiative.

A listed initiative may also say it has ended (with the date), which a new entry cannot.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from taggit.utils import edit_string_for_tags

from hub.core.rich_text import richtext_to_text
from hub.pages.initiatives.submissions.forms import PLAIN_FIELDS, InitiativeForm
from hub.pages.models import InitiativePage
from hub.pages.models.initiatives import InitiativeStatus
from hub.snippets.form_terms import TAXONOMIES, linked_slugs

# Fields the correction form shows as the page has them: the ones a submission writes
# onto the page, and the end date.
PREFILLED = (*PLAIN_FIELDS, "ended_on")


class DateInput(forms.DateInput):
    """The browser's date picker (Django's DateInput is a text input)."""

    input_type = "date"


class CorrectionForm(InitiativeForm):
    """The same form for an initiative that is already listed: it may also have ended."""

    SECTIONS = [
        (legend, description, [*names, "ended_on"] if "status" in names else names)
        for legend, description, names in InitiativeForm.SECTIONS
    ]

    status = forms.ChoiceField(
        label=_("Status"),
        choices=InitiativeStatus.choices,
        widget=forms.RadioSelect,
    )
    ended_on = forms.DateField(
        label=_("Ended on"),
        required=False,
        widget=DateInput(format="%Y-%m-%d"),
        help_text=_("Only if the initiative has ended."),
    )

    def __init__(self, *args, current_image=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.current_image = current_image

    @staticmethod
    def initial_for(page: InitiativePage) -> dict:
        """The form's values for ``page`` as it is live: rich text as plain text."""
        initial = {name: getattr(page, name) for name in PREFILLED}
        initial.update(
            {
                "description": richtext_to_text(page.description),
                "involvement": richtext_to_text(page.involvement),
                "tags": edit_string_for_tags(list(page.tags.all())),
                "submitter_name": page.contact_name,
                "submitter_email": page.contact_email,
            }
        )
        for name in TAXONOMIES:
            initial[name] = linked_slugs(page, name)
        return initial

    @property
    def shows_remove_image(self) -> bool:
        return self.parked is not None or self.current_image is not None

    @property
    def chosen_image(self):
        chosen = super().chosen_image
        if chosen is None and not self.cleaned_data.get("remove_image"):
            return self.current_image
        return chosen

    def clean(self):
        cleaned = super().clean()
        status, ended_on = cleaned.get("status"), cleaned.get("ended_on")
        if status == InitiativeStatus.ENDED and not ended_on and "ended_on" not in self.errors:
            self.add_error("ended_on", _("Give the date on which the initiative ended."))
        if status != InitiativeStatus.ENDED:
            cleaned["ended_on"] = None
        return cleaned
