"""Whole pages cached for anonymous visitors, in the shared cache when one is configured.

A cached page is answered before Wagtail looks anything up, so a hit makes no SQL
query. Keys carry the content generation (see content_cache), so publishing or
changing the clinic details replaces every cached page at once. Staff (anyone with
a session cookie), previews, query strings other than `?page=N`, and responses
that set cookies are never cached.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone

from clinic_site.content_cache import current_generation

SKIPPED_PREFIXES = ("/admin/", "/book/", "/search/", "/documents/", "/static/", "/media/", "/healthz")


def cache_key(request):
    # The date is in the key because pages show today's opening hours.
    return ":".join(
        [
            "page",
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
        and "private" not in response.get("Cache-Control", "")
    )


def add_cache_control(response):
    # Browsers check back every time; a CDN may keep the page (it is purged on publish).
    response["Cache-Control"] = f"public, max-age=0, s-maxage={settings.PAGE_CACHE_SECONDS}"
    return response


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
            return add_cache_control(response)
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            cache.set(
                key,
                {"content": response.content, "content_type": response["Content-Type"]},
                settings.PAGE_CACHE_SECONDS,
            )
            response["X-Page-Cache"] = "miss"
            add_cache_control(response)
        return response
