"""``/<language>/report-a-barrier/``: the form, and its thank-you page at ``?sent=1`` (so
reloading it sends nothing twice). Spam checks and limits as on every public form."""

from urllib.parse import urlsplit

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme

from hub.core.antispam import FormRateLimit
from hub.pages.feedback.emails import send_barrier_report
from hub.pages.feedback.forms import BarrierReportForm
from hub.pages.privacy import privacy_url

RATE_LIMIT_SCOPE = "barrier-report"
PAGE_PARAM = "page"


def report_barrier(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        if request.GET.get("sent"):
            return TemplateResponse(request, "pages/barrier_report_done.html", {})
        form = BarrierReportForm(initial={"page_url": _page_of(request)})
        return _render(request, form)

    form = BarrierReportForm(request.POST)

    def store(data) -> bool:
        send_barrier_report(data, translation.get_language())
        return True

    done, refusal = FormRateLimit(RATE_LIMIT_SCOPE).submit(
        request, form, lambda data: data["email"].lower() or None, store
    )
    if done:
        return HttpResponseRedirect(request.path + "?sent=1")
    return _render(request, form, status=429 if refusal else 200)


def _page_of(request: HttpRequest) -> str:
    """The page the visitor came from (``?page=`` or the referring page of this site), so
    that they need not type where the barrier is."""
    address = request.GET.get(PAGE_PARAM) or request.META.get("HTTP_REFERER", "")
    if not address or not url_has_allowed_host_and_scheme(
        address, allowed_hosts={request.get_host()}, require_https=False
    ):
        return ""
    parts = urlsplit(address)
    if parts.path == request.path:
        return ""
    return request.build_absolute_uri(parts.path + (f"?{parts.query}" if parts.query else ""))


def _render(request: HttpRequest, form: BarrierReportForm, status: int = 200) -> TemplateResponse:
    context = {"form": form, "privacy_url": privacy_url(request)}
    return TemplateResponse(request, "pages/barrier_report.html", context, status=status)
