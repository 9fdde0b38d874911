"""The members' directory, one's own profile in it, and one's own data (download, delete)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from hub.core.listing.pagination import paginate
from hub.network import services
from hub.network.members import directory
from hub.network.members.access import is_member, member_required
from hub.network.members.data import as_json, collect
from hub.network.members.deletion import AccountDeletionError, delete_account, deletion_blockers
from hub.network.members.forms import DeleteAccountForm, MemberProfileForm
from hub.network.members.profiles import existing_profile, profile_for


@member_required
def member_profile(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = MemberProfileForm(request.POST, instance=profile_for(request.user))
        if form.is_valid():
            form.save()
            messages.success(request, _("Your profile has been saved."))
            return redirect("network:member_profile")
    else:
        form = MemberProfileForm(instance=existing_profile(request.user))
    return render(
        request,
        "network/members/profile.html",
        {
            "form": form,
            "error_forms": [form] if form.is_bound and form.errors else [],
            "has_errors": form.is_bound and bool(form.errors),
            "memberships": services.memberships_of(request.user),
        },
    )


@member_required
def member_directory(request: HttpRequest) -> HttpResponse:
    # The viewer is listed from their first visit on, with or without a saved profile
    # (``directory.members`` lists accounts, not profiles): nothing is written here.
    active = Locale.get_active()
    organisations = directory.organisation_choices(active, request)
    catalogue = directory.language_catalogue(active)
    filters = directory.read_filters(
        request.GET, {link.pk for link in organisations}, set(catalogue.slugs())
    )
    people = directory.filtered(directory.members(), filters)
    paginator = Paginator(directory.page_of_people(people), directory.PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    cards = directory.build_cards(
        list(page.object_list),
        request.user,
        {link.pk: link for link in organisations},
        catalogue,
    )
    base_url = reverse("network:member_directory")
    return render(
        request,
        "network/members/directory.html",
        {
            "cards": cards,
            "result_count": paginator.count,
            "pagination": paginate(page, base_url, filters),
            "filters": filters,
            "organisations": organisations,
            "languages": catalogue.all(),
            "directory_url": base_url,
            "params": {
                "organisation": directory.ORGANISATION_PARAM,
                "language": directory.LANGUAGE_PARAM,
                "query": directory.QUERY_PARAM,
            },
        },
    )


@login_required
def my_data(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "network/members/my_data.html",
        {
            "memberships": services.memberships_of(request.user),
            "is_member": is_member(request.user),
        },
    )


@login_required
def download_my_data(request: HttpRequest) -> HttpResponse:
    user = request.user
    filename = f"my-data-{timezone.localdate().isoformat()}.json"
    response = HttpResponse(
        as_json(collect(user)).encode("utf-8"), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
def delete_my_account(request: HttpRequest) -> HttpResponse:
    user = request.user
    form = DeleteAccountForm(request.POST or None, user=user, request=request)
    blockers = deletion_blockers(user)
    if request.method == "POST" and not blockers and form.is_valid():
        try:
            delete_account(user, language=request.LANGUAGE_CODE)
        except AccountDeletionError as error:
            blockers = [error.message]
        else:
            logout(request)
            return redirect("network:account_deleted")
    return render(
        request,
        "network/members/delete_account.html",
        {
            "form": form,
            "blockers": blockers,
            "error_forms": [form] if form.is_bound and form.errors else [],
            "has_errors": form.is_bound and bool(form.errors),
            "memberships": services.memberships_of(user),
        },
    )


def account_deleted(request: HttpRequest) -> HttpResponse:
    return render(request, "network/members/account_deleted.html")
