from tests.module_data import (  # noqa: F401 - fixtures
    _django_db_helper,
    _module_data,
    _module_data_prepare,
    module_data,
)
from tests.tree import Tree, build_tree


@module_data
def tree() -> Tree:
    """The multilingual page tree of ``tests.tree``, built once per module."""
    return build_tree()
