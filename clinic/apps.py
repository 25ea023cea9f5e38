from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class ClinicConfig(AppConfig):
    name = "clinic"
    verbose_name = "Clinic details"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .models import ClinicSettings, Location, LocationHours, SpecialDate
        from .signals import clinic_details_changed, location_changed

        for signal in (post_save, post_delete):
            signal.connect(clinic_details_changed, sender=ClinicSettings, dispatch_uid=f"clinic-details-{signal}")
            for model in (Location, LocationHours, SpecialDate):
                signal.connect(location_changed, sender=model, dispatch_uid=f"{model.__name__}-{signal}")
