"""Where uploaded files live: only what may be public lies under ``MEDIA_ROOT``.

The web server hands out everything under ``MEDIA_ROOT`` (``/media/``) to anyone. Wagtail
keeps documents (``documents/…``, including the members-only collection's minutes and
phone lists) and image originals (``original_images/<uploader's file name>``, including
images of submissions still awaiting review) in the default storage, and so did the
public forms' parked uploads (``submissions/parked/…``). ``MediaStorage``, the default
storage, therefore routes those names to the ``private`` storage
(``HUB_PRIVATE_MEDIA_ROOT``, which also holds board attachments) and keeps everything
else — Wagtail's renditions under ``images/``, admin avatars — public. Storage names do
not change, so no database row does: a private file's path below
``HUB_PRIVATE_MEDIA_ROOT`` is its storage name, which is what nginx's internal
``/_private/`` location and ``hub.core.files.private`` rely on.

Documents reach people only through Wagtail's serve view, which checks collection
privacy; originals are only read by Wagtail to make renditions.
"""

import logging
import os
import posixpath
import shutil
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property

logger = logging.getLogger(__name__)

# Names under these prefixes never get a public address.
# (Wagtail parks multiple-upload files it cannot yet turn into images in uploaded_files/.)
PRIVATE_PREFIXES = ("documents/", "original_images/", "submissions/", "uploaded_files/")


class NoPublicURL(NotImplementedError, ValueError):
    """A private file has no URL. ``NotImplementedError`` is what Wagtail's document
    serve view expects from a storage without URLs; ``ValueError`` is Django's own."""


def is_private(name: str) -> bool:
    """Whether the storage name ``name`` belongs in the private storage."""
    normalized = posixpath.normpath(str(name).replace("\\", "/")).lstrip("/")
    return normalized.startswith(PRIVATE_PREFIXES) or normalized + "/" in PRIVATE_PREFIXES


@deconstructible(path="hub.core.files.storage.PrivateFileSystemStorage")
class PrivateFileSystemStorage(FileSystemStorage):
    """Files on disk under ``HUB_PRIVATE_MEDIA_ROOT`` without a URL: asking for one is a
    programming error, not a link to ``/media/`` that might one day be served."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise NoPublicURL("Files in the private storage have no URL; serve them through a view.")


def private_storage() -> Storage:
    """The storage no web server serves (``STORAGES["private"]``)."""
    return storages["private"]


@deconstructible(path="hub.core.files.storage.MediaStorage")
class MediaStorage(Storage):
    """The default storage: ``PRIVATE_PREFIXES`` go to the private storage, the rest to
    ``MEDIA_ROOT``/``MEDIA_URL``. Options are those of ``FileSystemStorage`` (public part)."""

    def __init__(self, **options) -> None:
        self.public = FileSystemStorage(**options)

    def _target(self, name: str) -> Storage:
        return private_storage() if is_private(name) else self.public

    def _open(self, name, mode="rb"):
        return self._target(name).open(name, mode)

    def _save(self, name, content):
        return self._target(name)._save(name, content)

    def delete(self, name):
        return self._target(name).delete(name)

    def exists(self, name):
        return self._target(name).exists(name)

    def listdir(self, path):
        return self._target(path).listdir(path)

    def path(self, name):
        return self._target(name).path(name)

    def size(self, name):
        return self._target(name).size(name)

    def url(self, name):
        return self._target(name).url(name)

    def get_accessed_time(self, name):
        return self._target(name).get_accessed_time(name)

    def get_created_time(self, name):
        return self._target(name).get_created_time(name)

    def get_modified_time(self, name):
        return self._target(name).get_modified_time(name)


def move_private_files(verbosity: int = 1) -> list[str]:
    """Move files that older versions kept under ``MEDIA_ROOT`` to the private root.

    Idempotent: runs after every ``migrate``. A file whose name is already taken in the
    private root is left where it is with a warning (never overwritten); identical copies
    are simply removed from ``MEDIA_ROOT``. Returns the storage names moved.
    """
    media_root = Path(settings.MEDIA_ROOT)
    private_root = Path(settings.PRIVATE_MEDIA_ROOT)
    if not media_root.is_dir() or _same_dir(media_root, private_root):
        return []
    moved = []
    for prefix in PRIVATE_PREFIXES:
        source_dir = media_root / prefix.rstrip("/")
        if not source_dir.is_dir() or source_dir.is_symlink():
            continue
        for source in sorted(path for path in source_dir.rglob("*") if path.is_file()):
            name = source.relative_to(media_root).as_posix()
            target = private_root / name
            if target.exists():
                if _same_content(source, target):
                    source.unlink()
                else:
                    logger.warning(
                        "Not moving %s to %s: a different file of that name is there already.",
                        source,
                        target,
                    )
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(source, target)
            moved.append(name)
        _remove_empty_dirs(source_dir)
    if moved and verbosity:
        logger.info("Moved %d private files from MEDIA_ROOT to the private root.", len(moved))
    return moved


def _same_dir(first: Path, second: Path) -> bool:
    return os.path.realpath(first) == os.path.realpath(second)


def _same_content(first: Path, second: Path) -> bool:
    if first.stat().st_size != second.stat().st_size:
        return False
    with first.open("rb") as a, second.open("rb") as b:
        while chunk := a.read(1 << 16):
            if chunk != b.read(len(chunk)):
                return False
    return True


def _remove_empty_dirs(directory: Path) -> None:
    for path in sorted((p for p in directory.rglob("*") if p.is_dir()), reverse=True):
        if not any(path.iterdir()):
            path.rmdir()
    if directory.is_dir() and not any(directory.iterdir()):
        directory.rmdir()


def move_private_files_after_migrate(sender, verbosity: int = 1, **kwargs) -> None:
    """``post_migrate`` receiver: installations from before the private storage (and a
    developer's ``var/``) get their documents and originals moved on the next migrate."""
    move_private_files(verbosity=verbosity)
