from django.apps import AppConfig


def translated_index_gets_medical_review(sender, source_obj, target_obj, **kwargs):
    """Articles below an index's translation wait for a medical reviewer, as they do in the source language."""
    from pages.models import ArticleIndexPage

    from .roles import assign_medical_review

    if isinstance(target_obj, ArticleIndexPage):
        assign_medical_review(target_obj)


class StaffConfig(AppConfig):
    name = "staff"
    verbose_name = "Staff accounts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.core.checks import register
        from wagtail.signals import copy_for_translation_done

        from .translation_publishing import translations_start_as_drafts

        register(translations_start_as_drafts)

        copy_for_translation_done.connect(
            translated_index_gets_medical_review, dispatch_uid="translated-index-gets-medical-review"
        )
