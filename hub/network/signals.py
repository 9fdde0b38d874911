"""Wagtail's publishing and moderation events, turned into decisions on members' changes;
memberships and admissions, turned into the ``Members`` group that Wagtail's privacy uses;
members-only pages, whose restriction every translation must share.

Connected in ``NetworkConfig.ready``; ``hub.network.change_approval`` makes sure each
decision and its e-mail happen once.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction, WorkflowState
from wagtail.signals import page_published, workflow_rejected

from hub.network import change_approval
from hub.network.confirmation import record_confirmation
from hub.network.members import groups, language, privacy
from hub.network.models import IndividualMember, Membership, OrganisationPage


def on_page_published(sender, instance, revision=None, **kwargs) -> None:
    change_approval.record_publication(instance, revision)
    record_confirmation(instance)


def on_workflow_rejected(sender, instance: WorkflowState, **kwargs) -> None:
    if instance.base_content_type_id == ContentType.objects.get_for_model(Page).pk:
        change_approval.record_rejection(instance)


def on_member_record_changed(sender, instance, **kwargs) -> None:
    # Deleting a user deletes their records first; the user may be gone by now.
    user = get_user_model().objects.filter(pk=instance.user_id).first()
    if user is not None:
        groups.sync_member(user)


def on_restriction_saved(sender, instance: PageViewRestriction, **kwargs) -> None:
    privacy.restriction_changed(instance.page_id)


def on_restriction_groups_changed(sender, instance, action: str, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear") and isinstance(
        instance, PageViewRestriction
    ):
        privacy.restriction_changed(instance.page_id)


def on_any_page_published(sender, instance, **kwargs) -> None:
    privacy.share_source_restriction(instance)


def connect() -> None:
    user_logged_in.connect(
        language.remember_login_language, dispatch_uid="hub_members_login_language"
    )
    for model in (Membership, IndividualMember):
        post_save.connect(
            on_member_record_changed, sender=model, dispatch_uid=f"hub_members_group_{model}"
        )
        post_delete.connect(
            on_member_record_changed, sender=model, dispatch_uid=f"hub_members_group_d_{model}"
        )
    post_save.connect(
        on_restriction_saved, sender=PageViewRestriction, dispatch_uid="hub_restriction_saved"
    )
    post_delete.connect(
        on_restriction_saved, sender=PageViewRestriction, dispatch_uid="hub_restriction_deleted"
    )
    m2m_changed.connect(
        on_restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="hub_restriction_groups",
    )
    page_published.connect(on_any_page_published, dispatch_uid="hub_translation_restriction")
    page_published.connect(
        on_page_published, sender=OrganisationPage, dispatch_uid="hub_profile_change_published"
    )
    workflow_rejected.connect(
        on_workflow_rejected, sender=WorkflowState, dispatch_uid="hub_profile_change_rejected"
    )
