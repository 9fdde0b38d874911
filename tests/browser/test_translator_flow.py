"""End to end: a Persian translator translates a page in wagtail-localize's editor and
asks for review, a reviewer approves, and the visitor reads it right to left."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, Workflow, WorkflowPage
from wagtail_localize.models import Translation, TranslationSource

from hub.localization.translators.groups import ensure_translator_groups, group_name
from tests.browser.test_initiative_flow import moderation_workflow

PASSWORD = "geheim-123"  # noqa: S105 - test accounts
PERSIAN_TITLE = "تماس با ما"


def test_translator_translates_into_persian_and_a_reviewer_approves(
    transactional_db, tree, live_server, new_page, screenshot_dir
):
    ensure_translator_groups(list(tree.homes.values()))
    moderation_workflow(tree.homes["de"])
    # The Persian tree is a sibling of the German one: it needs the workflow as well
    # (a live-server test starts without Wagtail's default workflow on the root).
    WorkflowPage.objects.update_or_create(
        page=tree.homes["fa"],
        defaults={"workflow": Workflow.objects.filter(name="Moderators approval").last()},
    )
    translator = get_user_model().objects.create_user("omid", "omid@example.org", PASSWORD)
    translator.groups.add(Group.objects.get(name=group_name("fa")))
    get_user_model().objects.create_superuser("chefin", "chefin@example.org", PASSWORD)
    # "Kontakt" exists in German only; the translation job is set up as "Translate"
    # in the admin does it (an empty Persian draft).
    source, _created = TranslationSource.get_or_create_from_instance(tree.contact)
    job = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="fa")
    )
    job.save_target(publish=False)
    persian = Page.objects.get(
        translation_key=tree.contact.translation_key, locale=job.target_locale
    )

    # 1. The translator logs in to the admin and opens the translation editor.
    admin = new_page(viewport=(1280, 900))
    admin.goto(f"{live_server.url}/admin/login/")
    admin.fill("#id_username", "omid")
    admin.fill("#id_password", PASSWORD)
    admin.click("button[type=submit]")
    admin.wait_for_load_state()
    # The overview shows the Persian column first and "Kontakt" in progress; its cell
    # leads into the editor.
    admin.goto(f"{live_server.url}/admin/translations/overview/")
    admin.screenshot(path=screenshot_dir / "translator-overview.png")
    cell = admin.locator('tr:has(th:text-is("Kontakt")) td[data-language="fa"] a.hub-status')
    assert cell.get_attribute("href").endswith(f"/admin/pages/{persian.pk}/edit/")
    cell.click()
    admin.wait_for_load_state()
    admin.get_by_role("button", name="Translate").first.click()
    admin.locator("textarea").first.fill(PERSIAN_TITLE)
    with admin.expect_response(
        lambda response: "/translate/" in response.url or response.request.method in ("POST", "PUT")
    ):
        admin.get_by_role("button", name="Save").first.click()
    admin.screenshot(path=screenshot_dir / "translator-editor-fa.png")
    # Publishing is not offered to translators.
    assert admin.get_by_role("button", name="Publish in Persian").count() == 0

    # 2. Asks for review, from the overview.
    admin.goto(f"{live_server.url}/admin/translations/overview/")
    admin.locator('tr:has(th:text-is("Kontakt")) td[data-language="fa"]').get_by_role(
        "link", name="Ask for review"
    ).click()
    admin.wait_for_load_state()
    admin.get_by_role("button", name="Ask for review").click()
    admin.wait_for_load_state()
    persian.refresh_from_db()
    assert not persian.live

    # 3. The reviewer approves it.
    reviewer = new_page(viewport=(1280, 900))
    reviewer.goto(f"{live_server.url}/admin/login/")
    reviewer.fill("#id_username", "chefin")
    reviewer.fill("#id_password", PASSWORD)
    reviewer.click("button[type=submit]")
    reviewer.wait_for_load_state()
    from wagtail.models import WorkflowState

    assert WorkflowState.objects.filter(object_id=str(persian.pk), status="in_progress").exists()
    reviewer.goto(f"{live_server.url}/admin/")
    reviewer.locator(".w-dropdown__toggle, [aria-label^='More']").last.click()
    reviewer.wait_for_timeout(500)
    reviewer.screenshot(path=screenshot_dir / "translator-review-menu.png")
    with reviewer.expect_navigation():
        reviewer.get_by_role("menuitem", name="Approve", exact=True).or_(
            reviewer.get_by_text("Approve", exact=True)
        ).first.click()
    persian.refresh_from_db()
    assert persian.live and persian.title == PERSIAN_TITLE

    # 4. The visitor reads it in Persian, right to left.
    visitor = new_page(viewport=(360, 800))
    visitor.goto(f"{live_server.url}{persian.url}")
    assert visitor.locator("html").get_attribute("dir") == "rtl"
    assert visitor.locator("h1").first.inner_text().strip() == PERSIAN_TITLE
    visitor.screenshot(path=screenshot_dir / "translator-published-fa-phone.png", full_page=True)
