"""``@module_data``: built once per module, yet every test starts from the same data.

The tests come in pairs that check the pristine state first and then spoil it, so that
whichever runs second proves the first one's changes are gone, in any order.
"""

from django.core import mail
from django.core.cache import cache
from django.db import connection
from wagtail.models import Page

from hub.demo.factories.site import Tree
from hub.pages.models import ContentPage
from tests.module_data import module_data

BUILT: list[int] = []


@module_data
def notice(tree: Tree) -> ContentPage:
    """A page on top of ``tree``, and an e-mail about it."""
    page = tree.homes["de"].add_child(instance=ContentPage(title="Aushang", slug="aushang"))
    page.save_revision().publish()
    mail.send_mail("Aushang", "Neu.", "hub@example.org", ["redaktion@example.org"])
    BUILT.append(page.pk)
    return page


def spoil(tree: Tree) -> None:
    """Change the data in memory and in the database, and leave traces elsewhere."""
    home = tree.homes["de"]
    home.title = "Verändert im Speicher"
    tree.about["de"].title = "Verändert"
    tree.about["de"].save_revision().publish()
    home.add_child(instance=ContentPage(title="Neu", slug="neu"))
    tree.extra.append(home)
    cache.set("hub:test:spoiled", True)


def assert_pristine(tree: Tree) -> None:
    assert tree.homes["de"].title == "Netzwerk Willkommen"
    assert ContentPage.objects.get(pk=tree.about["de"].pk).title == "Über uns"
    assert tree.about["de"].title == "Über uns"
    assert not Page.objects.filter(slug="neu").exists()
    assert tree.extra == []
    assert cache.get("hub:test:spoiled") is None


def test_tree_is_pristine_and_then_spoiled_one(tree):
    assert_pristine(tree)
    spoil(tree)


def test_tree_is_pristine_and_then_spoiled_two(tree):
    assert_pristine(tree)
    spoil(tree)


def test_tree_alone_does_not_see_data_built_for_other_tests(tree):
    assert not Page.objects.filter(slug="aushang").exists()
    assert mail.outbox == []


def test_data_on_top_of_the_tree_is_pristine_and_then_spoiled_one(tree, notice):
    assert_pristine(tree)
    assert notice.get_parent().pk == tree.homes["de"].pk
    assert notice.live and notice.title == "Aushang"
    # The builder's e-mail is in the outbox, as if the fixture had just sent it.
    assert [message.subject for message in mail.outbox] == ["Aushang"]
    notice.title = "Abgehängt"
    notice.save()
    mail.outbox[0].subject = "Geändert"
    spoil(tree)


def test_data_on_top_of_the_tree_is_pristine_and_then_spoiled_two(notice):
    assert Page.objects.get(pk=notice.pk).title == notice.title == "Aushang"
    assert [message.subject for message in mail.outbox] == ["Aushang"]
    notice.delete()


def test_built_once_for_the_module_in_a_transaction_of_its_own(notice):
    # The module's block, one per builder (tree, notice) and the test's own.
    assert len(connection.atomic_blocks) == 4
    # Built again only after a test that needed the tree without it.
    assert 1 <= len(BUILT) <= 2
    assert BUILT[-1] == notice.pk
