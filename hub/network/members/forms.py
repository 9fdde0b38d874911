"""The member's own profile form (each detail with its visibility) and the password check
before an account is deleted."""

from __future__ import annotations

from django import forms
from django.contrib.auth import authenticate
from django.utils.translation import gettext_lazy as _

from hub.core.contact_input import clean_phone
from hub.core.form_input import ErrorListMixin
from hub.core.security.login_throttle import lockout_error
from hub.network.models import MemberProfile, Visibility
from hub.network.models.member_profiles import VISIBLE_FIELDS
from hub.snippets.form_terms import source_terms, term_choices
from hub.snippets.models import SpokenLanguage

VISIBILITY_HELP = {
    "role": _("Your function is shown to members unless you hide it."),
    "email": _(
        "Your e-mail address and phone number stay private until you choose to show them: "
        "then members can contact you directly."
    ),
    "phone": _("Hidden unless you show it. Members then see it and can call you."),
    "languages": _("Shown to members so that they find someone who speaks a language."),
    "can_help_with": _("Shown to members unless you hide it."),
}


def _visibility_field() -> forms.ChoiceField:
    return forms.ChoiceField(
        label=_("Who can see this"), choices=Visibility.choices, widget=forms.RadioSelect
    )


class MemberProfileForm(ErrorListMixin, forms.ModelForm):
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken"), required=False, widget=forms.CheckboxSelectMultiple
    )
    role_visibility = _visibility_field()
    email_visibility = _visibility_field()
    phone_visibility = _visibility_field()
    languages_visibility = _visibility_field()
    can_help_with_visibility = _visibility_field()

    class Meta:
        model = MemberProfile
        fields = [
            "display_name",
            "role",
            "role_visibility",
            "email",
            "email_visibility",
            "phone",
            "phone_visibility",
            "languages_visibility",
            "can_help_with",
            "can_help_with_visibility",
        ]
        widgets = {
            # People write in any script: the text runs in its own direction.
            "display_name": forms.TextInput(attrs={"dir": "auto", "autocomplete": "name"}),
            "role": forms.TextInput(attrs={"dir": "auto"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "dir": "ltr"}),
            "can_help_with": forms.Textarea(attrs={"rows": 4, "dir": "auto", "maxlength": 600}),
        }
        help_texts = {
            "can_help_with": _(
                "A few words for the other members, e.g. “Questions about the asylum "
                "procedure, contacts to language courses”."
            ),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["languages"].choices = term_choices(SpokenLanguage)
        if self.instance.pk and not self.is_bound:
            self.initial["languages"] = [term.slug for term in self.instance.languages.all()]

    def clean_phone(self) -> str:
        return clean_phone(self.cleaned_data["phone"])

    def rows(self) -> list[tuple]:
        """(field, its visibility field or None, help on the default) in display order."""
        order = ["display_name", "role", "email", "phone", "languages", "can_help_with"]
        return [
            (
                self[name],
                self[VISIBLE_FIELDS[name]] if name in VISIBLE_FIELDS else None,
                VISIBILITY_HELP.get(name, ""),
            )
            for name in order
        ]

    def save(self, commit: bool = True) -> MemberProfile:
        profile = super().save(commit=commit)
        profile.languages.set(source_terms(SpokenLanguage, self.cleaned_data["languages"]))
        return profile


class DeleteAccountForm(ErrorListMixin, forms.Form):
    """The account's password, so that nobody at an unlocked computer deletes it.

    Checked through ``authenticate()`` like a login, so that the same throttle counts and
    refuses (``hub.core.security.login_throttle``): an unlocked computer is no place to
    guess passwords.
    """

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, request, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self.request = request

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        checked = authenticate(self.request, username=self.user.get_username(), password=password)
        if checked is not None and checked.pk == self.user.pk:
            return password
        error = lockout_error(self.request)
        if error is not None:
            raise error
        raise forms.ValidationError(
            _("This is not the password of your account."), code="wrong_password"
        )
