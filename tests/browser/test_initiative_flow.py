"""End to end: the public submits an initiative, an editor approves it in the Wagtail
admin, and visitors find it through the directory's filters in German and Arabic."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from hub.demo.factories.pages import InitiativeIndexPageFactory
from hub.demo.factories.snippets import translated_terms
from hub.pages.models import InitiativePage
from tests.mail_queue import run_mail_queue

TITLE = "Nähwerkstatt Lindenhof"


def moderation_workflow(home) -> None:
    """Live-server tests flush what migrations created, Wagtail's workflow included."""
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.set([moderators])
    workflow = Workflow.objects.create(name="Moderators approval")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=home)


def test_submit_approve_and_find(
    transactional_db, tree, live_server, new_page, screenshot_dir, mailoutbox
):
    terms = translated_terms()
    InitiativeIndexPageFactory(parent=tree.homes["de"], translations=("en", "ar"))
    moderation_workflow(tree.homes["de"])
    get_user_model().objects.create_superuser("chefin", "chefin@example.org", "geheim-123")

    # 1. A visitor enters the initiative on a phone, without an account.
    visitor = new_page(viewport=(360, 800))
    visitor.goto(f"{live_server.url}/de/initiativen/submit/")
    visitor.fill("#id_title", TITLE)
    visitor.fill("#id_summary", "Gemeinsam nähen, reparieren und Deutsch sprechen.")
    visitor.get_by_label("Sprache", exact=True).check()
    visitor.get_by_label("Nordstadt", exact=True).check()
    visitor.fill("#id_contact_email", "naehen@example.org")
    visitor.fill("#id_submitter_name", "Sara Ahmadi")
    visitor.fill("#id_submitter_email", "sara@example.org")
    visitor.check("#id_consent")
    visitor.wait_for_timeout(3200)  # the form refuses submissions faster than a human
    visitor.locator(".form-actions button").click()
    visitor.wait_for_load_state()
    visitor.screenshot(path=screenshot_dir / "initiative-submitted-de-phone.png", full_page=True)
    page = InitiativePage.objects.get(title=TITLE)
    assert not page.live
    run_mail_queue()
    assert {"sara@example.org"} <= {address for m in mailoutbox for address in m.to}

    # Not public before approval.
    visitor.goto(f"{live_server.url}/de/initiativen/?category=sprache")
    assert TITLE not in visitor.content()

    # 2. An editor approves it in the admin.
    admin = new_page(viewport=(1280, 900))
    admin.goto(f"{live_server.url}/admin/login/")
    admin.fill("#id_username", "chefin")
    admin.fill("#id_password", "geheim-123")
    admin.click("button[type=submit]")
    admin.wait_for_load_state()
    admin.goto(f"{live_server.url}/admin/pages/{page.pk}/edit/")
    with admin.expect_navigation():
        admin.evaluate(
            'document.querySelector(\'[data-workflow-action-name="approve"]'
            ":not([data-workflow-action-modal-url])').click()"
        )
    page.refresh_from_db()
    assert page.live

    # 3. Visitors find it by filter, in German and in Arabic (with Arabic term names).
    visitor.goto(f"{live_server.url}/de/initiativen/")
    if not visitor.locator(".filters__form").is_visible():  # folded away on a phone
        visitor.locator(".filters__summary").click()
    visitor.locator('.filters__form input[name="category"][value="sprache"]').check()
    visitor.locator(".filters__form button[type=submit]").click()
    visitor.wait_for_load_state()
    assert "category=sprache" in visitor.url
    assert visitor.get_by_role("link", name=TITLE).count() == 1

    arabic = new_page(viewport=(360, 800))
    arabic.goto(f"{live_server.url}/ar/initiatives/?category=sprache&district=nordstadt")
    html = arabic.content()
    assert 'dir="rtl"' in html
    assert "دعم اللغة" in html  # the category in Arabic
    assert arabic.get_by_role("link", name=TITLE).count() == 1
    arabic.screenshot(path=screenshot_dir / "initiative-found-ar-phone.png", full_page=True)
    assert terms["sprache"].slug == "sprache"
