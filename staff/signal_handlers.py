from wagtail.signals import copy_for_translation_done

from .roles import assign_medical_review, medical_review_indexes


def translated_index_gets_medical_review(sender, source_obj, target_obj, **kwargs):
    """Articles and stories below an index's translation wait for a medical reviewer, as in the source language."""
    if isinstance(target_obj, medical_review_indexes()):
        assign_medical_review(target_obj)


def register_signal_handlers():
    copy_for_translation_done.connect(
        translated_index_gets_medical_review, dispatch_uid="translated-index-gets-medical-review"
    )
