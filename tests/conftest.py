import pytest
from django.conf import settings
from django.utils import translation

from hub.core.locales import sync_locales
from hub.demo.factories.site import Tree, build_tree
from hub.settings.languages import DEFAULT_LANGUAGES, build_languages
from tests.module_data import (  # noqa: F401 - fixtures
    _django_db_helper,
    _module_data,
    _module_data_prepare,
    module_data,
)


@module_data
def tree() -> Tree:
    """The multilingual page tree of ``build_tree``, built once per module."""
    return build_tree()


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the source language. A request through the test client leaves
    the language it was served in active (LocaleMiddleware activates, nothing resets), so
    without this a test's outcome would depend on which test ran before it."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def easy_german(settings) -> None:
    """The default languages with Easy German, which the suite otherwise leaves out (see
    hub/settings/test.py), and its Wagtail locale."""
    languages = build_languages(list(DEFAULT_LANGUAGES))
    settings.HUB_LANGUAGES = list(DEFAULT_LANGUAGES)
    settings.LANGUAGES = languages
    settings.WAGTAIL_CONTENT_LANGUAGES = languages
    sync_locales()
