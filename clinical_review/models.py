from django import forms
from django.utils import timezone
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask

from people.models import Clinician


class MedicalApprovalForm(TaskStateCommentForm):
    record_review = forms.BooleanField(
        required=False,
        label="Record today as this article's medical review date",
        help_text="Tick only if you have checked the medical content. Your clinician profile, "
        "if linked to your account, is shown as the reviewer.",
    )


class MedicalReviewTask(AbstractGroupApprovalTask):
    """A clinician approves (or sends back) changes to health articles before they go live.

    Approving asks the reviewer whether to record the approval as the article's
    medical review; it is never recorded silently.
    """

    def get_actions(self, obj, user):
        if user.is_superuser or self._user_in_groups(user):
            return [("reject", "Request changes", True), ("approve", "Approve and publish", True)]
        return []

    def get_form_for_action(self, action):
        return MedicalApprovalForm if action == "approve" else TaskStateCommentForm

    def on_action(self, task_state, user, action_name, **kwargs):
        record_review = kwargs.pop("record_review", False)
        if action_name == "approve" and record_review:
            record_review_in(task_state.revision, user)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return "Members of the chosen groups approve health content, and may record a medical review"

    class Meta:
        verbose_name = "medical review task"
        verbose_name_plural = "medical review tasks"


def record_review_in(revision, user):
    """Write today's date, and the reviewer's clinician profile if they have one, into the revision."""
    content = dict(revision.content)
    content["last_reviewed"] = timezone.localdate().isoformat()
    clinician = Clinician.objects.filter(user=user).first()
    if clinician:
        content["reviewed_by"] = clinician.pk
    revision.content = content
    revision.save(update_fields=["content"])
