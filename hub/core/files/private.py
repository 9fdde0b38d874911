"""Handing out private files after Django has checked who may have them.

Without ``HUB_X_ACCEL_REDIRECT_PREFIX`` (the development server, tests) the app streams
the file itself. With it (the documented nginx deployment uses ``/_private/``, an
``internal`` location aliased to ``HUB_PRIVATE_MEDIA_ROOT``) the response has no body and
an ``X-Accel-Redirect`` header naming the file by its storage name; nginx then sends the
file and keeps this response's Content-Type, Content-Disposition and Cache-Control. A
gunicorn worker is not tied up for the whole download, and the internal location cannot
be requested from outside.

This module is also Wagtail's ``SENDFILE_BACKEND`` (``sendfile()``), used by its document
serve view once collection privacy has been checked.
"""

import os
from urllib.parse import quote

from django.conf import settings
from django.http import FileResponse, HttpRequest, HttpResponse
from django.utils.http import content_disposition_header
from wagtail.utils import sendfile_streaming_backend

PRIVATE_CACHE_CONTROL = "private, no-store"


def accel_path(local_path: str) -> str | None:
    """The ``X-Accel-Redirect`` value for a file on disk, or None when the app must send
    it itself (no prefix configured, or the file is not in the private root)."""
    prefix = settings.HUB_X_ACCEL_REDIRECT_PREFIX
    if not prefix:
        return None
    root = os.path.realpath(settings.PRIVATE_MEDIA_ROOT)
    path = os.path.realpath(local_path)
    if os.path.commonpath([root, path]) != root:
        return None
    name = os.path.relpath(path, root).replace(os.sep, "/")
    return prefix.rstrip("/") + "/" + quote(name, safe="/")


def _accel_response(redirect: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content_type=content_type)
    response["X-Accel-Redirect"] = redirect
    return response


def sendfile(request: HttpRequest, filename: str, mimetype: str = "", **kwargs) -> HttpResponse:
    """Wagtail's sendfile backend: nginx sends the file when configured, else we stream.

    Wagtail's ``sendfile()`` sets Content-Type, Content-Disposition (with ``filename*``
    for non-ASCII names) and Content-Length around this; ``hub.core.files.documents`` drops the
    length from an X-Accel response, which has no body.
    """
    redirect = accel_path(filename)
    if redirect is None:
        return sendfile_streaming_backend.sendfile(request, filename, **kwargs)
    return _accel_response(redirect, mimetype or "application/octet-stream")


def private_file_response(
    storage, name: str, *, content_type: str, filename: str, as_attachment: bool
) -> HttpResponse:
    """A response with the private file ``name``; raises ``FileNotFoundError`` when it is
    gone. Never cached by browsers or proxies."""
    try:
        local_path = storage.path(name)
    except NotImplementedError:
        local_path = None
    redirect = accel_path(local_path) if local_path else None
    if redirect is not None:
        if not os.path.exists(local_path):
            raise FileNotFoundError(name)
        response = _accel_response(redirect, content_type)
        response["Content-Disposition"] = content_disposition_header(as_attachment, filename)
    else:
        response = FileResponse(
            storage.open(name, "rb"),
            as_attachment=as_attachment,
            filename=filename,
            content_type=content_type,
        )
    response["Cache-Control"] = PRIVATE_CACHE_CONTROL
    return response
