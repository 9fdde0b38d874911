"""Wagtail's publishing and moderation events, turned into decisions on members' changes.

Connected in ``NetworkConfig.ready``; ``hub.network.review`` makes sure each decision and
its e-mail happen once.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, WorkflowState
from wagtail.signals import page_published, workflow_rejected

from hub.network import review
from hub.network.models import OrganisationPage


def on_page_published(sender, instance, revision=None, **kwargs) -> None:
    review.record_publication(instance, revision)


def on_workflow_rejected(sender, instance: WorkflowState, **kwargs) -> None:
    if instance.base_content_type_id == ContentType.objects.get_for_model(Page).pk:
        review.record_rejection(instance)


def connect() -> None:
    page_published.connect(
        on_page_published, sender=OrganisationPage, dispatch_uid="hub_profile_change_published"
    )
    workflow_rejected.connect(
        on_workflow_rejected, sender=WorkflowState, dispatch_uid="hub_profile_change_rejected"
    )
