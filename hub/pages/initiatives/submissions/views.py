"""The entry form ("Initiative eintragen") and the correction form, served by the index page.

``InitiativeIndexPage`` routes ``submit/`` and ``update/<token>/`` here. Both forms post
back to their own address and, once stored, redirect to it with ``?sent=1`` (so reloading
the thank-you page sends nothing twice). The views only check spam and validity; storing
and notifying is ``services``' job.
"""

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation

from hub.core.antispam import FormRateLimit, RateLimit
from hub.core.i18n import live_translation
from hub.core.site import localized_url
from hub.pages.initiatives.submissions import services
from hub.pages.initiatives.submissions.correction import CorrectionForm
from hub.pages.initiatives.submissions.forms import InitiativeForm
from hub.pages.models import InitiativeIndexPage
from hub.pages.privacy import privacy_url

RATE_LIMIT_SCOPE = "initiative-form"
# Parking a valid image for a re-render costs storage; allow it more often than sending,
# but not without bound.
PARKING_PER_SUBMISSION = 4


def submit(request: HttpRequest, index_page: InitiativeIndexPage) -> HttpResponse:
    if request.method != "POST" and (redirect := _to_translation(request, index_page)):
        return redirect
    if request.method == "POST":
        form = InitiativeForm(request.POST, request.FILES)
        return _handle(
            request,
            index_page,
            form,
            lambda cleaned, submitter: services.submit_initiative(index_page, cleaned, submitter),
            template="pages/initiative_submit.html",
        )
    if request.GET.get("sent"):
        return _done(request, index_page, correction=False)
    return _render(request, index_page, "pages/initiative_submit.html", InitiativeForm())


def correct(request: HttpRequest, index_page: InitiativeIndexPage, token) -> HttpResponse:
    initiative = services.correctable_page(token)
    if initiative is None:
        raise Http404("No initiative for this link")
    if request.method != "POST" and (redirect := _to_translation(request, index_page, token)):
        return redirect
    extra = {"initiative": initiative, "initiative_url": localized_url(initiative, request)}
    if request.method == "POST":
        form = CorrectionForm(request.POST, request.FILES, current_image=initiative.image)
        return _handle(
            request,
            index_page,
            form,
            lambda cleaned, submitter: services.submit_correction(initiative, cleaned, submitter),
            template="pages/initiative_correct.html",
            extra=extra,
        )
    if request.GET.get("sent"):
        return _done(request, index_page, correction=True, extra=extra)
    form = CorrectionForm(
        initial=CorrectionForm.initial_for(initiative), current_image=initiative.image
    )
    return _render(request, index_page, "pages/initiative_correct.html", form, extra)


def _handle(request, index_page, form, store, template: str, extra: dict | None = None):

    def keep(data) -> bool:
        submitter = services.Submitter(
            name=data["submitter_name"],
            email=data["submitter_email"],
            language=translation.get_language(),
            message=data.get("message", ""),
        )
        try:
            store({**data, "chosen_image": form.chosen_image}, submitter)
        except services.SubmissionError as error:
            form.add_error(None, error.message)
            return False
        return True

    # Counted per sender, so that an office sharing one connection is not locked out.
    done, refusal = FormRateLimit(RATE_LIMIT_SCOPE).submit(
        request, form, lambda data: data["submitter_email"].lower(), keep
    )
    if done:
        return HttpResponseRedirect(request.path + "?sent=1")
    parking = RateLimit(
        "initiative-image", limit=settings.HUB_FORM_IP_RATE_LIMIT * PARKING_PER_SUBMISSION
    )
    may_park = not parking.is_exceeded(request)
    if may_park and form.cleaned_data.get("image"):
        parking.hit(request)
    form.keep_upload(may_park=may_park)
    return _render(request, index_page, template, form, extra, status=429 if refusal else 200)


def _render(request, index_page, template, form, extra=None, status=200) -> TemplateResponse:
    context = index_page.get_context(request)
    context.update(
        {
            "form": form,
            "directory_url": localized_url(index_page, request),
            "privacy_url": privacy_url(request),
            **(extra or {}),
        }
    )
    return TemplateResponse(request, template, context, status=status)


def _done(request, index_page, correction: bool, extra=None) -> TemplateResponse:
    context = index_page.get_context(request)
    context.update(
        {
            "correction": correction,
            "directory_url": localized_url(index_page, request),
            "again_url": request.path,
            **(extra or {}),
        }
    )
    return TemplateResponse(request, "pages/initiative_submit_done.html", context)


def _to_translation(request, index_page, token=None) -> HttpResponseRedirect | None:
    """Send a visitor who reached another language's index to their own language's form.

    The home page's fallback routing serves the German tree under any language prefix,
    and the index's routes bypass ``LocalizedPage.serve``, so the check is made here.
    """
    translated = live_translation(index_page)
    if translated is None:
        return None
    translated = translated.specific
    route = (
        translated.reverse_subpage("correction_route", args=[token])
        if token
        else translated.reverse_subpage("submit_route")
    )
    query = request.GET.urlencode()
    return HttpResponseRedirect(
        translated.get_url(request) + route + ("?" + query if query else "")
    )
