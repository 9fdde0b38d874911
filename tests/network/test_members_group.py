"""The Members group follows memberships and individual admissions; editors admit people
in the admin ("Individual members") and write minutes next to an event's dates."""

import json

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from hub.core.members_only import MEMBERS_COLLECTION
from hub.events.models import MeetingMinutes
from hub.network import services
from hub.network.members import admission
from hub.network.models import IndividualMember, MemberRole, Membership
from tests.mail_queue import mail_delivered
from tests.module_data import module_data
from tests.network.members_access_data import PDF, Area, build_area
from tests.network.selfservice_support import MemberAccountFactory

pytestmark = pytest.mark.django_db


@module_data
def area(tree) -> Area:
    return build_area(tree)


def in_group(user) -> bool:
    return user.groups.filter(name="Members").exists()


def test_creating_a_membership_puts_the_user_in_the_group(area):
    user = MemberAccountFactory(username="neu", email="neu@example.org")
    assert not in_group(user)
    Membership.objects.create(
        organisation=area.members.caritas, user=user, role=MemberRole.EDITOR, language="de"
    )
    assert in_group(user)


def test_invited_member_is_in_the_group(area):
    membership = services.invite_member(
        area.members.diakonie,
        email="lena@example.org",
        first_name="Lena",
        last_name="Berg",
        role=MemberRole.EDITOR,
        language="de",
    )
    assert in_group(membership.user)


def test_removing_the_last_membership_takes_the_user_out(area):
    membership = Membership.objects.get(user=area.members.editor_a)
    services.remove_member(membership, area.members.admin_a)
    user = area.members.editor_a
    user.refresh_from_db()
    # Out of the group; the account itself was not the organisation's (it existed before).
    assert not in_group(user) and user.is_active


def test_deleting_a_membership_in_bulk_takes_the_user_out_too(area):
    Membership.objects.filter(user=area.members.editor_a).get().delete()
    assert not in_group(area.members.editor_a)


def test_an_individual_admission_keeps_a_former_organisation_member_in(area):
    user = area.members.editor_a
    IndividualMember.objects.create(user=user, language="de")
    services.remove_member(Membership.objects.get(user=user), area.members.admin_a)
    user.refresh_from_db()
    assert in_group(user) and user.is_active


def test_admitting_a_new_person_creates_the_account_and_invites(
    area, django_capture_on_commit_callbacks
):
    with mail_delivered():
        admitted = admission.admit_individual(
            name="Jana Ehrlich", email="Jana@Example.org", language="en"
        )
    user = admitted.user
    assert (user.username, user.first_name, user.last_name) == (
        "jana@example.org",
        "Jana",
        "Ehrlich",
    )
    assert in_group(user) and not user.has_usable_password()
    message = mail.outbox[-1]
    assert message.to == ["Jana@Example.org"]
    assert message.extra_headers["Content-Language"] == "en"
    assert "/en/account/invitation/" in message.body


def test_admitting_someone_with_a_password_says_where_the_area_is(
    area, django_capture_on_commit_callbacks
):
    with mail_delivered():
        admission.admit_individual(name="Gast", email="gast@example.org", language="de")
    assert in_group(area.members.outsider)
    assert "/de/members/" in mail.outbox[-1].body


def test_admitting_twice_is_refused(area):
    with pytest.raises(admission.AdmissionError):
        admission.admit_individual(name="Eva", email="ehrenamt@example.org", language="de")


def test_removing_an_admission_takes_the_person_out(area):
    still = admission.remove_individual(IndividualMember.objects.get(user=area.individual))
    area.individual.refresh_from_db()
    assert not still and not in_group(area.individual) and not area.individual.is_active


def test_removing_an_admission_keeps_an_organisation_member_in(area):
    admitted = IndividualMember.objects.create(user=area.members.admin_b, language="de")
    assert admission.remove_individual(admitted)
    assert in_group(area.members.admin_b)


def test_editor_admits_and_removes_in_the_admin(client, area, django_capture_on_commit_callbacks):
    client.force_login(area.members.moderator)
    index = reverse("network_individualmember_modeladmin_index")
    assert "Eva" in client.get(index).content.decode()
    create = reverse("network_individualmember_modeladmin_create")
    assert client.get(create).status_code == 200
    with mail_delivered():
        response = client.post(
            create,
            {
                "name": "Omid Rahimi",
                "email": "omid@example.org",
                "language": "fa",
                "note": "Dolmetscher",
            },
        )
    assert response.status_code == 302
    admitted = IndividualMember.objects.get(user__email="omid@example.org")
    assert admitted.admitted_by == area.members.moderator and in_group(admitted.user)
    assert mail.outbox[-1].to == ["omid@example.org"]
    edit = reverse("network_individualmember_modeladmin_edit", args=[admitted.pk])
    assert client.get(edit).status_code == 200
    delete = reverse("network_individualmember_modeladmin_delete", args=[admitted.pk])
    assert client.post(delete).status_code == 302
    assert not IndividualMember.objects.filter(pk=admitted.pk).exists()
    assert not in_group(admitted.user)


def test_members_cannot_reach_the_admission_screen(client, area):
    client.force_login(area.members.admin_b)
    response = client.get(reverse("network_individualmember_modeladmin_index"))
    assert response.status_code in (302, 403)


def block(text: str) -> dict:
    """One paragraph as Draftail sends it."""
    return {
        "key": "a",
        "text": text,
        "type": "unstyled",
        "depth": 0,
        "inlineStyleRanges": [],
        "entityRanges": [],
    }


def test_editor_writes_minutes_with_a_document_in_the_members_collection(client, area):
    client.force_login(area.members.moderator)
    occurrence = area.minutes.occurrence
    area.minutes.delete()
    url = reverse("events_minutes", args=[occurrence.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "text": json.dumps({"blocks": [block("Neue Runde")], "entityMap": {}}),
            "new_document": SimpleUploadedFile("protokoll.pdf", PDF, "application/pdf"),
            "new_document_title": "Protokoll März",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    minutes = MeetingMinutes.objects.get(occurrence=occurrence)
    assert "Neue Runde" in minutes.text and minutes.author == area.members.moderator
    document = minutes.documents.get()
    assert document.title == "Protokoll März"
    assert document.collection.name == MEMBERS_COLLECTION
    assert (
        "events/dates/minutes/"
        in client.get(reverse("events_occurrences", args=[area.event.pk])).content.decode()
    )


def test_minutes_refuse_a_bad_file_type(client, area):
    client.force_login(area.members.moderator)
    url = reverse("events_minutes", args=[area.occurrence.pk])
    response = client.post(
        url,
        {
            "text": '{"blocks":[],"entityMap":{}}',
            "new_document": SimpleUploadedFile("virus.exe", b"MZ", "application/octet-stream"),
        },
    )
    assert response.status_code == 200
    assert area.minutes.documents.count() == 1


def test_members_cannot_write_minutes(client, area):
    client.force_login(area.members.admin_b)
    response = client.get(reverse("events_minutes", args=[area.occurrence.pk]))
    assert response.status_code in (302, 403)
