"""Clinic details, clinicians, booking counts and the medical review task move to apps of their own.

Nothing is copied: each table is renamed to its new app's name, and the content types move
with them, so that permissions, workflow tasks, settings and log entries keep pointing at
the same rows.
"""

import django.db.models.deletion
from django.db import migrations, models

# model name -> the app it moves to
MOVED_MODELS = {
    "bookingclick": "booking",
    "clinician": "people",
    "clinicsettings": "clinic",
    "openinghours": "clinic",
    "medicalreviewtask": "clinical_review",
}


def move_content_types(apps, from_app, to_app_of):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model, app in MOVED_MODELS.items():
        old_app, new_app = from_app or app, to_app_of or app
        moving = ContentType.objects.filter(app_label=old_app, model=model).first()
        if moving is None:
            continue  # a new database: content types are created after migrating
        # One created meanwhile for the other side holds nothing of the clinic's: the moving one replaces it.
        ContentType.objects.filter(app_label=new_app, model=model).delete()
        moving.app_label = new_app
        moving.save(update_fields=["app_label"])


def forwards(apps, schema_editor):
    move_content_types(apps, from_app="pages", to_app_of=None)


def backwards(apps, schema_editor):
    move_content_types(apps, from_app=None, to_app_of="pages")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("pages", "0001_initial"),
        ("booking", "0001_initial"),
        ("clinic", "0001_initial"),
        ("clinical_review", "0001_initial"),
        ("people", "0001_initial"),
    ]

    operations = [
        *[migrations.AlterModelTable(name=model, table=f"{app}_{model}") for model, app in MOVED_MODELS.items()],
        migrations.AlterField(
            model_name="articlepage",
            name="reviewed_by",
            field=models.ForeignKey(
                blank=True,
                help_text="The clinician who last checked this article's medical content.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="reviewed_articles",
                to="people.clinician",
            ),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name="clinician", name="photo"),
                migrations.RemoveField(model_name="clinician", name="user"),
                migrations.RemoveField(model_name="clinicsettings", name="accessibility_page"),
                migrations.RemoveField(model_name="clinicsettings", name="privacy_page"),
                migrations.RemoveField(model_name="clinicsettings", name="site"),
                migrations.RemoveField(model_name="openinghours", name="clinic"),
                migrations.RemoveField(model_name="medicalreviewtask", name="groups"),
                migrations.RemoveField(model_name="medicalreviewtask", name="task_ptr"),
                migrations.DeleteModel(name="BookingClick"),
                migrations.DeleteModel(name="Clinician"),
                migrations.DeleteModel(name="ClinicSettings"),
                migrations.DeleteModel(name="OpeningHours"),
                migrations.DeleteModel(name="MedicalReviewTask"),
            ]
        ),
        migrations.RunPython(forwards, backwards),
    ]
