"""An organisation admin invites a colleague (``hub.network.invitations`` sends it)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from hub.core.form_input import ErrorListMixin
from hub.network.models import MemberRole


class InviteForm(ErrorListMixin, forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    email = forms.EmailField(label=_("E-mail"))
    role = forms.ChoiceField(
        label=pgettext_lazy("membership", "Role"),
        choices=MemberRole.choices,
        initial=MemberRole.EDITOR,
        widget=forms.RadioSelect,
        help_text=_(
            "Editors change the profile. Organisation admins can also invite and remove colleagues."
        ),
    )
    language = forms.ChoiceField(
        label=_("Language of the invitation"),
        help_text=_("The e-mails to this person will be in this language."),
    )

    def __init__(self, *args, languages=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = list(languages)
