"""Keep Wagtail's own "submitted for moderation" e-mails out of public submissions.

When the public form starts a workflow, Wagtail would e-mail the superusers ("submitted
by None") and the task's group on top of our editors' e-mail, which already carries
everything the submitter entered and a link to the page. So while a public submission
starts its workflow (``public_submission()``, a context variable: safe with threads and
async), Wagtail's two submission notifiers stay silent. Everything else — workflows that
editors start, the next task of a multi-step workflow, approvals and rejections — keeps
Wagtail's behaviour. (Approval and rejection e-mails go to the requesting user, and a
public submission has none, so the submitter hears from us alone.)

Wagtail's notifiers would also hand their e-mails to the mail server inside the editor's
request; ours render them exactly as Wagtail does and put them in the site's mail queue
(``hub.core.mail``), like every other e-mail.

Wagtail connects its notifiers with fixed ``dispatch_uid``s in ``wagtailadmin``'s
``ready()``. ``install()`` replaces them under the same uids: it disconnects theirs (if
connected already) and connects ours, so Wagtail's later connect is a no-op whichever app
is ready first.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils.translation import override
from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import (
    task_submitted,
    workflow_approved,
    workflow_rejected,
    workflow_submitted,
)

from hub.core.mail import queue_messages

_during_public_submission: ContextVar[bool] = ContextVar("hub_public_submission", default=False)

TASK_SUBMITTED_UID = "group_approval_task_submitted_email_notification"
WORKFLOW_SUBMITTED_UID = "workflow_state_submitted_email_notification"
WORKFLOW_APPROVED_UID = "workflow_state_approved_email_notification"
WORKFLOW_REJECTED_UID = "workflow_state_rejected_email_notification"


@contextmanager
def public_submission() -> Iterator[None]:
    """Within this block, Wagtail's submission e-mails are not sent."""
    token = _during_public_submission.set(True)
    try:
        yield
    finally:
        _during_public_submission.reset(token)


class _Queued:
    """Wagtail's ``send_emails``, with the rendered e-mails queued instead of sent."""

    def send_emails(self, template_set, context, recipients, **kwargs) -> int:
        from_email = getattr(
            settings, "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", settings.DEFAULT_FROM_EMAIL
        )
        messages = []
        for recipient in recipients:
            context["user"] = recipient
            with override(recipient.wagtail_userprofile.get_preferred_language()):
                message = EmailMultiAlternatives(
                    render_to_string(template_set["subject"], context).strip(),
                    render_to_string(template_set["text"], context).strip(),
                    from_email,
                    [recipient.email],
                    headers={"Auto-Submitted": "auto-generated"},
                )
                if getattr(settings, "WAGTAILADMIN_NOTIFICATION_USE_HTML", False):
                    message.attach_alternative(
                        render_to_string(template_set["html"], context), "text/html"
                    )
            messages.append(message)
        return queue_messages(messages)


class _SilentForPublicSubmissions:
    def can_handle(self, instance, **kwargs) -> bool:
        if _during_public_submission.get():
            return False
        return super().can_handle(instance, **kwargs)


class TaskSubmissionNotifier(
    _Queued, _SilentForPublicSubmissions, GroupApprovalTaskStateSubmissionEmailNotifier
):
    pass


class WorkflowSubmissionNotifier(
    _Queued, _SilentForPublicSubmissions, WorkflowStateSubmissionEmailNotifier
):
    pass


class _OnlyForAdminUsers:
    """Approval and rejection e-mails link to the Wagtail admin: they go only to people
    who can open it. Members of organisations, who ask for review from the site's own
    form, hear the outcome from ``hub.network.emails`` in their language instead."""

    def get_recipient_users(self, instance, **kwargs):
        return {
            user
            for user in super().get_recipient_users(instance, **kwargs)
            if user.has_perm("wagtailadmin.access_admin")
        }


class ApprovalNotifier(_Queued, _OnlyForAdminUsers, WorkflowStateApprovalEmailNotifier):
    pass


class RejectionNotifier(_Queued, _OnlyForAdminUsers, WorkflowStateRejectionEmailNotifier):
    pass


task_submission_notifier = TaskSubmissionNotifier()
approval_notifier = ApprovalNotifier()
rejection_notifier = RejectionNotifier()
workflow_submission_notifier = WorkflowSubmissionNotifier()


def install() -> None:
    """Put our notifiers in the place of Wagtail's (called from ``PagesConfig.ready``)."""
    task_submitted.disconnect(sender=TaskState, dispatch_uid=TASK_SUBMITTED_UID)
    task_submitted.connect(
        task_submission_notifier, sender=TaskState, dispatch_uid=TASK_SUBMITTED_UID
    )
    workflow_submitted.disconnect(sender=WorkflowState, dispatch_uid=WORKFLOW_SUBMITTED_UID)
    workflow_submitted.connect(
        workflow_submission_notifier, sender=WorkflowState, dispatch_uid=WORKFLOW_SUBMITTED_UID
    )
    workflow_approved.disconnect(sender=WorkflowState, dispatch_uid=WORKFLOW_APPROVED_UID)
    workflow_approved.connect(
        approval_notifier, sender=WorkflowState, dispatch_uid=WORKFLOW_APPROVED_UID
    )
    workflow_rejected.disconnect(sender=WorkflowState, dispatch_uid=WORKFLOW_REJECTED_UID)
    workflow_rejected.connect(
        rejection_notifier, sender=WorkflowState, dispatch_uid=WORKFLOW_REJECTED_UID
    )
