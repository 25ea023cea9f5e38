"""A change to the clinic details is a change to every page: a new content generation, and a CDN purge."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from clinic_site.cdn import purge_every_site_from_cdn, purge_site_from_cdn
from clinic_site.content_cache import start_new_generation

from .drafts import changes_live_content
from .models import ClinicSettings, Location, LocationHours, SpecialDate


def location_changed(sender, instance, update_fields=None, **kwargs):
    """A location is in every page's footer, in both languages. Publishing or unpublishing saves it whole;
    saving a draft of a live one does not change what patients see."""
    if not changes_live_content(update_fields):
        return
    transaction.on_commit(start_new_generation)
    if sender.__name__ == "Location":  # once per save, not once per row of hours
        transaction.on_commit(purge_every_site_from_cdn, robust=True)


def clinic_details_changed(sender, instance, **kwargs):
    # After the whole save, opening hours included.
    transaction.on_commit(start_new_generation)
    transaction.on_commit(lambda: purge_site_from_cdn(instance.site_id))


def register_signal_handlers():
    for signal in (post_save, post_delete):
        signal.connect(clinic_details_changed, sender=ClinicSettings, dispatch_uid=f"clinic-details-{signal}")
        for model in (Location, LocationHours, SpecialDate):
            signal.connect(location_changed, sender=model, dispatch_uid=f"{model.__name__}-{signal}")
