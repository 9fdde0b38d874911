"""The Wagtail admin works: log in, create and publish a page."""

from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from hub.pages.models import ContentPage


def test_editor_logs_in_creates_and_publishes_a_page(client, tree):
    get_user_model().objects.create_superuser("chefin", "chefin@example.org", "geheim-123")
    login = client.post(
        "/admin/login/", {"username": "chefin", "password": "geheim-123"}, follow=True
    )
    assert login.status_code == 200
    assert client.get("/admin/").status_code == 200

    home = tree.homes["de"]
    add_url = f"/admin/pages/add/pages/contentpage/{home.pk}/"
    assert client.get(add_url).status_code == 200
    data = nested_form_data(
        {
            "title": "Sprachcafé",
            "slug": "sprachcafe",
            "intro": "Jeden Mittwoch.",
            "body": streamfield(
                [("paragraph", rich_text("<p>Deutsch üben bei Tee und Kuchen.</p>"))]
            ),
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
            "action-publish": "publish",
        }
    )
    response = client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]

    page = ContentPage.objects.get(slug="sprachcafe")
    assert page.live
    assert page.get_parent().pk == home.pk
    published = client.get("/de/sprachcafe/")
    assert published.status_code == 200
    assert "Deutsch üben bei Tee und Kuchen." in published.content.decode()


def test_anonymous_visitor_is_sent_to_admin_login(client, tree):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert Page.objects.filter(depth=2).count() == 5  # one home per language
