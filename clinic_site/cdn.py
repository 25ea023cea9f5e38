"""Dropping pages from a CDN in front of the site (`WAGTAILFRONTENDCACHE`), through Wagtail's frontend cache.

Wagtail purges a page when it is published or unpublished. The apps call these functions for the
changes it does not see: clinic details and locations are on every page, and a page made private
must leave the CDN with everything below it. Without a CDN they do nothing and query nothing.
"""

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site


def purge_from_cdn(page_id):
    """The page and every live page below it."""
    purge_page_trees(Page.objects.filter(pk=page_id))


def purge_site_from_cdn(site_id):
    purge_sites(Site.objects.filter(pk=site_id))


def purge_every_site_from_cdn():
    purge_sites(Site.objects.all())


def purge_sites(sites):
    """Every live page of the sites in every language: below each root page and the root page's translations."""
    homes = Page.objects.live().filter(translation_key__in=sites.values("root_page__translation_key"))
    purge_page_trees(homes)


def purge_page_trees(tops):
    """One purge of the live pages at and below each of `tops`, read only when a CDN is configured."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    batch = PurgeBatch()
    for top in tops:
        batch.add_pages(top.get_descendants(inclusive=True).live().specific())
    batch.purge()


def purge_pages(pages):
    """One purge of `pages` alone, read only when a CDN is configured."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    batch = PurgeBatch()
    batch.add_pages(pages.specific())
    batch.purge()
