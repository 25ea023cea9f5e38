from django.db.models.signals import post_delete, post_save

from .consents import ConsentRecord
from .takedown import stories_to_take_down, take_down


def consent_changed(sender, instance, **kwargs):
    """Revoked, narrowed or expired: its stories leave every page with this very save."""
    take_down(stories_to_take_down(instance))


def consent_deleted(sender, instance, **kwargs):
    take_down(stories_to_take_down())  # its stories now have no consent record at all


def register_signal_handlers():
    post_save.connect(consent_changed, sender=ConsentRecord, dispatch_uid="story-consent-changed")
    post_delete.connect(consent_deleted, sender=ConsentRecord, dispatch_uid="story-consent-deleted")
