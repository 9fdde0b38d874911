"""System check: the private root must be out of reach of whatever serves public files.

``MEDIA_ROOT`` (``/media/``) and ``STATIC_ROOT`` (``/static/``) are handed to anyone by
the web server. A ``HUB_PRIVATE_MEDIA_ROOT`` equal to or inside either would publish
members-only documents, image originals and board attachments under a guessable address,
so ``manage.py check`` (and every ``runserver``, ``migrate``, ``check --deploy``) refuses
it. Symlinks are resolved: a link from the private root into ``MEDIA_ROOT`` counts.
"""

import os

from django.conf import settings
from django.core import checks


def _inside(path: str, root: str) -> bool:
    return os.path.commonpath([path, root]) == root


def check_private_media_root(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    private = os.path.realpath(settings.PRIVATE_MEDIA_ROOT)
    errors = []
    for setting in ("MEDIA_ROOT", "STATIC_ROOT"):
        value = getattr(settings, setting, None)
        if not value:
            continue
        public = os.path.realpath(value)
        if _inside(private, public):
            errors.append(
                checks.Error(
                    f"HUB_PRIVATE_MEDIA_ROOT ({private}) is {setting} or lies inside it "
                    f"({public}), which the web server serves to anyone.",
                    hint=f"Choose a directory outside {setting}, e.g. /srv/hub/private-media "
                    "next to /srv/hub/media.",
                    id="hub.E001" if setting == "MEDIA_ROOT" else "hub.E002",
                )
            )
    return errors
