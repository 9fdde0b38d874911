"""``/documents/<id>/<file name>``: Wagtail's serve view, with two of its headers mended.

Documents live in the private storage (``hub.core.files.storage``) and have no address under
``/media/``; this view is the only way to them. Wagtail checks the collection's privacy
("Members") before anything is sent; what answers for a restricted document — the file,
the login redirect, the password form — is made ``private, no-store`` by
``hub.core.security.private_responses`` (the members' ``before_serve_document`` hook
marks it), while
documents of public collections stay cacheable. An X-Accel response
(``hub.core.files.private``) loses the Content-Length Wagtail gave it for the file: the
response itself has no body. And no document gets the header ``Content-Encoding: None``
that Wagtail writes when ``mimetypes`` guesses no encoding.
"""

from django.http import HttpRequest, HttpResponse
from wagtail.documents.views import serve as wagtail_serve


def serve(request: HttpRequest, document_id: str, document_filename: str) -> HttpResponse:
    response = wagtail_serve.serve(request, document_id, document_filename)
    if response.has_header("X-Accel-Redirect"):
        del response["Content-Length"]
    if response.get("Content-Encoding") == "None":
        # wagtail.utils.sendfile writes the guessed encoding even when there is none.
        del response["Content-Encoding"]
    return response
