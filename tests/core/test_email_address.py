"""Addresses the mail server cannot be handed are refused in the form, with a
translated message, instead of failing later in the mail queue
(``hub.core.email_address.validate_deliverable``, attached by ``hub.core.form_input``)."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django_tasks_db.models import DBTaskResult

from hub.core.antispam import issue_started
from hub.core.email_address import UNDELIVERABLE_MESSAGE, validate_deliverable
from hub.events import services
from hub.events.models import Registration
from hub.network.accounts.forms import PasswordResetRequestForm
from hub.network.models import IndividualMember, MembershipApplication
from hub.network.selfservice.forms.invitations import InviteForm
from hub.pages.models import InitiativePage
from tests.events.registration_support import (  # noqa: F401 - fixtures
    calendar_fixture,
    event_fixture,
    form_data,
    occurrence_fixture,
    register_url,
)
from tests.mail_queue import run_mail_queue
from tests.network import test_applications as applications
from tests.network.test_applications import setting_fixture  # noqa: F401 - fixture
from tests.pages.initiatives import test_initiative_submission as submissions
from tests.pages.initiatives.test_initiative_submission import (  # noqa: F401 - fixtures
    directory_fixture,
    fresh_cache_fixture,
)

# Each passes Django's EmailValidator and made the mail queue fail: Python's IDNA codec
# refuses a label that is too long once encoded, U+FFFD, a lone zero-width joiner, an
# ideographic full stop that leaves an empty label.
UNDELIVERABLE = [
    "info@" + "ä" * 60 + ".de",
    "info@caf\ufffd.de",
    "info@\u200d.de",
    "info@\u3002.de",
]
FINE = ["info@müller-verein.de", "kontakt@example.org", "a.b+c@sub.example.co.uk"]


def message(code: str = "de") -> str:
    with translation.override(code):
        return escape(str(UNDELIVERABLE_MESSAGE))


@pytest.mark.django_db
@pytest.mark.parametrize("address", UNDELIVERABLE)
def test_these_addresses_fail_in_the_mail_queue_today(
    occurrence, address, django_capture_on_commit_callbacks
):
    """Stored behind the form's back, the confirmation dies in the queue."""
    with django_capture_on_commit_callbacks(execute=True):
        services.register(occurrence, services.Registrant(name="X", email=address), "de")
    run_mail_queue()
    assert mail.outbox == []
    assert list(DBTaskResult.objects.values_list("status", flat=True)) == ["FAILED"]


@pytest.mark.parametrize("address", UNDELIVERABLE)
def test_the_validator_refuses_them(address):
    with translation.override("en"), pytest.raises(Exception, match="valid domain"):
        validate_deliverable(address)


@pytest.mark.parametrize("address", FINE)
def test_the_validator_accepts_real_addresses(address):
    validate_deliverable(address)


@pytest.mark.django_db
@pytest.mark.parametrize("address", UNDELIVERABLE)
def test_the_registration_form_refuses_them(
    client, event, occurrence, address, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(register_url(event, occurrence), form_data(email=address))
    assert response.status_code == 200
    page = response.content.decode()
    assert message("de") in page
    assert 'value="Samira Haddad"' in page
    assert not Registration.objects.exists()


@pytest.mark.django_db
def test_the_initiative_form_refuses_them(client, directory, django_capture_on_commit_callbacks):
    for field in ("submitter_email", "contact_email"):
        data = submissions.valid_data(**{field: UNDELIVERABLE[0]})
        response = submissions.send(
            client, submissions.submit_url(), data, django_capture_on_commit_callbacks
        )
        assert response.status_code == 200, field
        assert message("de") in response.content.decode()
    assert not InitiativePage.objects.exists()


@pytest.mark.django_db
def test_the_membership_application_refuses_them(
    client, setting, django_capture_on_commit_callbacks
):
    data = applications.valid_data(email=UNDELIVERABLE[1])
    response = applications.send(
        client, applications.FORM_AR, data, django_capture_on_commit_callbacks
    )
    assert response.status_code == 200
    assert message("ar") in response.content.decode()
    assert not MembershipApplication.objects.exists()


@pytest.mark.django_db
def test_the_password_reset_refuses_them(client):
    data = {
        "email": UNDELIVERABLE[2],
        "form_started": issue_started(PasswordResetRequestForm, time.time() - 10),
    }
    response = client.post("/en/account/password/", data)
    assert response.status_code == 200
    assert message("en") in response.content.decode()
    assert mail.outbox == []


@pytest.mark.django_db
def test_the_invitation_form_refuses_them():
    data = {"first_name": "Omid", "email": UNDELIVERABLE[3], "role": "editor", "language": "de"}
    form = InviteForm(data=data, languages=[("de", "Deutsch")])
    assert not form.is_valid()
    assert form.errors["email"] == [str(UNDELIVERABLE_MESSAGE)]


@pytest.mark.django_db
def test_admitting_an_individual_member_refuses_them(client):
    editor = get_user_model().objects.create_superuser("chefin", "chefin@example.org", "pw-1")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    data = {"name": "Omid Rahimi", "email": UNDELIVERABLE[0], "language": "fa", "note": ""}
    response = client.post(reverse("network_individualmember_modeladmin_create"), data)
    assert response.status_code == 200
    assert message("de") in response.content.decode()
    assert not IndividualMember.objects.exists()
