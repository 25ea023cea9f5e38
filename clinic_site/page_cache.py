"""Whole pages for anonymous visitors, answered before Django handles the request.

The middleware stands near the top of the stack. On the way out it stores a page
with every header the middleware below it added (security headers included). The
next visitor gets it from the WSGI application in front of Django's
(`PageCacheApplication`, see wsgi.py) with those same headers, without a database
query, request signals, middleware or response objects; where Django is called
directly (the test client, runserver) the middleware answers hits itself.

Keys carry the content generation (see content_cache), the site, the scheme and
today's date (pages show today's opening hours), so publishing or changing the
clinic details replaces every cached page at once. Since what a key names never
changes, each process also keeps the pages it has served, and a hit reads only the
generation from shared storage.

Only pages are stored: a response is kept when the page that made it attached `CacheHints`, plain values
saying what the cache must know of it. A page that says something true only until a given moment ("Open
now, closes at 5 PM") names that moment, and is kept (here and by a CDN) only until then; a listing names
the page number it showed.

Never cached: staff (anyone with a session cookie), previews and the admin, POSTs,
query strings other than `?page=N` on a listing that shows page N, and responses
that set cookies or are private. A page behind a view restriction is shown only to
visitors with a session (signed in, or who gave its password), so it is never stored;
anonymous visitors get the sign-in redirect or the password form instead.
"""

import datetime
import hashlib
import io
import time
from dataclasses import dataclass
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
from clinic_site.front_settings import front_settings
from clinic_site.page_views import page_viewed

# Search results are always answered fresh, at their address in either language.
SKIPPED_PREFIXES = (
    "/admin/",
    "/book/",
    "/search/",
    "/es/buscar/",
    "/documents/",
    "/static/",
    "/media/",
    "/healthz",
    "/v/",
)
# Headers that belong to one response only.
UNSTORED_HEADERS = {"set-cookie", "content-length", "date", "x-page-cache"}
MAX_PAGE_DIGITS = 5
# Pages this process has served lately, by key: see stored_page.
LOCAL_COPIES_MAX = 200
local_copies = {}


@dataclass(frozen=True)
class CacheHints:
    """What the page cache must know of a page as it was made, attached to its response as `cache_hints`."""

    # The page of a listing shown (?page=N); 0 for an address without one. Any other number is not stored.
    page_number: int = 0
    # When what the page shows stops being right (an aware datetime), or None.
    fresh_until: datetime.datetime | None = None
    # The page a view of the response counts for (page_views), or None.
    page_id: int | None = None


def hints_of(response):
    return getattr(response, "cache_hints", None)


def view_of(request, response):
    """(page id, language) when the response shows a page to be counted as viewed, else None: error
    pages, redirects and previews show none."""
    hints = hints_of(response)
    if hints is None or hints.page_id is None or response.status_code != 200 or getattr(request, "is_dummy", False):
        return None
    return hints.page_id, request.LANGUAGE_CODE


def page_number_in(query_string):
    """0 for no query string, N for `?page=N` in ASCII digits, None for anything else."""
    if not query_string:
        return 0
    name, _, value = query_string.partition("=")
    if name == "page" and value.isascii() and value.isdigit() and len(value) <= MAX_PAGE_DIGITS:
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


def address_of(environ):
    """The values of the environ that decide the scheme and the site (front_settings.ADDRESS_KEYS)."""
    return tuple(map(environ.get, front_settings().address_keys))


@lru_cache(maxsize=256)
def scheme_and_site(generation, keys, address):
    """Django's own answers for this address: get_host() checks the name against ALLOWED_HOSTS (a bad
    one raises, and is not remembered), so the memo holds only the site's own names."""
    environ = {key: value for key, value in zip(keys, address, strict=True) if value is not None}
    request = WSGIRequest({**environ, "REQUEST_METHOD": "GET", "wsgi.input": io.BytesIO()})
    hostname = split_domain_port(request.get_host())[0]
    return request.scheme, site_id_for_host(generation, hostname, int(request.get_port()))


@lru_cache(maxsize=1)
def local_date(second):
    return timezone.localdate().isoformat()


def cache_key(environ, page_number, front):
    generation = current_generation()
    scheme, site_id = scheme_and_site(generation, front.address_keys, address_of(environ))
    # Pages show today's opening hours; the date is worked out once a second.
    today = local_date(int(time.time()))
    path = environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "/")
    # A page made in one visit-count mode is not served in the other: only beacon mode's carry the counter image.
    return f"page:{generation}:{front.visit_count_mode}:{today}:{scheme}:{site_id}:{path}:{page_number}"


def is_cacheable_request(environ, front):
    return (
        front.page_cache_seconds > 0
        and environ.get("REQUEST_METHOD") in ("GET", "HEAD")
        and not environ.get("PATH_INFO", "/").startswith(SKIPPED_PREFIXES)
        # Staff are never answered from the cache (a name that merely ends like it only costs a miss).
        and front.session_cookie not in environ.get("HTTP_COOKIE", "")
    )


def is_cacheable_response(response, page_number):
    hints = hints_of(response)
    return (
        hints is not None
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in response.get("Cache-Control", "")
        # ?page=N only on a listing that showed page N: other numbers would each fill an entry.
        and page_number == hints.page_number
    )


def seconds_to_keep(response):
    """How long the page may be kept: the cache's usual time, or less when it will soon be out of date."""
    seconds = settings.PAGE_CACHE_SECONDS
    hints = hints_of(response)
    if hints is not None and hints.fresh_until is not None:
        seconds = min(seconds, int((hints.fresh_until - timezone.now()).total_seconds()))
    return seconds


def add_cache_control(response, seconds):
    # Browsers check back every time (a 304 when nothing changed); a CDN may keep the page (purged on publish).
    response["Cache-Control"] = f"public, max-age=0, s-maxage={seconds}"
    return response


def lookup(environ):
    """(page number, key, stored page or None) when the page cache may answer this request, else None.
    It reads the WSGI environ itself, as building Django's request would cost more than the hit."""
    front = front_settings()
    page_number = page_number_in(environ.get("QUERY_STRING", ""))
    if page_number is None or not is_cacheable_request(environ, front):
        return None
    try:
        key = cache_key(environ, page_number, front)
    except DatabaseError:
        return None  # no site table without the database: the view answers
    return page_number, key, stored_page(key)


def stored_page(key):
    """The page stored under `key`. What a key names never changes (it holds the content generation and the
    date), so each process keeps the pages it has read until they expire, and the shared cache is read only
    for pages new to it."""
    entry = local_copies.get(key)
    if entry is None or entry.get("expires", 0) <= time.time():
        entry = cache.get(key)
        if entry is not None:
            if len(local_copies) >= LOCAL_COPIES_MAX:
                local_copies.clear()
            entry = local_copies[key] = with_wsgi_headers(entry)
    return entry


def with_wsgi_headers(entry):
    """The entry with the header lists the WSGI front sends, made once per process instead of on every hit."""
    headers = [*entry["headers"].items(), ("X-Page-Cache", "hit")]
    return {**entry, "not_modified": headers, "hit": [*headers, ("Content-Length", str(len(entry["content"])))]}


def is_unchanged_for(environ, entry):
    """The visitor's copy is the stored page (If-None-Match names its ETag): a 304 will do."""
    if_none_match = environ.get("HTTP_IF_NONE_MATCH")
    if not if_none_match:
        return False
    etags = {etag.removeprefix("W/") for etag in parse_etags(if_none_match)}
    return entry["headers"]["ETag"] in etags or "*" in etags


def from_cache(request, entry):
    response = HttpResponseNotModified() if is_unchanged_for(request.META, entry) else HttpResponse(entry["content"])
    for name, value in entry["headers"].items():
        response[name] = value
    response["X-Page-Cache"] = "hit"
    response.counted_view = entry.get("view")
    return response


class PageCacheMiddleware:
    """Answers hits when Django handles the request itself (the test client, runserver), and stores misses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.answer(request)
        page_viewed(request.META, getattr(response, "counted_view", None))
        return response

    def answer(self, request):
        # A preview (Wagtail's stand-in request for the page's address) shows the draft, never the stored page.
        found = None if getattr(request, "is_dummy", False) else lookup(request.META)
        if found is None:
            return with_view(request, self.get_response(request))
        page_number, key, entry = found
        if entry is not None:
            return from_cache(request, entry)
        response = with_view(request, self.get_response(request))
        seconds = seconds_to_keep(response)
        if seconds > 0 and is_cacheable_response(response, page_number):
            response["ETag"] = f'"{hashlib.blake2b(response.content, digest_size=16).hexdigest()}"'
            add_cache_control(response, seconds)
            headers = {name: value for name, value in response.items() if name.lower() not in UNSTORED_HEADERS}
            entry = {"content": response.content, "headers": headers, "expires": time.time() + seconds}
            # The page's id is kept for counting hits, never sent: a hit has no response object to carry it.
            cache.set(key, {**entry, "view": response.counted_view}, seconds)
            response["X-Page-Cache"] = "miss"
        return response


class PageCacheApplication:
    """The WSGI application in front of Django's: a hit is answered here, without Django's request
    signals, middleware or response objects, which cost three times what the hit itself does.
    Everything else, and anything that goes wrong here (a bad Host header), goes to Django."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        try:
            found = lookup(environ)
        except Exception:  # noqa: BLE001 - Django gives the answer it always gives (a 400, an error page)
            found = None
        if found is None or found[2] is None:
            return self.application(environ, start_response)
        entry = found[2]
        page_viewed(environ, entry.get("view"))
        # Copies: a server may add to the list it is given (wsgiref adds Date).
        if is_unchanged_for(environ, entry):
            start_response("304 Not Modified", list(entry["not_modified"]))
            return [b""]
        start_response("200 OK", list(entry["hit"]))
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else entry["content"]]


def with_view(request, response):
    response.counted_view = view_of(request, response)
    return response
