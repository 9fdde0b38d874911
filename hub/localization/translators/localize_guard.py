"""wagtail-localize's own endpoints, held to the project's per-language rules.

wagtail-localize checks a snippet translation only against the model permission
(``user_can_edit_snippet_type``): a translator in "Translators (ar)" who may change
categories could save strings, upload a PO file, machine-translate or stop the Persian
translation of one. Its views offer no hook, so this middleware looks at every request
routed into its URL namespace before the view runs and asks the same questions the
snippet edit view asks (``TranslatorAwarePolicy`` through Wagtail's policy registry;
page permissions for pages):

- an endpoint of one translation (``translation_id``): may the user change its target?
- "Sync translated pages/snippets" (posted): may the user change every target it
  rewrites, and publish them if asked to publish?
- "Translate" (posted): are the chosen languages the user's own? If not, back to the
  form with a message naming their languages.

The editor itself is served at the target's edit address, which checks already
(``LocaleCheckedEditView`` for snippets, page permissions for pages).
"""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import HttpRequest
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation, TranslationSource

from hub.core.i18n import translated_language_name
from hub.localization.translators.policy import restricted_languages

NAMESPACE = "wagtail_localize"
SUBMIT_VIEWS = {"submit_page_translation", "submit_snippet_translation"}


def user_may(user, action: str, instance) -> bool:
    """``action`` ("change" or "publish") on a page or snippet, by the project's rules."""
    if isinstance(instance, Page):
        permissions = instance.permissions_for_user(user)
        return permissions.can_publish() if action == "publish" else permissions.can_edit()
    if not isinstance(instance, DraftStateMixin):
        action = "change"  # without drafts, saving is publishing
    policy = policy_registry.get_by_type(type(instance))
    return policy.user_has_permission_for_instance(user, action, instance)


def _target(translation: Translation):
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist:
        return None  # nothing to protect; wagtail-localize answers as it does


def _may_use_translation(user, translation_id: int) -> bool:
    translation = Translation.objects.filter(pk=translation_id).first()
    target = _target(translation) if translation else None
    return target is None or user_may(user, "change", target)


def _may_sync(request: HttpRequest, source_id: int) -> bool:
    source = TranslationSource.objects.filter(pk=source_id).first()
    if source is None:
        return True
    actions = ["change", "publish"] if request.POST.get("publish_translations") else ["change"]
    for translation in source.translations.filter(enabled=True):
        target = _target(translation)
        if target is not None and not all(user_may(request.user, a, target) for a in actions):
            return False
    return True


def _refuse_other_languages(request: HttpRequest):
    """None if every chosen language is the user's own; otherwise back to the form with
    an error naming the languages they may translate into (the form offers all)."""
    languages = restricted_languages(request.user)
    if languages is None:
        return None
    chosen = Locale.objects.filter(pk__in=request.POST.getlist("locales"))
    if all(locale.language_code in languages for locale in chosen):
        return None
    names = pgettext("list separator", ", ").join(
        translated_language_name(code, in_sentence=True) for code in languages
    )
    messages.error(
        request,
        _("You can translate only into these languages: %(languages)s.") % {"languages": names},
    )
    return redirect(request.get_full_path())


class LocalizeLanguageGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or NAMESPACE not in match.namespaces:
            return None
        if not request.user.is_authenticated:
            return None  # wagtail-localize sends the visitor to the login page
        if "translation_id" in view_kwargs:
            allowed = _may_use_translation(request.user, view_kwargs["translation_id"])
        elif match.url_name == "update_translations" and request.method == "POST":
            allowed = _may_sync(request, view_kwargs["translation_source_id"])
        elif match.url_name in SUBMIT_VIEWS and request.method == "POST":
            return _refuse_other_languages(request)
        else:
            allowed = True
        if not allowed:
            raise PermissionDenied
        return None
