"""The public "Become a member" form. It only validates; storing and e-mailing is
``hub.network.applications``' job. Field helpers and the error summary come from
``hub.core.form_fields``, like the initiative entry form's."""

from django import forms
from django.utils.translation import gettext_lazy as _

from hub.core.antispam import AntiSpamForm
from hub.core.contact_input import clean_phone, clean_postal_code
from hub.core.form_fields import ErrorSummaryMixin, Fieldset, term_checkboxes, text_field
from hub.network.models import OrganisationKind
from hub.snippets.form_terms import term_choices
from hub.snippets.models import Category


class MembershipApplicationForm(ErrorSummaryMixin, AntiSpamForm):
    """Who the organisation is and who speaks for it (that person becomes its first
    organisation admin)."""

    # Legend, description, field names: the form's sections in order.
    SECTIONS = [
        (
            _("About the organisation"),
            "",
            ["organisation_name", "kind", "summary", "website"],
        ),
        (
            _("What the organisation offers"),
            _("Tick everything that fits. This is how people find the organisation."),
            ["services"],
        ),
        (
            _("Address"),
            _("Where people can find the organisation. You can add more offices later."),
            ["street_address", "postal_code", "locality"],
        ),
        (
            _("Contact person"),
            _(
                "Not published. After approval this person receives an e-mail to choose a "
                "password and can then keep the organisation's profile up to date."
            ),
            ["contact_name", "email", "phone"],
        ),
        (_("Anything else?"), "", ["message", "consent"]),
    ]

    organisation_name = text_field(
        _("Name of the organisation"), required=True, max_length=200, autocomplete="organization"
    )
    kind = forms.ChoiceField(
        label=_("Kind of organisation"),
        choices=OrganisationKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the kind of organisation.")},
    )
    summary = text_field(
        _("What the organisation does"),
        required=True,
        max_length=1000,
        rows=4,
        help_text=_("A few sentences: for whom, what, since when."),
    )
    website = forms.URLField(
        label=_("Website"),
        required=False,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"autocomplete": "url", "dir": "ltr"}),
    )
    services = term_checkboxes(_("Services"), _("The fields in which the organisation helps."))
    street_address = text_field(
        _("Street and number"), max_length=200, autocomplete="street-address"
    )
    postal_code = text_field(_("Postal code"), max_length=12, autocomplete="postal-code")
    locality = text_field(_("Town"), max_length=100, autocomplete="address-level2")
    contact_name = text_field(_("Your name"), required=True, max_length=120, autocomplete="name")
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
        help_text=_("We send a confirmation there."),
    )
    phone = text_field(_("Phone"), max_length=40, autocomplete="tel", input_type="tel", dir="ltr")
    message = text_field(
        _("Message to the network"),
        max_length=2_000,
        rows=3,
        help_text=_("Anything the editors should know. Not published."),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the network stores and processes these details to decide on the "
            "application, as described in the privacy notice."
        ),
        error_messages={"required": _("Please agree to the privacy notice.")},
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["services"].choices = term_choices(Category)

    def clean_phone(self) -> str:
        return clean_phone(self.cleaned_data["phone"])

    def clean_postal_code(self) -> str:
        return clean_postal_code(self.cleaned_data["postal_code"])

    def fieldsets(self) -> list[Fieldset]:
        return [
            Fieldset(legend=legend, description=description, fields=[self[n] for n in names])
            for legend, description, names in self.SECTIONS
        ]
