from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = "People"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .models import Clinician
        from .signals import clinicians_changed

        for signal in (post_save, post_delete):
            signal.connect(clinicians_changed, sender=Clinician, dispatch_uid=f"clinician-{signal}")
        m2m_changed.connect(clinicians_changed, sender=Clinician.locations.through, dispatch_uid="clinician-locations")
