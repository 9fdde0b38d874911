"""Starting a page's moderation: whatever sends a draft for review (the public forms,
the members' profile changes, translators) starts the page's Wagtail workflow here."""

from wagtail.models import Page, WorkflowState


def start_moderation(page: Page, user=None) -> WorkflowState | None:
    """Hand the latest revision to the page's workflow; None if no workflow applies.

    ``user`` is the person who asks for review (None for the public).

    A workflow already in progress simply goes on with the newer revision (that is how
    Wagtail treats an edit during moderation); one waiting for changes is restarted.
    """
    workflow = page.get_workflow()
    # Wagtail publishes at once when a workflow has no active task left: started by the
    # public, such a workflow would publish unreviewed content. The editors' e-mail
    # still goes out, and the draft waits for them.
    if workflow is None or not workflow.tasks.exists():
        return None
    current = page.current_workflow_state
    if current is not None:
        if current.status == WorkflowState.STATUS_IN_PROGRESS:
            return current
        current.cancel(user=user)
    return workflow.start(page, user=user)
