from django.apps import AppConfig


class BackupsConfig(AppConfig):
    name = "backups"
    verbose_name = "Backups"

    def ready(self):
        from clinic_site.health import register_health_report

        from . import checks  # noqa: F401  (registers the deploy checks)
        from .health import backup_report

        register_health_report("backup", backup_report)
