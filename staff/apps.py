from django.apps import AppConfig


class StaffConfig(AppConfig):
    name = "staff"
    verbose_name = "Staff accounts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.core.checks import register

        from .signal_handlers import register_signal_handlers
        from .translation_publishing import translations_start_as_drafts

        register(translations_start_as_drafts)
        register_signal_handlers()
