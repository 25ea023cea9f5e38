"""A topic's name shows on the A–Z page, its own page, every article tagged with it and the home page's cards,
in both languages: publishing, unpublishing or deleting one starts a new content generation and purges the
CDN. Saving a draft of a published topic changes nothing patients see."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from clinic.drafts import changes_live_content
from clinic_site.cdn import purge_every_site_from_cdn
from clinic_site.content_cache import start_new_generation

from .models import Topic


def topic_changed(sender, update_fields=None, **kwargs):
    if not changes_live_content(update_fields):
        return
    transaction.on_commit(start_new_generation)
    transaction.on_commit(purge_every_site_from_cdn, robust=True)


def register_signal_handlers():
    for signal in (post_save, post_delete):
        signal.connect(topic_changed, sender=Topic, dispatch_uid=f"topic-{signal}")
