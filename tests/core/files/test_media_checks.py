"""The system check refuses a private root that the web server would serve."""

import os

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from hub.core.files.checks import check_private_media_root


def _ids(settings) -> list[str]:
    return [message.id for message in check_private_media_root()]


def test_separate_roots_pass(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STATIC_ROOT = tmp_path / "static"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    assert _ids(settings) == []


@pytest.mark.parametrize("private", ["media", "media/private", "media/documents/../x"])
def test_private_root_equal_to_or_inside_media_root_is_an_error(settings, tmp_path, private):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STATIC_ROOT = tmp_path / "static"
    settings.PRIVATE_MEDIA_ROOT = os.path.join(tmp_path, private)
    assert _ids(settings) == ["hub.E001"]


def test_a_symlink_into_media_root_is_an_error(settings, tmp_path):
    (tmp_path / "media" / "hidden").mkdir(parents=True)
    (tmp_path / "private-media").symlink_to(tmp_path / "media" / "hidden")
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STATIC_ROOT = tmp_path / "static"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    assert _ids(settings) == ["hub.E001"]


def test_private_root_inside_static_root_is_an_error(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STATIC_ROOT = tmp_path / "static"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "static" / "private"
    assert _ids(settings) == ["hub.E002"]


def test_manage_py_check_fails(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "media" / "private"
    with pytest.raises(SystemCheckError, match="HUB_PRIVATE_MEDIA_ROOT"):
        call_command("check")
