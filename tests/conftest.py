import pytest

from tests.tree import build_tree


@pytest.fixture
def tree(db):
    return build_tree()
