"""Wagtail's publishing and moderation events, turned into submission decisions.

Connected in ``PagesConfig.ready``: a published ``InitiativePage`` closes its pending
submissions as published; "request changes" in the page's moderation workflow closes them
as declined, with the moderator's comment as the reason. ``services`` makes sure each
decision (and its e-mail) happens once.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, WorkflowState
from wagtail.signals import page_published, workflow_rejected

from hub.pages.initiatives.submissions import notifications, services
from hub.pages.models import InitiativePage


def on_page_published(sender, instance, revision=None, **kwargs) -> None:
    services.record_publication(instance, revision)


def on_workflow_rejected(sender, instance: WorkflowState, **kwargs) -> None:
    # Snippets have workflows too; only pages carry submissions.
    if instance.base_content_type_id == ContentType.objects.get_for_model(Page).pk:
        services.record_rejection(instance)


def connect() -> None:
    page_published.connect(
        on_page_published, sender=InitiativePage, dispatch_uid="hub_submission_published"
    )
    workflow_rejected.connect(
        on_workflow_rejected, sender=WorkflowState, dispatch_uid="hub_submission_rejected"
    )
    notifications.install()
