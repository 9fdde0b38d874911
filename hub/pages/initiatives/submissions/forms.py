"""The public entry form for initiatives (``correction`` adapts it for listed ones).

Field labels follow the page model so that editors and the public speak of the same
things. The forms only validate; creating pages and records is ``services``' job.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from taggit.utils import parse_tags

from hub.core.antispam import AntiSpamForm
from hub.core.contact_input import clean_phone, clean_postal_code
from hub.core.form_fields import ErrorSummaryMixin, Fieldset, term_checkboxes, text_field
from hub.pages.initiatives.submissions import uploads
from hub.pages.models.initiatives import InitiativeStatus
from hub.snippets.form_terms import TAXONOMIES, term_choices

MAX_TAGS = 10
MAX_TAG_LENGTH = 100

# Fields a submission writes onto the page as they are (the rest needs converting).
PLAIN_FIELDS = (
    "title",
    "summary",
    "time_commitment",
    "requirements",
    "contact_name",
    "contact_email",
    "contact_phone",
    "website",
    "street_address",
    "postal_code",
    "locality",
    "meeting_place",
    "status",
)


class InitiativeForm(ErrorSummaryMixin, AntiSpamForm):
    """What an initiative says about itself, plus who sends it (never published)."""

    # Name, legend, description: the form's sections in order.
    SECTIONS = [
        (
            _("About the initiative"),
            "",
            ["title", "summary", "description", "image", "image_reference", "remove_image"],
        ),
        (
            _("What and where"),
            _("Tick everything that fits. This is how people find the initiative."),
            ["categories", "target_groups", "districts", "spoken_languages", "tags", "status"],
        ),
        (
            _("Getting involved"),
            _("What volunteers can do and what they should bring."),
            ["involvement", "time_commitment", "requirements"],
        ),
        (
            _("Contact"),
            _("Published on the initiative's page. Give at least one way to get in touch."),
            ["contact_name", "contact_email", "contact_phone", "website"],
        ),
        (
            _("Address or meeting place"),
            "",
            ["street_address", "postal_code", "locality", "meeting_place"],
        ),
        (
            _("About you"),
            _(
                "Not published. The editors use it for questions and tell you when the entry is "
                "online."
            ),
            ["submitter_name", "submitter_email", "message", "consent"],
        ),
    ]

    title = text_field(
        _("Name of the initiative"), required=True, max_length=255, autocomplete="organization"
    )
    summary = text_field(
        _("Short summary"),
        required=True,
        max_length=300,
        rows=3,
        help_text=_("One or two sentences for the directory listing."),
    )
    description = text_field(
        _("Description"),
        max_length=10_000,
        rows=8,
        help_text=_(
            "What the initiative does, for whom, since when. "
            "Leave an empty line between paragraphs."
        ),
    )
    image = uploads.SubmissionImageField(label=_("Image or logo"), required=False)
    image_reference = forms.CharField(required=False, widget=forms.HiddenInput)
    remove_image = forms.BooleanField(label=_("Remove the image"), required=False)

    categories = term_checkboxes(
        _("Fields of engagement"),
        _("Choose at least one."),
        required=True,
        required_message=_("Choose at least one field of engagement."),
    )
    target_groups = term_checkboxes(_("Target groups"))
    districts = term_checkboxes(_("Districts"))
    spoken_languages = term_checkboxes(
        _("Languages spoken"), _("Languages in which the initiative can help people.")
    )
    tags = text_field(
        _("Tags"),
        max_length=500,
        help_text=_("Keywords, separated by commas, e.g. homework help, bicycle repair"),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[
            (InitiativeStatus.ACTIVE.value, InitiativeStatus.ACTIVE.label),
            (InitiativeStatus.PAUSED.value, InitiativeStatus.PAUSED.label),
        ],
        initial=InitiativeStatus.ACTIVE.value,
        widget=forms.RadioSelect,
    )

    involvement = text_field(
        _("How to get involved"),
        max_length=5_000,
        rows=5,
        help_text=_("What volunteers can do here."),
    )
    time_commitment = text_field(
        _("Time commitment"), max_length=200, help_text=_("e.g. two hours a week")
    )
    requirements = text_field(
        _("Requirements"),
        max_length=2_000,
        rows=3,
        help_text=_("e.g. an extended certificate of good conduct, a language level"),
    )

    contact_name = text_field(_("Contact person"), max_length=120, autocomplete="name")
    contact_email = forms.EmailField(
        label=_("Contact e-mail"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    contact_phone = text_field(
        _("Contact phone"), max_length=40, autocomplete="tel", input_type="tel", dir="ltr"
    )
    website = forms.URLField(
        label=_("Website"),
        required=False,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"autocomplete": "url", "dir": "ltr"}),
    )

    street_address = text_field(
        _("Street and number"), max_length=200, autocomplete="street-address"
    )
    postal_code = text_field(_("Postal code"), max_length=12, autocomplete="postal-code")
    locality = text_field(_("Town"), max_length=100, autocomplete="address-level2")
    meeting_place = text_field(
        _("Meeting place"), max_length=200, help_text=_("e.g. in the parish hall, first floor")
    )

    submitter_name = text_field(_("Your name"), required=True, max_length=120, autocomplete="name")
    submitter_email = forms.EmailField(
        label=_("Your e-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
        help_text=_("We send a confirmation there."),
    )
    message = text_field(
        _("Message to the editors"),
        max_length=2_000,
        rows=3,
        help_text=_("Anything the editors should know. Not published."),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the editors store and process these details to check and publish "
            "the entry, as described in the privacy notice."
        ),
        error_messages={"required": _("Please agree to the privacy notice.")},
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name, model in TAXONOMIES.items():
            self.fields[name].choices = term_choices(model)
        self.parked: uploads.ParkedUpload | None = None
        self.image_dropped = False
        if self.is_bound:
            self.parked = uploads.unpark(self.data.get(self.add_prefix("image_reference"), ""))

    # --- validation -------------------------------------------------------------

    def clean_contact_phone(self) -> str:
        return clean_phone(self.cleaned_data["contact_phone"])

    def clean_postal_code(self) -> str:
        return clean_postal_code(self.cleaned_data["postal_code"])

    def clean_tags(self) -> list[str]:
        # Arabic and Persian keyboards type the Arabic comma.
        tags = parse_tags(self.cleaned_data["tags"].replace("،", ","))
        if len(tags) > MAX_TAGS:
            raise forms.ValidationError(_("Give at most %(count)d tags.") % {"count": MAX_TAGS})
        if any(len(tag) > MAX_TAG_LENGTH for tag in tags):
            raise forms.ValidationError(
                _("A tag may be at most %(count)d characters long.") % {"count": MAX_TAG_LENGTH}
            )
        return tags

    def clean(self):
        cleaned = super().clean()
        ways = ("contact_email", "contact_phone", "website")
        if not any(cleaned.get(name) for name in ways) and not any(
            name in self.errors for name in ways
        ):
            self.add_error(
                "contact_email",
                _("Give at least one way to get in touch: e-mail, phone or website."),
            )
        return cleaned

    # --- the image --------------------------------------------------------------

    @property
    def chosen_image(self):
        """The new upload if any, else the image kept from an earlier attempt."""
        if not self.is_bound or not hasattr(self, "cleaned_data"):
            return None
        if self.cleaned_data.get("image"):
            return self.cleaned_data["image"]
        if self.cleaned_data.get("remove_image"):
            return None
        return self.parked

    def keep_upload(self, may_park: bool = True) -> None:
        """After failed validation: park a valid new image so that the re-render keeps it.

        With ``may_park`` false (too many uploads from this visitor) a new image is not
        kept and the template asks for it again.
        """
        if self.cleaned_data.get("image"):
            if may_park:
                self.parked = uploads.park(self.cleaned_data["image"])
            else:
                self.image_dropped = True
        elif self.cleaned_data.get("remove_image"):
            self.parked = None
        self.data = self.data.copy()
        self.data[self.add_prefix("image_reference")] = self.parked.reference if self.parked else ""

    # --- rendering --------------------------------------------------------------

    def fieldsets(self) -> list[Fieldset]:
        hidden = {"image_reference"}
        if not self.shows_remove_image:
            hidden.add("remove_image")
        return [
            Fieldset(
                legend=legend,
                description=description,
                fields=[self[name] for name in names if name in self.fields and name not in hidden],
            )
            for legend, description, names in self.SECTIONS
        ]

    @property
    def shows_remove_image(self) -> bool:
        return self.parked is not None
