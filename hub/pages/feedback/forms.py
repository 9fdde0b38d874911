"""The "Report a barrier" form. Anyone can send it, with or without an e-mail address."""

from django import forms
from django.utils.translation import gettext_lazy as _

from hub.core.antispam import AntiSpamForm
from hub.core.form_fields import ErrorSummaryMixin, text_field


class BarrierReportForm(ErrorSummaryMixin, AntiSpamForm):
    """Where the barrier is and what it is; name and address only for an answer."""

    page_url = text_field(
        _("Where did you find the barrier?"),
        max_length=500,
        dir="ltr",
        help_text=_("The address of the page, or the name of the page or document."),
    )
    description = text_field(
        _("What does not work for you?"),
        required=True,
        max_length=3_000,
        rows=6,
        help_text=_(
            "For example: a PDF that a screen reader cannot read, a button you cannot "
            "reach with the keyboard, a text that is too hard to understand."
        ),
    )
    name = text_field(_("Your name"), max_length=120, autocomplete="name")
    email = forms.EmailField(
        label=_("Your e-mail address"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
        help_text=_("Only if you would like an answer."),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the network uses these details to deal with my report, as "
            "described in the privacy notice."
        ),
        error_messages={"required": _("Please agree to the privacy notice.")},
    )
