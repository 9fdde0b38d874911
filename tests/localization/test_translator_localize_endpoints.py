"""wagtail-localize's editor and its endpoints keep a translator to their own languages.

A translator in "Translators (ar)" has the model permission to change categories (the
Arabic ones); wagtail-localize alone would let them save the Persian one too.
"""

from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from hub.core.permissions import TRANSLATORS
from hub.localization.translators.groups import ensure_translator_groups, group_name
from hub.snippets.models import Category
from tests.localization.test_translators import make_user
from tests.localization.test_translators import persian_draft as persian_page_draft
from tests.pages.localize_support import start_translation, translated

pytestmark = pytest.mark.django_db

EDITOR_TEMPLATE = "wagtail_localize/admin/edit_translation.html"


@pytest.fixture
def people(tree):
    ensure_translator_groups(list(tree.homes.values()))
    editors, _created = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_category"),
    )
    return {"ar": make_user("samira", group_name("ar")), "editor": make_user("eva", "Editors")}


@pytest.fixture
def category(tree):
    german = Category.objects.create(
        locale=Locale.objects.get(language_code="de"), slug="sprache", name="Sprachförderung"
    )
    return {
        "de": german,
        "ar": start_translation(german, "ar"),
        "fa": start_translation(german, "fa"),
    }


def edit_url(translation) -> str:
    target = translated(
        translation.source.get_source_instance(), translation.target_locale.language_code
    )
    return reverse("wagtailsnippets_snippets_category:edit", args=[target.pk])


def string_url(translation) -> str:
    segment = StringSegment.objects.filter(source=translation.source).first()
    return reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])


def put_string(client, translation, text: str):
    return client.put(
        string_url(translation),
        urlencode({"value": text}),
        content_type="application/x-www-form-urlencoded",
    )


def is_denied(response) -> bool:
    if response.status_code == 403:
        return True
    # Wagtail's usual answer: back to the dashboard with "you do not have permission".
    return response.status_code == 302 and response["Location"] in ("/admin/", "/admin")


def stored(translation) -> list[str]:
    return list(
        StringTranslation.objects.filter(locale=translation.target_locale).values_list(
            "data", flat=True
        )
    )


def test_the_translator_edits_the_snippet_in_their_language(client, people, category):
    client.force_login(people["ar"])

    editor = client.get(edit_url(category["ar"]))
    saved = put_string(client, category["ar"], "تعزيز اللغة")
    published = client.post(edit_url(category["ar"]), {"action": "publish"})

    assert editor.status_code == 200
    assert EDITOR_TEMPLATE in [template.name for template in editor.templates]
    assert saved.status_code == 201
    assert stored(category["ar"]) == ["تعزيز اللغة"]
    assert published.status_code == 302 and not is_denied(published)
    assert translated(category["de"], "ar").name == "تعزيز اللغة"


def test_the_translator_cannot_touch_another_languages_snippet(client, people, category):
    persian = category["fa"]
    client.force_login(people["ar"])

    assert is_denied(client.get(edit_url(persian)))
    assert is_denied(client.post(edit_url(persian), {"action": "publish"}))
    assert is_denied(put_string(client, persian, "تقویت زبان"))
    assert is_denied(client.delete(string_url(persian)))
    for name in ("upload_pofile", "machine_translate", "stop_translation"):
        url = reverse(f"wagtail_localize:{name}", args=[persian.pk])
        assert is_denied(client.post(url)), name
    assert is_denied(client.get(reverse("wagtail_localize:download_pofile", args=[persian.pk])))

    assert stored(persian) == []
    persian.refresh_from_db()
    assert persian.enabled


def test_an_editor_edits_every_language(client, people, category):
    client.force_login(people["editor"])

    editor = client.get(edit_url(category["fa"]))
    assert EDITOR_TEMPLATE in [template.name for template in editor.templates]
    assert put_string(client, category["fa"], "تقویت زبان").status_code == 201
    assert stored(category["fa"]) == ["تقویت زبان"]


def test_the_translator_cannot_open_the_editor_of_another_languages_page(client, people, tree):
    persian = persian_page_draft(tree.about["de"])
    client.force_login(people["ar"])

    response = client.get(reverse("wagtailadmin_pages:edit", args=[persian.pk]))

    assert is_denied(response)


def test_translating_into_another_language_is_refused(client, people, category, tree):
    client.force_login(people["ar"])
    submit = reverse("wagtail_localize:submit_page_translation", args=[tree.contact.pk])
    persian = Locale.objects.get(language_code="fa")

    assert client.get(submit).status_code == 200
    with translation.override("de"):
        response = client.post(submit, {"locales": [persian.pk]}, follow=True)
    assert response.redirect_chain == [(submit, 302)]
    [message] = [str(m) for m in response.context["messages"]]
    assert "Arabic" in message or "Arabisch" in message, message
    assert not Page.objects.filter(
        translation_key=tree.contact.translation_key, locale=persian
    ).exists()


def test_syncing_is_refused_when_it_rewrites_another_language(client, people, category):
    source = category["fa"].source
    client.force_login(people["ar"])

    response = client.post(reverse("wagtail_localize:update_translations", args=[source.pk]))

    assert is_denied(response)


def test_syncing_may_not_publish_what_the_translator_may_not_publish(client, people, tree):
    persian_page_draft(tree.about["de"])
    source = TranslationSource.objects.get(object_id=tree.about["de"].translation_key)
    client.force_login(make_user("leila", TRANSLATORS))  # every language, never publishing
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])

    assert is_denied(client.post(sync, {"publish_translations": "on"}))
    assert not Page.objects.get(translation_key=source.object_id, locale__language_code="fa").live
    assert not is_denied(client.post(sync))
