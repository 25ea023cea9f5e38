"""A change to the clinic details is a change to every page: a new content generation, and a CDN purge."""

from django.conf import settings
from django.db import transaction
from wagtail.models import Site

from clinic_site.content_cache import start_new_generation

from .navigation import homes_of


def location_changed(sender, instance, **kwargs):
    """A location is in every page's footer, in both languages."""
    transaction.on_commit(start_new_generation)
    if sender.__name__ == "Location":  # once per save, not once per row of hours
        transaction.on_commit(purge_every_site_from_cdn, robust=True)


def clinic_details_changed(sender, instance, **kwargs):
    # After the whole save, opening hours included.
    transaction.on_commit(start_new_generation)
    transaction.on_commit(lambda: purge_site_from_cdn(instance.site_id))


def purge_every_site_from_cdn():
    if settings.WAGTAILFRONTENDCACHE:
        for site_id in Site.objects.values_list("pk", flat=True):
            purge_site_from_cdn(site_id)


def purge_site_from_cdn(site_id):
    """The phone number and hours are on every page: a CDN must drop them all."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    site = Site.objects.filter(pk=site_id).select_related("root_page").first()
    if site:
        batch = PurgeBatch()
        for home in homes_of(site).values():  # every language's pages
            batch.add_pages(home.get_descendants(inclusive=True).live().specific())
        batch.purge()
