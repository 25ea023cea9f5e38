from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask

from people.models import Clinician

from .review_settings import ClinicalReviewSettings  # noqa: F401 - Django finds an app's models here

RECORD_REVIEW_LABEL = "Record today as this article's medical review date"
NO_PROFILE = (
    "Your account is not linked to a clinician profile, so a medical review cannot be recorded in your name. "
    "Ask a Clinic manager or an administrator to choose your account on your profile (Clinic › Clinicians), "
    "then approve again."
)
REFUSED = "This cannot be published yet, for the reasons above. Request changes, or put them right first."
FIRST_REVIEW = "This article has not been medically reviewed yet: tick the box to record your review and approve it."


class MedicalApprovalForm(TaskStateCommentForm):
    """Approving an article that already carries a review: recording a new one is the reviewer's choice."""

    record_review = forms.BooleanField(
        required=False,
        label=RECORD_REVIEW_LABEL,
        help_text="Tick if you have checked the medical content. Leave it unticked for a change that needs no "
        "medical check (a typo, a link): the article keeps its review date. Your clinician profile is shown "
        "as the reviewer.",
    )


class FirstReviewApprovalForm(MedicalApprovalForm):
    """An article never reviewed (a new article or a new translation) goes live only with a review."""

    record_review = forms.BooleanField(
        label=RECORD_REVIEW_LABEL,
        help_text="Required: this article has no medical review yet. Your clinician profile is shown as the reviewer.",
        error_messages={"required": FIRST_REVIEW},
    )


class NoProfileApprovalForm(MedicalApprovalForm):
    """A reviewer with no clinician profile cannot be named as the reviewer, so cannot approve an article."""

    record_review = forms.BooleanField(required=False, label=RECORD_REVIEW_LABEL, help_text=NO_PROFILE)

    def clean(self):
        raise ValidationError(NO_PROFILE)


class RefusedApprovalForm(TaskStateCommentForm):
    """The version in review may not go live (a patient story without current consent): its page type says why,
    and the dialog lists the reasons (see get_template_for_action)."""

    def clean(self):
        raise ValidationError(REFUSED)


# Approval actions, one per situation, so that the approval form can ask for what that situation needs.
# None is named "approve": Wagtail's editor would add " and Publish" to a label that already says it.
APPROVE_CHANGE = "approve_change"  # a page with no medical review of its own (an article index)
APPROVE_WITH_REVIEW = "approve_with_review"
APPROVE_FIRST_REVIEW = "approve_first_review"
APPROVE_WITHOUT_PROFILE = "approve_without_profile"
APPROVE_REFUSED = "approve_refused"
APPROVAL_FORMS = {
    APPROVE_REFUSED: RefusedApprovalForm,
    APPROVE_CHANGE: TaskStateCommentForm,
    APPROVE_WITH_REVIEW: MedicalApprovalForm,
    APPROVE_FIRST_REVIEW: FirstReviewApprovalForm,
    APPROVE_WITHOUT_PROFILE: NoProfileApprovalForm,
}


def has_medical_review(page):
    return hasattr(page, "last_reviewed")


def publishing_refusals(page):
    """Why the version in review may not go live, as its page type says through `publishing_refusals()`; other
    apps' page types (patient stories) add their own conditions this way."""
    if not hasattr(page, "publishing_refusals"):
        return []
    return page.get_latest_revision_as_object().publishing_refusals()


def approval_action(page, user):
    """Which approval this reviewer may give this page now."""
    if publishing_refusals(page):
        return APPROVE_REFUSED
    if not has_medical_review(page):
        return APPROVE_CHANGE
    if not reviewer_profile(user):
        return APPROVE_WITHOUT_PROFILE
    return APPROVE_WITH_REVIEW if page.last_reviewed else APPROVE_FIRST_REVIEW


def reviewer_profile(user):
    return Clinician.objects.filter(user=user).first() if user.is_authenticated else None


class MedicalReviewTask(AbstractGroupApprovalTask):
    """A clinician approves (or sends back) changes to health articles before they go live.

    Approving publishes the page's latest revision (staff.workflow), so the review is written into that
    revision: whether the reviewer approves from the editor (which first saves the form as a new
    revision) or from a listing. Approval is refused when the review cannot be recorded in a clinician's
    name, or when an article that was never reviewed would go live without one.
    """

    def get_actions(self, obj, user):
        if user.is_superuser or self._user_in_groups(user):
            return [
                ("reject", "Request changes", True),
                (approval_action(obj.specific, user), "Approve and publish", True),
            ]
        return []

    def get_form_for_action(self, action):
        return APPROVAL_FORMS.get(action, TaskStateCommentForm)

    def get_template_for_action(self, action):
        if action == APPROVE_REFUSED:
            return "clinical_review/admin/refused_approval.html"
        return super().get_template_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name in APPROVAL_FORMS:
            record_review = kwargs.pop("record_review", False)
            page = task_state.workflow_state.content_object.specific
            check_approval(page, user, record_review)
            if record_review:
                record_review_in(page.get_latest_revision(), user)
            action_name = "approve"
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return "Members of the chosen groups approve health content, and record a medical review"

    class Meta:
        verbose_name = "medical review task"
        verbose_name_plural = "medical review tasks"


def check_approval(page, user, record_review):
    """The rule behind the approval forms, for a request that skipped them."""
    if reasons := publishing_refusals(page):
        raise PermissionDenied(" ".join(reasons))
    if not has_medical_review(page):
        return
    if not reviewer_profile(user):
        raise PermissionDenied(NO_PROFILE)
    if not record_review and not page.get_latest_revision_as_object().last_reviewed:
        raise PermissionDenied(FIRST_REVIEW)


def record_review_in(revision, user):
    """Write today's date and the reviewer's clinician profile into the revision that will be published."""
    content = dict(revision.content)
    content["last_reviewed"] = timezone.localdate().isoformat()
    content["reviewed_by"] = reviewer_profile(user).pk
    revision.content = content
    revision.save(update_fields=["content"])
