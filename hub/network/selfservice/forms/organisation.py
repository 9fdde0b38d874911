"""The organisation page's own fields, as its members edit them."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from hub.core.form_input import ErrorListMixin
from hub.core.rich_text import richtext_to_text, same_text, text_to_richtext
from hub.network.models import OrganisationKind
from hub.snippets.form_terms import linked_slugs, source_terms, term_choices
from hub.snippets.models import Category


class OrganisationForm(ErrorListMixin, forms.Form):
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
