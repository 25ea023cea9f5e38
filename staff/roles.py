"""Staff roles and the clinical sign-off workflow, set up idempotently by `manage.py setup_roles`.

- Editors: create and edit pages, images and documents, and submit changes for review; keep the
  topics (conditions and treatments: drafts, publishing, locking). They cannot publish, move or
  delete pages (drafts included), record medical reviews or change the clinic settings.
- Medical reviewers: what editors can (topics aside: they may view them), plus approve or reject
  articles in review (an approved workflow publishes the article: see staff.workflow), record
  medical reviews and keep the list of clinicians (saving drafts, publishing, locking). They hold
  no page publish permission, so outside the workflow they cannot publish, unpublish, move or
  delete a page, live or draft (see pages.permissions).
- Clinic managers: keep patient stories' consent records (the only ones who see them or their
  signed forms), change the clinic settings (clinic details, clinical review), the locations
  (addresses, hours, closures: drafts, publishing, locking) and the topics, see the booking report
  and the visit counts ("What brings patients"), handle call-back requests (no one else can list or
  open them), see when the last backup was made (a dashboard panel), and approve changes to pages
  outside the medical review (home, contact, about, privacy) in Wagtail's default workflow; they
  cannot edit pages themselves.
Superusers keep everything.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from clinical_review.models import MedicalReviewTask

EDITORS = "Editors"
MEDICAL_REVIEWERS = "Medical reviewers"
CLINIC_MANAGERS = "Clinic managers"
MEDICAL_REVIEW_WORKFLOW = "Medical review"
MEDICAL_REVIEW_TASK = "Approval by a medical reviewer"
GENERAL_WORKFLOW = "Moderators approval"  # the name Wagtail gives its default workflow
# The pages below these wait for a medical reviewer: articles, and patient stories (named by label: the stories
# app sits beside this one).
MEDICAL_REVIEW_INDEXES = ("pages.ArticleIndexPage", "stories.StoryIndexPage")

CONTENT_PAGE_PERMISSIONS = ["add_page", "change_page"]
CONTENT_COLLECTION_PERMISSIONS = [
    "add_image",
    "change_image",
    "choose_image",
    "add_document",
    "change_document",
    "choose_document",
]


# Steering search: synonym groups, promoted results, and the report of what patients searched for.
SEARCH_PERMISSIONS = [
    "site_search.add_searchsynonyms",
    "site_search.change_searchsynonyms",
    "site_search.delete_searchsynonyms",
    "site_search.view_searchsynonyms",
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
    "wagtailsearchpromotions.delete_searchpromotion",
    "stats.view_searchterm",
]


def keep_snippet(model):
    """Adding, changing, deleting and viewing a snippet with drafts, and putting it live."""
    app_label, model_name = model.split(".")
    actions = [f"{app_label}.{action}_{model_name}" for action in ("add", "change", "delete", "view")]
    return [*actions, *draft_permissions(model)]


def draft_permissions(model):
    """What Wagtail asks of whoever puts a snippet with drafts live: publishing (and unpublishing), locking."""
    app_label, model_name = model.split(".")
    return [f"{app_label}.{action}_{model_name}" for action in ("publish", "lock", "unlock")]


ROLES = {
    EDITORS: {
        "model": [
            "wagtailadmin.access_admin",
            "wagtail_localize.submit_translation",
            *SEARCH_PERMISSIONS,
            *keep_snippet("topics.topic"),
        ],
        "page": CONTENT_PAGE_PERMISSIONS,
        "collection": CONTENT_COLLECTION_PERMISSIONS,
    },
    MEDICAL_REVIEWERS: {
        "model": [
            "wagtailadmin.access_admin",
            "wagtail_localize.submit_translation",
            "pages.record_medical_review",
            "people.add_clinician",
            "people.change_clinician",
            "people.view_clinician",
            *draft_permissions("people.clinician"),
            "topics.view_topic",
        ],
        "page": CONTENT_PAGE_PERMISSIONS,
        "collection": CONTENT_COLLECTION_PERMISSIONS,
    },
    CLINIC_MANAGERS: {
        "model": [
            "wagtailadmin.access_admin",
            "clinic.change_clinicsettings",
            "clinical_review.change_clinicalreviewsettings",
            "clinic.add_location",
            "clinic.change_location",
            "clinic.delete_location",
            "clinic.view_location",
            *draft_permissions("clinic.location"),
            "booking.view_bookingclick",
            "booking.view_callbackrequest",
            "booking.change_callbackrequest",
            "booking.delete_callbackrequest",
            "backups.view_backup_status",
            "stats.view_pageviews",  # the "What brings patients" report and dashboard panel
            # Patient stories' consent records and their signed forms: no one else sees them.
            "stories.add_consentrecord",
            "stories.change_consentrecord",
            "stories.view_consentrecord",
            *SEARCH_PERMISSIONS,
            *keep_snippet("topics.topic"),
        ],
        "page": [],
        "collection": [],
    },
}


def permission(name):
    app_label, codename = name.split(".") if "." in name else (None, name)
    permissions = Permission.objects.filter(codename=codename)
    return permissions.get(content_type__app_label=app_label) if app_label else permissions.get()


@transaction.atomic
def setup_roles():
    """Make the three groups and the workflow exactly as described above. Returns the groups by name."""
    groups = {name: configure_group(name, spec) for name, spec in ROLES.items()}
    setup_medical_review_workflow(groups[MEDICAL_REVIEWERS])
    withdraw_index_publishing(groups[MEDICAL_REVIEWERS])
    setup_general_approval(groups[CLINIC_MANAGERS])
    return groups


def configure_group(name, spec):
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.set([permission(model_permission) for model_permission in spec["model"]])

    root_page = Page.get_first_root_node()
    page_permissions = [permission(f"wagtailcore.{codename}") for codename in spec["page"]]
    # Whole-site permissions are set exactly; the article indexes' own are set by assign_medical_review.
    GroupPagePermission.objects.filter(group=group, page=root_page).exclude(permission__in=page_permissions).delete()
    for page_permission in page_permissions:
        GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=page_permission)

    root_collection = Collection.get_first_root_node()
    collection_permissions = [permission(codename) for codename in spec["collection"]]
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=root_collection, permission__in=collection_permissions
    ).delete()
    for collection_permission in collection_permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=collection_permission
        )
    return group


def setup_general_approval(managers):
    """Clinic managers approve changes to pages outside the medical review: they join the first approval
    task of the workflow on the root page (Wagtail's default one, made here if it is missing)."""
    root = Page.get_first_root_node()
    assignment = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
    if assignment is None:
        workflow, _ = Workflow.objects.get_or_create(name=GENERAL_WORKFLOW, defaults={"active": True})
        WorkflowPage.objects.create(page=root, workflow=workflow)
    else:
        workflow = assignment.workflow
    task = (
        GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow)
        .order_by("workflow_tasks__sort_order")
        .first()
    )
    if task is None:
        task = GroupApprovalTask.objects.create(name=GENERAL_WORKFLOW)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    task.groups.add(managers)


def setup_medical_review_workflow(reviewers):
    workflow, _ = Workflow.objects.get_or_create(name=MEDICAL_REVIEW_WORKFLOW, defaults={"active": True})
    task, _ = MedicalReviewTask.objects.get_or_create(name=MEDICAL_REVIEW_TASK)
    task.groups.set([reviewers])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for model in medical_review_indexes():
        for index in model.objects.all():
            assign_medical_review(index, workflow)
    return workflow


def medical_review_indexes():
    return tuple(apps.get_model(label) for label in MEDICAL_REVIEW_INDEXES)


def assign_medical_review(index, workflow=None):
    """Every change to an article below this index waits for a medical reviewer's approval."""
    workflow = workflow or Workflow.objects.filter(name=MEDICAL_REVIEW_WORKFLOW).first()
    if workflow is None:
        return
    WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})


def withdraw_index_publishing(reviewers):
    """Earlier versions let reviewers publish below each article index; approving is all they need."""
    GroupPagePermission.objects.filter(group=reviewers, permission__codename="publish_page").delete()
