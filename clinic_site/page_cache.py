"""Whole pages for anonymous visitors, answered before Django handles the request.

The middleware stands near the top of the stack. On the way out it stores a page
with every header the middleware below it added (security headers included). The
next visitor gets it from the WSGI application in front of Django's
(`PageCacheApplication`, see wsgi.py) with those same headers, without a database
query, request signals, middleware or response objects; where Django is called
directly (the test client, runserver) the middleware answers hits itself.

Keys carry the content generation (see content_cache), the site, the scheme and
today's date (pages show today's opening hours), so publishing or changing the
clinic details replaces every cached page at once.

Never cached: staff (anyone with a session cookie), previews and the admin, POSTs,
query strings other than `?page=N` on a listing that shows page N, and responses
that set cookies or are private.
"""

import hashlib
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIRequest
from django.db import DatabaseError
from django.http import HttpResponse, HttpResponseNotModified
from django.http.request import split_domain_port
from django.utils import timezone
from django.utils.http import parse_etags
from wagtail.models import Site

from clinic_site.content_cache import cached, current_generation

SKIPPED_PREFIXES = ("/admin/", "/book/", "/search/", "/documents/", "/static/", "/media/", "/healthz")
# Headers that belong to one response only.
UNSTORED_HEADERS = {"set-cookie", "content-length", "date", "x-page-cache"}
MAX_PAGE_DIGITS = 5


def page_number_in(query):
    """0 for no query string, N for `?page=N` in ASCII digits, None for anything else."""
    if not query:
        return 0
    value = query.get("page", "")
    if list(query) == ["page"] and value.isascii() and value.isdigit() and len(value) <= MAX_PAGE_DIGITS:
        return int(value)
    return None


def load_sites():
    return list(Site.objects.values_list("pk", "hostname", "port", "is_default_site"))


# Sites change rarely, and saving one starts a new content generation: each process keeps the table
# and the answers for the generation it last saw. The table is read from the shared cache before the
# database, so cached pages are still served while the database is down.
@lru_cache(maxsize=1)
def sites_table(generation):
    return cached("sites", load_sites)


@lru_cache(maxsize=256)
def site_id_for_host(generation, hostname, port):
    """The Wagtail site for this host name and port, picked as Site.find_for_request picks it."""
    sites = sites_table(generation)
    exact = [pk for pk, name, site_port, _ in sites if name == hostname and site_port == port]
    named = [(pk, default) for pk, name, _, default in sites if name == hostname]
    named_default = [pk for pk, default in named if default]
    defaults = [pk for pk, *_, default in sites if default]
    if exact or named_default:
        return (exact or named_default)[0]
    if len(named) == 1:
        return named[0][0]
    return defaults[0] if defaults else None


def site_id_for(request, generation):
    # get_host() checks the name against ALLOWED_HOSTS, so the memo above stays small.
    return site_id_for_host(generation, split_domain_port(request.get_host())[0], int(request.get_port()))


def cache_key(request, page_number):
    generation = current_generation()
    return ":".join(
        [
            "page",
            str(generation),
            timezone.localdate().isoformat(),
            request.scheme,
            str(site_id_for(request, generation)),
            request.path,
            str(page_number),
        ]
    )


def is_cacheable_request(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(SKIPPED_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def is_cacheable_response(request, response, page_number):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and getattr(request, "resolver_match", None) is not None
        and request.resolver_match.url_name == "wagtail_serve"
        and "private" not in response.get("Cache-Control", "")
        # ?page=N only on a listing that showed page N: other numbers would each fill an entry.
        and page_number == getattr(request, "listing_page_number", 0)
    )


def add_cache_control(response):
    # Browsers check back every time (a 304 when nothing changed); a CDN may keep the page (purged on publish).
    response["Cache-Control"] = f"public, max-age=0, s-maxage={settings.PAGE_CACHE_SECONDS}"
    return response


def lookup(request):
    """(page number, key, stored page or None) when the page cache may answer this request, else None."""
    page_number = page_number_in(request.GET)
    if page_number is None or not is_cacheable_request(request):
        return None
    try:
        key = cache_key(request, page_number)
    except DatabaseError:
        return None  # no site table without the database: the view answers
    return page_number, key, cache.get(key)


def is_unchanged_for(request, entry):
    """The visitor's copy is the stored page (If-None-Match names its ETag): a 304 will do."""
    etags = {etag.removeprefix("W/") for etag in parse_etags(request.META.get("HTTP_IF_NONE_MATCH", ""))}
    return entry["headers"]["ETag"] in etags or "*" in etags


def from_cache(request, entry):
    response = HttpResponseNotModified() if is_unchanged_for(request, entry) else HttpResponse(entry["content"])
    for name, value in entry["headers"].items():
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response


class PageCacheMiddleware:
    """Answers hits when Django handles the request itself (the test client, runserver), and stores misses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        found = lookup(request)
        if found is None:
            return self.get_response(request)
        page_number, key, entry = found
        if entry is not None:
            return from_cache(request, entry)
        response = self.get_response(request)
        if is_cacheable_response(request, response, page_number):
            response["ETag"] = f'"{hashlib.blake2b(response.content, digest_size=16).hexdigest()}"'
            add_cache_control(response)
            headers = {name: value for name, value in response.items() if name.lower() not in UNSTORED_HEADERS}
            cache.set(key, {"content": response.content, "headers": headers}, settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response


class PageCacheApplication:
    """The WSGI application in front of Django's: a hit is answered here, without Django's request
    signals, middleware or response objects, which cost three times what the hit itself does.
    Everything else, and anything that goes wrong here (a bad Host header), goes to Django."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        request = WSGIRequest(environ)
        try:
            found = lookup(request)
        except Exception:  # noqa: BLE001 - Django gives the answer it always gives (a 400, an error page)
            found = None
        if found is None or found[2] is None:
            return self.application(environ, start_response)
        entry = found[2]
        headers = [*entry["headers"].items(), ("X-Page-Cache", "hit")]
        if is_unchanged_for(request, entry):
            start_response("304 Not Modified", headers)
            return [b""]
        start_response("200 OK", [*headers, ("Content-Length", str(len(entry["content"])))])
        return [b"" if request.method == "HEAD" else entry["content"]]
