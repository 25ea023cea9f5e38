from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from clinic_site.content_cache import start_new_generation

from .models import Clinician


def clinicians_changed(sender, **kwargs):
    """Profiles are cached with the content, and an article's reviewer links to one."""
    transaction.on_commit(start_new_generation)


def register_signal_handlers():
    for signal in (post_save, post_delete):
        signal.connect(clinicians_changed, sender=Clinician, dispatch_uid=f"clinician-{signal}")
    m2m_changed.connect(clinicians_changed, sender=Clinician.locations.through, dispatch_uid="clinician-locations")
