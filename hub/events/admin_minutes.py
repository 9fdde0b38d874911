"""The editors' "Minutes" of one date, in the Wagtail admin next to "Cancel this date".

The text is rich text (Wagtail's editor, so it is stored cleaned); documents are uploaded
here and saved into the Members collection, whose privacy keeps them from the public.
Same permission as the dates themselves (``can_edit_dates``).
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.rich_text import get_rich_text_editor_widget
from wagtail.documents import get_document_model

from hub.core.members_only import members_collection
from hub.events.admin_occurrences import _event_and_occurrence, dates_url
from hub.events.models import MeetingMinutes
from hub.events.models.minutes import MINUTES_FEATURES


class MinutesForm(forms.ModelForm):
    new_document = forms.FileField(
        label=_("Add a document"),
        required=False,
        help_text=_("Only members and editors can download it."),
    )
    new_document_title = forms.CharField(
        label=_("Title of the document"), max_length=255, required=False
    )
    remove_documents = forms.ModelMultipleChoiceField(
        label=_("Remove documents"),
        queryset=get_document_model().objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = MeetingMinutes
        fields = ["text"]
        widgets = {"text": get_rich_text_editor_widget(features=MINUTES_FEATURES)}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["remove_documents"].queryset = self.instance.documents.all()
        else:
            del self.fields["remove_documents"]

    def clean_new_document(self):
        upload = self.cleaned_data.get("new_document")
        if upload is None:
            return None
        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        if extension not in settings.WAGTAILDOCS_EXTENSIONS:
            raise ValidationError(
                _("Allowed file types: %(types)s.")
                % {"types": ", ".join(settings.WAGTAILDOCS_EXTENSIONS)}
            )
        if upload.size > settings.WAGTAILDOCS_MAX_UPLOAD_SIZE:
            raise ValidationError(_("The file is too large."))
        return upload


def save_minutes(form: MinutesForm, occurrence, user) -> MeetingMinutes:
    minutes = form.save(commit=False)
    minutes.occurrence = occurrence
    minutes.author = user
    minutes.updated_at = timezone.now()
    minutes.save()
    for document in form.cleaned_data.get("remove_documents") or []:
        minutes.documents.remove(document)
        document.delete()
    upload = form.cleaned_data.get("new_document")
    if upload is not None:
        title = form.cleaned_data.get("new_document_title") or upload.name
        document = get_document_model()(
            title=title, file=upload, collection=members_collection(), uploaded_by_user=user
        )
        document.file_size = upload.size
        document.save()
        minutes.documents.add(document)
    return minutes


def minutes_view(request: HttpRequest, pk: int) -> HttpResponse:
    page, occurrence = _event_and_occurrence(request, pk)
    instance = MeetingMinutes.objects.filter(occurrence=occurrence).first()
    form = MinutesForm(request.POST or None, request.FILES or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        save_minutes(form, occurrence, request.user)
        messages.success(request, _("The minutes are saved; members can read them now."))
        return redirect(dates_url(page))
    return TemplateResponse(
        request,
        "events/admin/minutes_form.html",
        {"page": page, "occurrence": occurrence, "form": form, "minutes": instance},
    )


@hooks.register("register_admin_urls")
def register_minutes_urls():
    return [path("events/dates/minutes/<int:pk>/", minutes_view, name="events_minutes")]
