from django.db.models.signals import post_delete, post_save
from wagtail.signals import copy_for_translation_done

from clinic.signal_handlers import clinic_details_changed
from pages.models import ArticlePage

from .models import ClinicalReviewSettings


def translation_starts_unreviewed(sender, source_obj, target_obj, **kwargs):
    """A new translation of an article has not been reviewed: it must not show the source's review."""
    if isinstance(target_obj, ArticlePage):
        target_obj.reviewed_by, target_obj.last_reviewed = None, None
        target_obj.save(update_fields=["reviewed_by", "last_reviewed"], clean=False)


def register_signal_handlers():
    copy_for_translation_done.connect(translation_starts_unreviewed, dispatch_uid="translation-starts-unreviewed")
    # Every article shows its next review date, from the review interval: like the clinic details.
    for signal in (post_save, post_delete):
        signal.connect(clinic_details_changed, sender=ClinicalReviewSettings, dispatch_uid=f"review-settings-{signal}")
