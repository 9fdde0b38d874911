"""The "Become a member" form, served by the organisations directory (``apply/``).

Posts back to its own address and, once stored, redirects to it with ``?sent=1`` (so
reloading the thank-you page sends nothing twice). The view checks spam and validity
only; ``hub.network.applications`` stores and e-mails.
"""

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation

from hub.core.antispam import FormRateLimit
from hub.core.i18n import live_translation
from hub.core.site import localized_url
from hub.network import applications
from hub.network.joining.forms import MembershipApplicationForm
from hub.network.models import OrganisationIndexPage
from hub.pages.privacy import privacy_url

RATE_LIMIT_SCOPE = "membership-application"
TEMPLATE = "network/membership_apply.html"


def apply(request: HttpRequest, index_page: OrganisationIndexPage) -> HttpResponse:
    if request.method != "POST" and (redirect := _to_translation(request, index_page)):
        return redirect
    if request.method != "POST":
        if request.GET.get("sent"):
            return _done(request, index_page)
        return _render(request, index_page, MembershipApplicationForm())

    form = MembershipApplicationForm(request.POST)

    def store(data) -> bool:
        applications.submit_application(data, translation.get_language())
        return True

    # Counted per applicant, so that people sharing one connection are not locked out.
    done, refusal = FormRateLimit(RATE_LIMIT_SCOPE).submit(
        request, form, lambda data: data["email"].lower(), store
    )
    if done:
        return HttpResponseRedirect(request.path + "?sent=1")
    return _render(request, index_page, form, status=429 if refusal else 200)


def _render(request, index_page, form, status=200) -> TemplateResponse:
    context = index_page.get_context(request)
    context.update(
        {
            "form": form,
            "directory_url": localized_url(index_page, request),
            "privacy_url": privacy_url(request),
        }
    )
    return TemplateResponse(request, TEMPLATE, context, status=status)


def _done(request, index_page) -> TemplateResponse:
    context = index_page.get_context(request)
    context["directory_url"] = localized_url(index_page, request)
    return TemplateResponse(request, "network/membership_apply_done.html", context)


def _to_translation(request, index_page) -> HttpResponseRedirect | None:
    """Send a visitor who reached another language's directory to their own language's
    form (the home page's fallback serves the German tree under any prefix)."""
    translated = live_translation(index_page)
    if translated is None:
        return None
    translated = translated.specific
    return HttpResponseRedirect(translated.get_url(request) + translated.apply_subpath())
