"""The board's forms: an entry, a reply, a report, hiding, and notification settings.

Texts are plain text (never HTML; see ``board_text``). Categories are offered by slug in
the member's language and stored as the German term; the organisation can only be one
the member belongs to.
"""

from django import forms
from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from hub.core.form_input import ErrorListMixin
from hub.network.board.attachments import (
    ACCEPT,
    clean_filename,
    validate_attachment,
    without_metadata,
)
from hub.network.models import (
    BoardEntry,
    BoardKind,
    Membership,
    NotificationFrequency,
)
from hub.network.models.board import (
    REASON_MAX_LENGTH,
    REPLY_MAX_LENGTH,
    TEXT_MAX_LENGTH,
    TITLE_MAX_LENGTH,
)
from hub.snippets.form_terms import source_terms, term_choices
from hub.snippets.models import Category


def _language_choices() -> list[tuple[str, str]]:
    choices = []
    for code, _name in settings.LANGUAGES:
        info = translation.get_language_info(code)
        choices.append((code, f"{info['name_translated']} ({info['name_local']})"))
    return choices


class EntryForm(ErrorListMixin, forms.Form):
    kind = forms.ChoiceField(
        label=_("What is it?"), choices=BoardKind.choices, widget=forms.RadioSelect
    )
    title = forms.CharField(label=_("Title"), max_length=TITLE_MAX_LENGTH)
    text = forms.CharField(
        label=_("Text"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
        help_text=_("Plain text. Addresses starting with https:// become links."),
    )
    category = forms.ChoiceField(label=_("Field of engagement"), required=False)
    organisation = forms.ChoiceField(label=_("On behalf of"), required=False)
    language = forms.ChoiceField(label=_("Language of the text"))
    expires_on = forms.DateField(
        label=_("Visible until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Optional. After this day the entry leaves the board by itself."),
    )
    attachment = forms.FileField(
        label=_("Attachment"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )
    remove_attachment = forms.BooleanField(label=_("Remove the attachment"), required=False)

    def __init__(self, *args, user, entry: BoardEntry | None = None, **kwargs) -> None:
        self.entry = entry
        self.attachment_type = None
        super().__init__(*args, **kwargs)
        self.fields["title"].widget.attrs["dir"] = "auto"
        self.fields["category"].choices = [("", _("No particular field"))] + term_choices(Category)
        memberships = Membership.objects.filter(user=user).select_related("organisation")
        organisations = {m.organisation_id: m.organisation.title for m in memberships}
        self.fields["organisation"].choices = [("", _("Myself"))] + [
            (str(pk), title) for pk, title in organisations.items()
        ]
        self.fields["attachment"].help_text = _(
            "Optional: PDF, JPEG, PNG, WebP, DOCX, XLSX, ODT or TXT, at most %(size)s MB. "
            "Only members can open it."
        ) % {"size": settings.HUB_BOARD_ATTACHMENT_MB}
        self.fields["language"].choices = _language_choices()
        if entry is None:
            self.initial.setdefault("language", translation.get_language())
            if len(organisations) == 1:
                self.initial.setdefault("organisation", str(next(iter(organisations))))
            del self.fields["remove_attachment"]
        else:
            self.initial.update(
                kind=entry.kind,
                title=entry.title,
                text=entry.text,
                category=entry.category.slug if entry.category else "",
                organisation=str(entry.organisation_id or ""),
                language=entry.language,
                expires_on=entry.expires_on,
            )
            if not entry.attachment:
                del self.fields["remove_attachment"]

    def clean_expires_on(self):
        day = self.cleaned_data.get("expires_on")
        if (
            day
            and day < timezone.localdate()
            and (self.entry is None or day != self.entry.expires_on)
        ):
            raise forms.ValidationError(_("Please choose today or a later day."))
        return day

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            self.attachment_type = validate_attachment(upload)
            if self.attachment_type.image:
                # Members' photos lose GPS position, camera and owner before they are kept.
                upload = without_metadata(upload)
        return upload

    def apply(self, entry: BoardEntry) -> BoardEntry:
        """Copy the cleaned values onto ``entry`` (not saved)."""
        data = self.cleaned_data
        entry.kind = data["kind"]
        entry.title = data["title"]
        entry.text = data["text"]
        terms = source_terms(Category, [data["category"]]) if data.get("category") else []
        entry.category = terms[0] if terms else None
        entry.organisation_id = int(data["organisation"]) if data.get("organisation") else None
        entry.language = data["language"]
        entry.expires_on = data.get("expires_on")
        upload = data.get("attachment")
        if upload:
            entry.attachment_name = clean_filename(upload.name)
            entry.attachment = upload
        elif data.get("remove_attachment"):
            entry.attachment = None
            entry.attachment_name = ""
        return entry


class ReplyForm(ErrorListMixin, forms.Form):
    text = forms.CharField(
        label=_("Your reply"),
        max_length=REPLY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
    )


class ReasonForm(ErrorListMixin, forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
    )

    def clean_reason(self) -> str:
        # Control characters and stray line breaks are gone already (``ErrorListMixin``
        # cleans every text field): a reason of nothing else is no reason.
        reason = self.cleaned_data["reason"]
        if not reason:
            raise forms.ValidationError(_("Please give a reason."))
        return reason


class ReportForm(ReasonForm):
    reason = forms.CharField(
        label=_("What is wrong with this entry?"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
        help_text=_("Only the editors read this."),
    )


class HideForm(ReasonForm):
    reason = forms.CharField(
        label=_("Reason for hiding"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
        help_text=_("The author reads this, on the entry and in an e-mail."),
    )


class PreferencesForm(ErrorListMixin, forms.Form):
    """One choice per kind of entry."""

    def __init__(self, *args, frequencies: dict[str, str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for kind, label in BoardKind.choices:
            self.fields[kind] = forms.ChoiceField(
                label=pgettext_lazy("board notifications", "New entries: %(kind)s")
                % {"kind": label},
                choices=NotificationFrequency.choices,
                widget=forms.RadioSelect,
                initial=frequencies.get(kind),
            )
