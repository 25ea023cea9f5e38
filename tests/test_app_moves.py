"""A database from before the capabilities had apps of their own keeps every row after migrating."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import WorkflowState

from booking.models import BookingClick
from clinic.models import ClinicSettings, Location
from clinical_review.models import MedicalReviewTask
from people.models import Clinician

BEFORE = ("pages", "0001_initial")
AFTER = [
    ("pages", "0002_move_capabilities_to_their_apps"),
    ("clinic", "0006_drafts_and_revisions"),  # the latest: the checks below use the current model
    ("booking", "0001_initial"),
    ("clinical_review", "0002_review_settings"),
    ("people", "0003_drafts_and_revisions"),
]


def content_type(apps, app_label, model):
    return apps.get_model("contenttypes", "ContentType").objects.get_or_create(app_label=app_label, model=model)[0]


def build_old_shape(apps):
    """Rows in every table that moves, as the pages app held them, and a medical review in progress."""
    Page = apps.get_model("wagtailcore", "Page")
    page = Page.objects.get(depth=2)  # Wagtail's welcome page
    site = apps.get_model("wagtailcore", "Site").objects.get(is_default_site=True)

    settings = apps.get_model("pages", "ClinicSettings").objects.create(
        site=site, clinic_name="Desert Pain Clinic", phone="480.555.0100"
    )
    for weekday in range(3):
        apps.get_model("pages", "OpeningHours").objects.create(
            clinic=settings, weekday=weekday, opens=datetime.time(9), closes=datetime.time(17)
        )
    apps.get_model("pages", "BookingClick").objects.create(day=datetime.date(2026, 11, 2), source_page=page, count=7)
    apps.get_model("pages", "Clinician").objects.create(name="Dr. Ana Ruiz", credentials="MD")

    managers = apps.get_model("auth", "Group").objects.create(name="Clinic managers")
    change_settings = apps.get_model("auth", "Permission").objects.create(
        content_type=content_type(apps, "pages", "clinicsettings"),
        codename="change_clinicsettings",
        name="Can change Clinic details",
    )
    managers.permissions.add(change_settings)

    reviewers = apps.get_model("auth", "Group").objects.create(name="Medical reviewers")
    task = apps.get_model("pages", "MedicalReviewTask").objects.create(
        name="Approval by a medical reviewer", content_type=content_type(apps, "pages", "medicalreviewtask")
    )
    task.groups.add(reviewers)
    workflow = apps.get_model("wagtailcore", "Workflow").objects.create(name="Medical review")
    apps.get_model("wagtailcore", "WorkflowTask").objects.create(workflow=workflow, task=task, sort_order=0)
    page_type = content_type(apps, "wagtailcore", "page")
    revision = apps.get_model("wagtailcore", "Revision").objects.create(
        content_type=page_type,
        base_content_type=page_type,
        object_id=str(page.pk),
        content={"title": page.title},
        created_at=timezone.now(),
    )
    state = apps.get_model("wagtailcore", "WorkflowState").objects.create(
        content_type=page_type,
        base_content_type=page_type,
        object_id=str(page.pk),
        workflow=workflow,
        status="in_progress",
    )
    state.current_task_state = apps.get_model("wagtailcore", "TaskState").objects.create(
        workflow_state=state,
        revision=revision,
        task_id=task.pk,
        status="in_progress",
        content_type=content_type(apps, "wagtailcore", "taskstate"),
    )
    state.save()
    return state.pk


@pytest.mark.django_db(transaction=True)
def test_moving_to_the_new_apps_keeps_every_row(migrator):
    old_state = migrator.apply_initial_migration(BEFORE)
    workflow_state_pk = build_old_shape(old_state.apps)

    migrator.apply_tested_migration(AFTER)
    ContentType.objects.clear_cache()

    settings = ClinicSettings.objects.get()
    assert (settings.clinic_name, settings.phone) == ("Desert Pain Clinic", "480.555.0100")
    assert [row.weekday for row in Location.objects.get().weekly_hours.all()] == [0, 1, 2]
    assert BookingClick.objects.get().count == 7
    assert str(Clinician.objects.get()) == "Dr. Ana Ruiz, MD"
    assert (
        Group.objects.get(name="Clinic managers")
        .permissions.filter(content_type__app_label="clinic", codename="change_clinicsettings")
        .exists()
    )

    # Wagtail still finds the task, as the new app's model, with the review still waiting for it.
    state = WorkflowState.objects.get(pk=workflow_state_pk)
    assert state.status == "in_progress"
    task = state.current_task_state.task.specific
    assert isinstance(task, MedicalReviewTask)
    assert state.current_task_state.status == "in_progress"
    assert list(task.groups.values_list("name", flat=True)) == ["Medical reviewers"]
    assert not ContentType.objects.filter(app_label="pages", model__in=["clinicsettings", "medicalreviewtask"])
