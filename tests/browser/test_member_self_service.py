"""End to end: a member of an organisation changes office hours on a phone in Arabic, an
editor approves in the Wagtail admin, and the public pages show the new hours."""

from django.contrib.auth import get_user_model

from hub.network.models import OrganisationPage, ProfileChange
from tests.browser.test_initiative_flow import moderation_workflow
from tests.mail_queue import run_mail_queue
from tests.network.selfservice_support import PASSWORD, build_members, translate_with_localize


def test_member_edits_hours_in_arabic_editor_approves(
    transactional_db, tree, live_server, new_page, screenshot_dir, mailoutbox
):
    members = build_members(tree)
    moderation_workflow(tree.homes["de"])
    get_user_model().objects.create_superuser("chefin", "chefin@example.org", "geheim-123")
    organisation = members.caritas
    arabic = translate_with_localize(organisation, "ar")

    # 1. The organisation admin logs in on the site, in Arabic, on a phone.
    member = new_page(viewport=(360, 800))
    member.goto(f"{live_server.url}/ar/account/organisation/")
    assert "/ar/account/login/" in member.url
    member.fill("#id_username", "samira@example.org")
    member.fill("#id_password", PASSWORD)
    member.locator(".form-actions button").click()
    member.wait_for_load_state()
    assert member.url.endswith(f"/ar/account/organisation/{organisation.pk}/")
    assert member.locator("html").get_attribute("dir") == "rtl"

    # 2. Opens the office, changes the slot to Tuesday 14:00–17:30, sends it for review.
    member.locator(".members__card .button").first.click()
    member.wait_for_load_state()
    member.locator('input[name="hours-0-days"][value="0"]').uncheck()
    member.locator('input[name="hours-0-days"][value="1"]').check()
    member.fill("#id_hours-0-opens", "14:00")
    member.fill("#id_hours-0-closes", "17:30")
    member.screenshot(path=screenshot_dir / "member-office-form-ar-phone.png", full_page=True)
    member.locator(".form-actions button").click()
    member.wait_for_load_state()
    member.screenshot(path=screenshot_dir / "member-sent-ar-phone.png", full_page=True)
    assert member.locator(".members__status--pending").count() == 1
    change = ProfileChange.objects.get()
    assert change.status == "pending" and change.language == "ar"

    # Nothing public has changed yet.
    visitor = new_page(viewport=(1280, 900))
    visitor.goto(f"{live_server.url}{organisation.url}")
    assert "14:00" not in visitor.content()

    # 3. An editor approves in the admin.
    admin = new_page(viewport=(1280, 900))
    admin.goto(f"{live_server.url}/admin/login/")
    admin.fill("#id_username", "chefin")
    admin.fill("#id_password", "geheim-123")
    admin.click("button[type=submit]")
    admin.wait_for_load_state()
    admin.goto(f"{live_server.url}/admin/pages/{organisation.pk}/edit/")
    with admin.expect_navigation():
        admin.evaluate(
            'document.querySelector(\'[data-workflow-action-name="approve"]'
            ":not([data-workflow-action-modal-url])').click()"
        )
    change.refresh_from_db()
    assert change.status == "published"
    run_mail_queue()
    assert "samira@example.org" in {address for m in mailoutbox for address in m.to}

    # 4. The public pages show the new hours, in German and in Arabic.
    visitor.goto(f"{live_server.url}{organisation.url}")
    assert "14:00" in visitor.content()
    arabic = OrganisationPage.objects.get(pk=arabic.pk)
    visitor.set_viewport_size({"width": 360, "height": 800})
    visitor.goto(f"{live_server.url}{arabic.url}")
    visitor.screenshot(path=screenshot_dir / "member-public-ar-phone.png", full_page=True)
    # Arabic counts hours to twelve and writes Arabic-Indic digits: 14:00 is "٢:٠٠ م".
    assert "٢:٠٠ م" in visitor.locator("main").inner_text()
