"""What happens when a workflow is approved (WAGTAIL_FINISH_WORKFLOW_ACTION in the settings)."""


def publish_approved(workflow_state, user=None):
    """Publish what the workflow approved. Approval is the approver's whole right here: medical
    reviewers hold no publish permission, so that outside a workflow they cannot publish, unpublish,
    move or delete a live page."""
    workflow_state.content_object.get_latest_revision().publish(user=user, skip_permission_checks=True)
