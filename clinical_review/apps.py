from django.apps import AppConfig


class ClinicalReviewConfig(AppConfig):
    name = "clinical_review"
    verbose_name = "Clinical review"
    default_auto_field = "django.db.models.BigAutoField"
