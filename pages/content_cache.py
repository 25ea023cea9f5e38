"""One counter for "the content changed": cached pages, clinic details and menus all carry it in their keys.

Every publish, unpublish, move or deletion of a page, and every change to the
clinic details, starts a new generation, so nothing cached from before is used again.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "content-generation"
# Long enough to matter, short enough that a missed signal heals itself.
OBJECT_CACHE_SECONDS = 60 * 60


def current_generation():
    return cache.get_or_set(GENERATION_KEY, 1, timeout=None)


def start_new_generation(**kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, timeout=None)


def cached(name, loader):
    """`loader()`'s result, kept in the shared cache until the content changes."""
    key = f"{name}:{current_generation()}"
    value = cache.get(key)
    if value is None:
        value = loader()
        cache.set(key, value, OBJECT_CACHE_SECONDS)
    return value


for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(start_new_generation, dispatch_uid=f"content-generation-{signal}")


@receiver(post_delete, dispatch_uid="content-generation-page-deleted")
def page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        start_new_generation()


@receiver(post_save, dispatch_uid="content-generation-settings-saved")
@receiver(post_delete, dispatch_uid="content-generation-settings-deleted")
def clinic_details_changed(sender, instance, **kwargs):
    from pages.models import ClinicSettings, OpeningHours

    if isinstance(instance, OpeningHours):
        transaction.on_commit(start_new_generation)
    elif isinstance(instance, ClinicSettings):
        # After the whole save, opening hours included.
        transaction.on_commit(start_new_generation)
        transaction.on_commit(lambda: purge_site_from_cdn(instance.site_id))


def purge_site_from_cdn(site_id):
    """The phone number and hours are on every page: a CDN must drop them all."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Site

    site = Site.objects.filter(pk=site_id).select_related("root_page").first()
    if site:
        batch = PurgeBatch()
        batch.add_pages(site.root_page.get_descendants(inclusive=True).live().specific())
        batch.purge()
