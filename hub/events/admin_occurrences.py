"""Admin views for single dates: the dates of an event, "Cancel this date", "Move this date".

Reached through a "Dates" button on event pages in the page explorer and in the page
editor's header. Only people who may publish the event page (its editors) see the dates
and change them; the rules live in ``hub.events.occurrences``. Registered from
``hub.events.wagtail_hooks`` by importing this module. Each date also has its "Minutes"
(``hub.events.admin_minutes``).
"""

from datetime import datetime, timedelta

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.models import Locale

from hub.core.i18n import text_direction
from hub.core.permissions import can_edit_dates
from hub.events.models import EventPage, Occurrence
from hub.events.occurrences import OccurrenceChangeError, cancel_occurrence, move_occurrence

# How far back the list of an event's dates reaches: recent history, not all of it.
PAST_DAYS = 60


def source_page(page: EventPage) -> EventPage:
    """Dates belong to every translation; permissions and titles follow the source page."""
    source = page.get_translation_or_none(Locale.get_default())
    return source.specific if source is not None else page


def dates_url(page) -> str:
    return reverse("events_occurrences", args=[page.pk])


def _event_and_occurrence(request: HttpRequest, pk: int) -> tuple[EventPage, Occurrence]:
    occurrence = get_object_or_404(Occurrence, pk=pk)
    page = (
        EventPage.objects.filter(translation_key=occurrence.event_key)
        .order_by("-locale_id")
        .first()
    )
    if page is None:
        raise PermissionDenied
    page = source_page(page)
    if not can_edit_dates(request.user, page):
        raise PermissionDenied
    return page, occurrence


REASON_MAX_LENGTH = 1000
TRANSLATION_PREFIX = "reason_"


def language_attrs(code: str) -> dict[str, str]:
    """``lang`` and ``dir`` of text written in ``code``."""
    return {"lang": code, "dir": text_direction(code)}


def translation_languages() -> list[str]:
    """The content languages the reason can be translated into: all but the source."""
    languages = getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", None) or settings.LANGUAGES
    return [code for code, _name in languages if code != settings.LANGUAGE_CODE]


class ReasonForm(forms.Form):
    """The required reason in the source language, plus optional translations of it.

    One ``reason_<code>`` textarea per other content language, labelled with the
    language's own name and marked with its ``lang``/``dir``. ``reason_translations``
    gives the filled-in ones as language code → text.
    """

    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=REASON_MAX_LENGTH,
        help_text=_("Shown on the website and e-mailed to everyone registered."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].widget.attrs.update(language_attrs(settings.LANGUAGE_CODE))
        for code in translation_languages():
            attrs = language_attrs(code)
            try:
                name = get_language_info(code)["name_local"]
            except KeyError:
                name = code
            self.fields[TRANSLATION_PREFIX + code] = forms.CharField(
                label=format_html('<span lang="{}" dir="{}">{}</span>', code, attrs["dir"], name),
                widget=forms.Textarea(attrs={"rows": 3, **attrs}),
                max_length=REASON_MAX_LENGTH,
                required=False,
            )

    def translation_fields(self) -> list[forms.BoundField]:
        return [self[TRANSLATION_PREFIX + code] for code in translation_languages()]

    def main_fields(self) -> list[forms.BoundField]:
        names = {field.name for field in self.translation_fields()}
        return [field for field in self if field.name not in names]

    def translations_open(self) -> bool:
        """Show the translations group unfolded when one is filled in or has an error."""
        return any(field.value() or field.errors for field in self.translation_fields())

    def reason_translations(self) -> dict[str, str]:
        """Language code → text of the filled-in translations; empty ones are dropped."""
        translations = {}
        for code in translation_languages():
            text = (self.cleaned_data.get(TRANSLATION_PREFIX + code) or "").strip()
            if text:
                translations[code] = text
        return translations


class CancelForm(ReasonForm):
    pass


class MoveForm(ReasonForm):
    date = forms.DateField(label=_("New date"), widget=forms.DateInput(attrs={"type": "date"}))
    start_time = forms.TimeField(
        label=_("Starts at"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    end_time = forms.TimeField(
        label=_("Ends at"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )

    field_order = ["date", "start_time", "end_time", "reason"]

    def clean(self):
        data = super().clean()
        if {"date", "start_time", "end_time"} <= data.keys():
            zone = timezone.get_current_timezone()
            data["starts_at"] = datetime.combine(data["date"], data["start_time"], tzinfo=zone)
            data["ends_at"] = datetime.combine(data["date"], data["end_time"], tzinfo=zone)
            if data["ends_at"] <= data["starts_at"]:
                self.add_error("end_time", _("The end must be after the start."))
        return data


def occurrence_list(request: HttpRequest, page_id: int) -> HttpResponse:
    page = source_page(get_object_or_404(EventPage, pk=page_id))
    if not can_edit_dates(request.user, page):
        raise PermissionDenied
    since = timezone.now() - timedelta(days=PAST_DAYS)
    dates = Occurrence.objects.filter(event_key=page.translation_key, ends_at__gte=since)
    return TemplateResponse(
        request,
        "events/admin/occurrence_list.html",
        {
            "page": page,
            "occurrences": dates.order_by("starts_at").annotate(minutes_id=F("minutes__pk")),
            "now": timezone.now(),
        },
    )


def _change(request: HttpRequest, pk: int, form_class, action: str) -> HttpResponse:
    page, occurrence = _event_and_occurrence(request, pk)
    initial = {}
    if form_class is MoveForm:
        local_start = timezone.localtime(occurrence.starts_at)
        initial = {
            "date": local_start.date(),
            "start_time": local_start.time(),
            "end_time": timezone.localtime(occurrence.ends_at).time(),
        }
    form = form_class(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            if action == "cancel":
                cancel_occurrence(
                    occurrence, form.cleaned_data["reason"], form.reason_translations()
                )
                messages.success(request, _("The date is cancelled; registrants are e-mailed."))
            else:
                move_occurrence(
                    occurrence,
                    form.cleaned_data["starts_at"],
                    form.cleaned_data["ends_at"],
                    form.cleaned_data["reason"],
                    form.reason_translations(),
                )
                messages.success(request, _("The date is moved; registrants are e-mailed."))
        except OccurrenceChangeError as error:
            form.add_error(None, str(error))
        else:
            return redirect(dates_url(page))
    return TemplateResponse(
        request,
        "events/admin/occurrence_change.html",
        {
            "page": page,
            "occurrence": occurrence,
            "form": form,
            "action": action,
            "registrations": occurrence.registrations.filter(
                status__in=["pending", "confirmed", "waitlisted"]
            ).count(),
        },
    )


def cancel_view(request: HttpRequest, pk: int) -> HttpResponse:
    return _change(request, pk, CancelForm, "cancel")


def move_view(request: HttpRequest, pk: int) -> HttpResponse:
    return _change(request, pk, MoveForm, "move")


@hooks.register("register_admin_urls")
def register_occurrence_urls():
    return [
        path("events/dates/<int:page_id>/", occurrence_list, name="events_occurrences"),
        path("events/dates/cancel/<int:pk>/", cancel_view, name="events_occurrence_cancel"),
        path("events/dates/move/<int:pk>/", move_view, name="events_occurrence_move"),
    ]


@hooks.register("register_page_listing_more_buttons")
def occurrence_listing_button(page, user, next_url=None):
    if isinstance(page.specific_deferred, EventPage) and can_edit_dates(user, page):
        yield Button(
            _("Dates"),
            dates_url(page),
            icon_name="date",
            attrs={
                "aria-label": _("Dates of “%(title)s”") % {"title": page.get_admin_display_title()}
            },
            priority=35,
        )


@hooks.register("register_page_header_buttons")
def occurrence_header_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, EventPage) and can_edit_dates(user, page):
        yield Button(_("Cancel or move a date"), dates_url(page), icon_name="date", priority=35)
