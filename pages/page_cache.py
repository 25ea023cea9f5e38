"""Whole pages cached for anonymous visitors, in the shared cache when one is configured.

A cached page is answered before Wagtail looks anything up, so a hit makes no SQL
query. Every publish, unpublish, move or deletion of a page, and every change to the
clinic details (shown on every page), starts a new cache generation, so no visitor
sees a stale page. Staff (anyone with a session cookie), previews, query strings
other than `?page=N`, and responses that set cookies are never cached.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils import timezone
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "page-cache-generation"
SKIPPED_PREFIXES = ("/admin/", "/book/", "/search/", "/documents/", "/static/", "/media/", "/healthz")


def current_generation():
    return cache.get_or_set(GENERATION_KEY, 1, timeout=None)


def start_new_generation(**kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, timeout=None)


def cache_key(request):
    # The date is in the key because pages show today's opening hours.
    return ":".join(
        [
            "page-cache",
            str(current_generation()),
            timezone.localdate().isoformat(),
            request.get_host(),
            request.get_full_path(),
        ]
    )


def is_cacheable_request(request):
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(SKIPPED_PREFIXES) or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    query = request.GET
    return not query or (list(query) == ["page"] and query["page"].isdigit() and len(query["page"]) < 6)


def is_cacheable_response(request, response):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and getattr(request, "resolver_match", None) is not None
        and request.resolver_match.url_name == "wagtail_serve"
        and not getattr(request, "is_preview", False)
        and "private" not in response.get("Cache-Control", "")
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        key = cache_key(request)
        cached = cache.get(key)
        if cached is not None:
            response = HttpResponse(cached["content"], content_type=cached["content_type"])
            response["X-Page-Cache"] = "hit"
            return self.add_cache_control(response)
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            cache.set(
                key,
                {"content": response.content, "content_type": response["Content-Type"]},
                settings.PAGE_CACHE_SECONDS,
            )
            response["X-Page-Cache"] = "miss"
            self.add_cache_control(response)
        return response

    @staticmethod
    def add_cache_control(response):
        # Browsers check back every time; a CDN may keep the page (it is purged on publish).
        response["Cache-Control"] = f"public, max-age=0, s-maxage={settings.PAGE_CACHE_SECONDS}"
        return response


for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(start_new_generation, dispatch_uid=f"page-cache-{signal}")


@receiver(post_delete, dispatch_uid="page-cache-page-deleted")
def page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        start_new_generation()


@receiver(post_save, dispatch_uid="page-cache-settings-saved")
@receiver(post_delete, dispatch_uid="page-cache-settings-deleted")
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
