"""Cached results hold the synonyms and promotions they were searched with: a change to either starts a new
content generation, so that the next search reads them."""

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.search_promotions.models import SearchPromotion

from clinic_site.content_cache import start_new_generation

from .models import SearchSynonyms


def register_signal_handlers():
    for model in (SearchSynonyms, SearchPromotion):
        post_save.connect(start_new_generation, sender=model, dispatch_uid=f"search-generation-save-{model.__name__}")
        post_delete.connect(
            start_new_generation, sender=model, dispatch_uid=f"search-generation-delete-{model.__name__}"
        )
