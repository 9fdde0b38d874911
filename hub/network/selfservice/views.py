"""The "My organisation" pages. Each view finds the member's own organisation or answers
404 — a member of one organisation cannot even learn that another's form exists — and
every save waits for an editor's approval (``hub.network.change_approval.submit_change``).
"""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from hub.core.site import public_url
from hub.network import change_approval, services
from hub.network.hours import zone
from hub.network.hours_text import describe_schedule
from hub.network.models import (
    ContactPerson,
    Membership,
    Office,
    OfficeClosure,
    OfficeSpecialDate,
    OrganisationPage,
    ProfileChange,
)
from hub.network.selfservice.forms.contacts import ContactForm
from hub.network.selfservice.forms.offices import (
    ClosureForm,
    OfficeForm,
    SlotForm,
    SpecialDateForm,
)
from hub.network.selfservice.forms.organisation import OrganisationForm
from hub.network.selfservice.forms.rows import kept_forms, rows_formset
from hub.snippets.form_terms import source_terms
from hub.snippets.models import SpokenLanguage

MORE_PREFIX = "more-"  # name of the "add a row" buttons: more-<formset prefix>


def own_membership(request: HttpRequest, pk: int) -> Membership:
    """The signed-in member's membership of organisation ``pk``, else 404."""
    membership = services.membership_for(request.user, pk)
    if membership is None:
        raise Http404
    if request.method == "POST" and membership.language != request.LANGUAGE_CODE:
        # E-mails to the member follow the language they use the site in: the language
        # of what they send (and of their login, ``hub.network.members.language``);
        # merely opening a page never writes.
        Membership.objects.filter(pk=membership.pk).update(language=request.LANGUAGE_CODE)
        membership.language = request.LANGUAGE_CODE
    return membership


def render_page(
    request,
    template: str,
    membership: Membership,
    error_forms=(),
    error_formsets=(),
    **context,
) -> HttpResponse:
    """Render a members' page; ``error_forms``/``error_formsets`` feed the summary of
    errors above the form (only forms that were sent to be saved)."""
    organisation = membership.organisation
    error_forms = [form for form in error_forms if form.is_bound and form.errors]
    error_formsets = [
        formset
        for formset in error_formsets
        if formset.is_bound and (formset.total_error_count() or formset.non_form_errors())
    ]
    return render(
        request,
        f"network/selfservice/{template}",
        {
            "membership": membership,
            "organisation": organisation,
            "pending": change_approval.pending_changes(organisation),
            "error_forms": error_forms,
            "error_formsets": error_formsets,
            "has_errors": bool(error_forms or error_formsets),
            **context,
        },
    )


def _submit(request, membership: Membership, part: str, subject: str, apply) -> HttpResponse:
    try:
        change_approval.submit_change(
            membership.organisation,
            user=request.user,
            language=request.LANGUAGE_CODE,
            part=part,
            subject=subject,
            apply=apply,
        )
    except services.MembershipError as error:
        messages.error(request, error.message)
        return None
    messages.success(
        request,
        _(
            "Thank you! Your changes have been sent to the editors. The public page stays as "
            "it is until they approve them; we will tell you by e-mail."
        ),
    )
    return redirect("network:organisation", pk=membership.organisation_id)


def _with_more_rows(data, prefixes: list[str]):
    """The posted data with one more empty row in the formset whose "add" was pressed,
    or None when the form was sent to be saved."""
    for prefix in prefixes:
        if MORE_PREFIX + prefix in data:
            data = data.copy()
            key = f"{prefix}-TOTAL_FORMS"
            data[key] = str(int(data.get(key, "0") or 0) + 1)
            return data
    return None


@login_required
def my_organisation(request: HttpRequest) -> HttpResponse:
    memberships = services.memberships_of(request.user)
    if len(memberships) == 1:
        return redirect("network:organisation", pk=memberships[0].organisation_id)
    return render(request, "network/selfservice/choose.html", {"memberships": memberships})


@login_required
def overview(request: HttpRequest, pk: int) -> HttpResponse:
    membership = own_membership(request, pk)
    organisation = membership.organisation
    draft = change_approval.draft_of(organisation)
    today = timezone.localdate(timezone=zone())
    offices = [
        {"office": office, "lines": describe_schedule(draft.schedule_for(office), today=today)}
        for office in draft.offices.all()
    ]
    return render_page(
        request,
        "overview.html",
        membership,
        draft=draft,
        offices=offices,
        contacts=list(draft.contact_persons.all()),
        last_decision=change_approval.last_decision(organisation),
        public_url=public_url(organisation, request.LANGUAGE_CODE) if organisation.live else "",
        history=ProfileChange.objects.filter(organisation=organisation).select_related(
            "submitted_by"
        )[:10],
    )


@login_required
def edit_organisation(request: HttpRequest, pk: int) -> HttpResponse:
    membership = own_membership(request, pk)
    draft = change_approval.draft_of(membership.organisation)
    if request.method == "POST":
        form = OrganisationForm(request.POST, page=draft)
        if form.is_valid():
            response = _submit(request, membership, ProfileChange.Part.PROFILE, "", form.apply)
            if response:
                return response
    else:
        form = OrganisationForm(page=draft)
    return render_page(request, "organisation_form.html", membership, form=form, error_forms=[form])


def _find_office(page: OrganisationPage, key: uuid.UUID) -> Office | None:
    return next((o for o in page.offices.all() if o.translation_key == key), None)


def _keep_keyed(formset, existing, model, locale_id: int) -> list:
    """Rows from a formset of ``KeyedForm``s: existing objects updated in place (their
    translations stay linked), new ones created, in the order of the form (without a
    ``sort_order`` PostgreSQL returns them in whatever order they lie on disk)."""
    by_key = {row.translation_key: row for row in existing}
    rows = []
    for index, form in enumerate(kept_forms(formset)):
        row = by_key.get(form.cleaned_data.get("key")) or model(locale_id=locale_id)
        row.locale_id = locale_id
        row.sort_order = index
        form.update(row)
        rows.append(row)
    return rows


OFFICE_FORMSETS = (
    ("hours", SlotForm),
    ("closures", ClosureForm),
    ("special_dates", SpecialDateForm),
)


@login_required
def edit_office(request: HttpRequest, pk: int, key: uuid.UUID | None = None) -> HttpResponse:
    membership = own_membership(request, pk)
    draft = change_approval.draft_of(membership.organisation)
    office = None
    if key is not None:
        office = _find_office(draft, key)
        if office is None:
            raise Http404
    rows = {
        name: list(getattr(office, name).all()) if office else [] for name, _f in OFFICE_FORMSETS
    }
    data = None
    if request.method == "POST":
        data = _with_more_rows(request.POST, [name for name, _f in OFFICE_FORMSETS])
        saving = data is None
        data = data or request.POST
    else:
        saving = False
    form = OfficeForm(data, office=office)
    formsets = {
        name: rows_formset(form_class, name, data, rows[name], extra=0 if rows[name] else 1)
        for name, form_class in OFFICE_FORMSETS
    }
    if saving and form.is_valid() and all(f.is_valid() for f in formsets.values()):
        office_key = key

        def apply(page: OrganisationPage) -> None:
            nonlocal office_key
            # One list: each ``all()`` of an in-memory cluster hands out fresh copies.
            offices = list(page.offices.all())
            target = next((o for o in offices if o.translation_key == office_key), None)
            if target is None:
                target = Office(locale_id=page.locale_id, sort_order=len(offices))
                offices.append(target)
                office_key = target.translation_key
            form.apply(target)
            slots = []
            for slot_form in kept_forms(formsets["hours"]):
                slot = slot_form.build()
                slot.languages = source_terms(SpokenLanguage, slot_form.cleaned_data["languages"])
                slots.append(slot)
            target.hours = slots
            target.closures = _keep_keyed(
                formsets["closures"], target.closures.all(), OfficeClosure, page.locale_id
            )
            specials = []
            for special_form in kept_forms(formsets["special_dates"]):
                values = dict(special_form.cleaned_data)
                languages = values.pop("languages")
                values.pop("DELETE", None)
                special = OfficeSpecialDate(**values)
                special.languages = source_terms(SpokenLanguage, languages)
                specials.append(special)
            target.special_dates = specials
            page.offices = offices

        part = ProfileChange.Part.OFFICE if office else ProfileChange.Part.NEW_OFFICE
        response = _submit(request, membership, part, form.cleaned_data["name"], apply)
        if response:
            return response
    return render_page(
        request,
        "office_form.html",
        membership,
        form=form,
        office=office,
        formsets=formsets,
        error_forms=[form] if saving else [],
        error_formsets=list(formsets.values()) if saving else [],
    )


@login_required
def remove_office(request: HttpRequest, pk: int, key: uuid.UUID) -> HttpResponse:
    membership = own_membership(request, pk)
    draft = change_approval.draft_of(membership.organisation)
    office = _find_office(draft, key)
    if office is None:
        raise Http404
    if request.method == "POST":

        def apply(page: OrganisationPage) -> None:
            page.offices = [o for o in page.offices.all() if o.translation_key != key]

        response = _submit(
            request, membership, ProfileChange.Part.REMOVED_OFFICE, office.name, apply
        )
        if response:
            return response
    return render_page(request, "office_remove.html", membership, office=office)


@login_required
def edit_contacts(request: HttpRequest, pk: int) -> HttpResponse:
    membership = own_membership(request, pk)
    draft = change_approval.draft_of(membership.organisation)
    existing = list(draft.contact_persons.all())
    data = None
    saving = False
    if request.method == "POST":
        data = _with_more_rows(request.POST, ["contacts"])
        saving = data is None
        data = data or request.POST
    formset = rows_formset(ContactForm, "contacts", data, existing, extra=0 if existing else 1)
    if saving and formset.is_valid():

        def apply(page: OrganisationPage) -> None:
            page.contact_persons = _keep_keyed(
                formset, page.contact_persons.all(), ContactPerson, page.locale_id
            )

        response = _submit(request, membership, ProfileChange.Part.CONTACTS, "", apply)
        if response:
            return response
    return render_page(
        request,
        "contacts_form.html",
        membership,
        formset=formset,
        error_formsets=[formset] if saving else [],
    )
