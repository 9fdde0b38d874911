"""The board's pages under /<language>/members/board/, for members only.

Entries a member may not see (someone else's hidden entry) answer 404, and so do the edit
and delete forms of entries that are not one's own: nobody learns more than they may.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hub.core.files.private import private_file_response
from hub.core.listing.pagination import paginate
from hub.core.permissions import is_editor
from hub.network.board import forms, listing, services
from hub.network.board.attachments import extension_of, type_for_extension
from hub.network.board.notifications import frequencies_of
from hub.network.members.access import member_required
from hub.network.models import BoardEntry, BoardKind

PER_PAGE = 20


def _entry_for(request: HttpRequest, pk: int) -> BoardEntry:
    return get_object_or_404(
        listing.visible_entries(request.user).select_related("author", "organisation"), pk=pk
    )


def _own_entry(request: HttpRequest, pk: int) -> BoardEntry:
    return get_object_or_404(BoardEntry, pk=pk, author=request.user)


def _names(entries) -> dict:
    organisations = {entry.organisation for entry in entries if entry.organisation_id}
    return {
        "category_names": listing.category_names(),
        "organisation_names": listing.organisation_names(organisations),
    }


@member_required
def board(request: HttpRequest) -> HttpResponse:
    category_names = listing.category_names()
    filters = listing.BoardFilters.from_query(request.GET, set(category_names))
    entries = listing.listed_entries(request.user, filters)
    page = Paginator(entries, PER_PAGE).get_page(request.GET.get("page"))
    base_url = reverse("network:board")
    organisations = listing.organisation_options()
    return render(
        request,
        "network/board/list.html",
        {
            "filters": filters,
            "entries": page.object_list,
            "result_count": page.paginator.count,
            "pagination": paginate(page, base_url, filters),
            "board_url": base_url,
            "kinds": [
                {"value": value, "label": label, "selected": value in filters.kinds}
                for value, label in BoardKind.choices
            ],
            "categories": [
                {"slug": slug, "name": name, "selected": slug in filters.categories}
                for slug, name in category_names.items()
            ],
            "organisations": organisations,
            "category_names": category_names,
            "organisation_names": dict(organisations),
            "is_editor": is_editor(request.user),
        },
    )


@member_required
def entry(request: HttpRequest, pk: int) -> HttpResponse:
    item = _entry_for(request, pk)
    form = forms.ReplyForm(request.POST or None)
    if request.method == "POST":
        if item.hidden or item.is_expired():
            messages.error(request, _("This entry takes no more replies."))
            return redirect("network:board_entry", pk=item.pk)
        if form.is_valid():
            services.add_reply(item, request.user, form.cleaned_data["text"])
            messages.success(request, _("Your reply has been added."))
            return redirect(reverse("network:board_entry", args=[item.pk]) + "#replies")
    replies = item.replies.select_related("author")
    return render(
        request,
        "network/board/entry.html",
        {
            "entry": item,
            "replies": replies,
            "form": form,
            "error_forms": [form] if form.is_bound and form.errors else [],
            "is_author": item.author_id == request.user.pk,
            "is_editor": is_editor(request.user),
            **_names([item]),
        },
    )


def _entry_form(request: HttpRequest, item: BoardEntry | None) -> HttpResponse:
    form = forms.EntryForm(
        request.POST or None, request.FILES or None, user=request.user, entry=item
    )
    if request.method == "POST" and form.is_valid():
        if item is None:
            new = form.apply(BoardEntry(author=request.user))
            services.create_entry(new)
            messages.success(request, _("Your entry is on the board."))
            return redirect("network:board_entry", pk=new.pk)
        old_attachment = item.attachment.name
        services.update_entry(form.apply(item), old_attachment)
        messages.success(request, _("Your changes have been saved."))
        return redirect("network:board_entry", pk=item.pk)
    return render(
        request,
        "network/board/entry_form.html",
        {
            "form": form,
            "entry": item,
            "error_forms": [form] if form.is_bound and form.errors else [],
        },
    )


@member_required
def new_entry(request: HttpRequest) -> HttpResponse:
    return _entry_form(request, None)


@member_required
def edit_entry(request: HttpRequest, pk: int) -> HttpResponse:
    return _entry_form(request, _own_entry(request, pk))


@member_required
def delete_entry(request: HttpRequest, pk: int) -> HttpResponse:
    item = _own_entry(request, pk)
    if request.method == "POST":
        services.delete_entry(item)
        messages.success(request, _("Your entry has been deleted."))
        return redirect("network:board")
    return render(request, "network/board/entry_delete.html", {"entry": item})


@member_required
def hide_entry(request: HttpRequest, pk: int) -> HttpResponse:
    if not is_editor(request.user):
        raise PermissionDenied
    item = get_object_or_404(BoardEntry, pk=pk)
    form = forms.HideForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.hide_entry(item, request.user, form.cleaned_data["reason"])
        messages.success(request, _("The entry is hidden. Its author has been told why."))
        return redirect("network:board_entry", pk=item.pk)
    return _reason_form(request, item, form, _("Hide entry"), _("Hide entry"))


@member_required
@require_POST
def unhide_entry(request: HttpRequest, pk: int) -> HttpResponse:
    if not is_editor(request.user):
        raise PermissionDenied
    item = get_object_or_404(BoardEntry, pk=pk)
    services.unhide_entry(item)
    messages.success(request, _("The entry is visible again."))
    return redirect("network:board_entry", pk=item.pk)


@member_required
def report_entry(request: HttpRequest, pk: int) -> HttpResponse:
    item = _entry_for(request, pk)
    form = forms.ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.report_entry(item, request.user, form.cleaned_data["reason"])
        messages.success(request, _("Thank you. The editors will look at this entry."))
        return redirect("network:board_entry", pk=item.pk)
    return _reason_form(request, item, form, _("Report entry"), _("Send to the editors"))


def _reason_form(request, item, form, heading: str, submit: str) -> HttpResponse:
    """The page asking why an entry is hidden or reported."""
    return render(
        request,
        "network/board/reason_form.html",
        {
            "entry": item,
            "form": form,
            "error_forms": [form] if form.is_bound and form.errors else [],
            "heading": heading,
            "submit": submit,
        },
    )


@member_required
def attachment(request: HttpRequest, pk: int) -> HttpResponse:
    """The file, to members who may see the entry. Images open in the browser, anything
    else is downloaded; the type is the one checked at upload, never guessed again."""
    item = _entry_for(request, pk)
    if not item.attachment:
        raise Http404
    file_type = type_for_extension(extension_of(item.attachment.name))
    if file_type is None:
        raise Http404
    try:
        response = private_file_response(
            item.attachment.storage,
            item.attachment.name,
            content_type=file_type.content_type,
            filename=item.attachment_name or f"attachment.{extension_of(item.attachment.name)}",
            as_attachment=not file_type.image,
        )
    except FileNotFoundError as error:
        raise Http404 from error
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@member_required
def notification_settings(request: HttpRequest) -> HttpResponse:
    form = forms.PreferencesForm(request.POST or None, frequencies=frequencies_of(request.user))
    if request.method == "POST" and form.is_valid():
        services.save_preferences(request.user, form.cleaned_data)
        messages.success(request, _("Your notification settings have been saved."))
        return redirect("network:notification_settings")
    return render(
        request,
        "network/board/notification_settings.html",
        {"form": form, "error_forms": [form] if form.is_bound and form.errors else []},
    )
