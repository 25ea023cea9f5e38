from django.apps import AppConfig


class ClinicalReviewConfig(AppConfig):
    name = "clinical_review"
    verbose_name = "Clinical review"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
