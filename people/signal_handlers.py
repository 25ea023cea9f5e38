from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from clinic.drafts import changes_live_content
from clinic_site.content_cache import start_new_generation

from .models import Clinician


def clinicians_changed(sender, update_fields=None, **kwargs):
    """Profiles are cached with the content, and an article's reviewer links to one. Saving a draft of a
    published clinician changes neither."""
    if changes_live_content(update_fields):
        transaction.on_commit(start_new_generation)


def register_signal_handlers():
    for signal in (post_save, post_delete):
        signal.connect(clinicians_changed, sender=Clinician, dispatch_uid=f"clinician-{signal}")
    m2m_changed.connect(clinicians_changed, sender=Clinician.locations.through, dispatch_uid="clinician-locations")
