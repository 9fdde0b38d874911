"""The "still active?" page that the reminder e-mail links to.

GET only shows the question: mail scanners and link previews fetch every link in an
e-mail, so opening the link must never count as a confirmation. The button POSTs (with
CSRF protection); after it the visitor is redirected to a thank-you page (so a reload
does not post again) whose address carries a signed, short-lived note of what was
confirmed, because the token in the path has been replaced by then.
"""

from uuid import UUID

from django.conf import settings
from django.core import signing
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import get_language, get_language_info
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from hub.core.i18n import LanguageLink, live_translation
from hub.pages.initiatives.freshness.entries import (
    in_locale,
    relative_url,
    subpage_url,
    url_in_language,
)
from hub.pages.initiatives.freshness.services import (
    Entry,
    InvalidConfirmationLink,
    confirm_by_token,
    entry_for_key,
    entry_for_token,
)
from hub.pages.models import InitiativeIndexPage
from hub.pages.models.initiatives import InitiativeStatus

TEMPLATE = "pages/initiative_confirm.html"
DONE_SALT = "hub.freshness.confirmed"
DONE_MAX_AGE = 24 * 60 * 60


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request: HttpRequest, index_page: InitiativeIndexPage, token: UUID) -> HttpResponse:
    if request.method == "POST":
        try:
            entry = confirm_by_token(token, now=timezone.now(), index=index_page)
        except InvalidConfirmationLink as error:
            raise Http404(error.message) from error
        done = signing.dumps(
            {"token": str(token), "key": str(entry.page.translation_key)}, salt=DONE_SALT
        )
        return HttpResponseRedirect(f"{request.path}?{urlencode({'done': done})}")

    if redirect := _to_translated_directory(request, index_page, token):
        return redirect
    entry = entry_for_token(token, index_page)
    if entry is not None:
        return _render(request, index_page, entry, token=token, done=False)
    entry = _confirmed_entry(request, token, index_page)
    if entry is None:
        raise Http404(InvalidConfirmationLink.default_message)
    return _render(request, index_page, entry, token=token, done=True)


def _to_translated_directory(
    request: HttpRequest, index_page: InitiativeIndexPage, token: UUID
) -> HttpResponseRedirect | None:
    """Send a visitor who reached the source directory under another prefix (the language
    switcher keeps the path) to the same route of their language's directory."""
    translated = live_translation(index_page)
    if translated is None:
        return None
    target = subpage_url(translated.get_url(request), translated.specific, "confirm_route", token)
    query = request.GET.urlencode()
    return HttpResponseRedirect(target + ("?" + query if query else ""))


def _confirmed_entry(
    request: HttpRequest, token: UUID, index_page: InitiativeIndexPage
) -> Entry | None:
    """The initiative this browser has just confirmed with ``token``, from ``?done=``."""
    try:
        note = signing.loads(request.GET.get("done", ""), salt=DONE_SALT, max_age=DONE_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(note, dict) or note.get("token") != str(token):
        return None
    try:
        key = UUID(note.get("key", ""))
    except ValueError:
        return None
    return entry_for_key(key, index_page)


def _render(
    request: HttpRequest,
    index_page: InitiativeIndexPage,
    entry: Entry,
    *,
    token: UUID,
    done: bool,
) -> HttpResponse:
    initiative = in_locale(entry.page, Locale.get_active())
    directory_url = relative_url(index_page, request)
    context = {
        "initiative": initiative,
        # Isolated, so that a name in another script does not reorder the sentence around it.
        "initiative_name": format_html(
            '<bdi lang="{}">{}</bdi>', initiative.locale.language_code, initiative.title
        ),
        "initiative_url": relative_url(entry.page, request),
        "directory_url": directory_url,
        # After a confirmation the token is spent; corrections need the next e-mail.
        "correction_url": ""
        if done
        else subpage_url(directory_url, index_page, "correction_route", token),
        "is_paused": entry.page.status == InitiativeStatus.PAUSED,
        "done": done,
        "months": settings.HUB_STALE_AFTER_MONTHS,
        "language_links": _language_links(request, index_page, token),
    }
    response = TemplateResponse(request, TEMPLATE, context)
    # The address holds a secret: keep it out of shared caches and the browser's cache.
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _language_links(
    request: HttpRequest, index_page: InitiativeIndexPage, token: UUID
) -> list[LanguageLink]:
    """This page in every language: the same route under each language's directory.

    The generic switcher keeps the path and swaps the prefix, which fails where the
    directory's slug differs between languages (``/de/initiatives/`` does not exist).
    """
    query = request.GET.urlencode()
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        url = subpage_url(
            url_in_language(index_page, code, request), index_page, "confirm_route", token
        )
        links.append(
            LanguageLink(
                code=code,
                name_local=info["name_local"],
                url=url + ("?" + query if query else ""),
                is_current=code == current,
                is_translated=True,
                bidi=bool(info.get("bidi")),
            )
        )
    return links
