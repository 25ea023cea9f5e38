"""The few settings read on every request the page cache answers, read once per process.

Reading a Django setting costs two attribute lookups on a lazy object; a cache hit read five of them,
about a tenth of its time in Python. Settings change only under a test's `override_settings`, which puts
a new holder of the settings in place: what is read here is kept per holder.
"""

from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings

# What Django reads to tell the host, port and scheme (get_host, get_port, scheme), besides the proxy's
# HTTPS header from the settings.
ADDRESS_KEYS = (
    "HTTP_HOST",
    "SERVER_NAME",
    "SERVER_PORT",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PORT",
    "wsgi.url_scheme",
    "SCRIPT_NAME",
)


@dataclass(frozen=True)
class FrontSettings:
    page_cache_seconds: int
    # "sessionid=": a request holding it is a signed-in (or password-holding) visitor's.
    session_cookie: str
    # The WSGI environ keys that decide the scheme and the site.
    address_keys: tuple
    visit_count_mode: str


def front_settings():
    return front_settings_of(settings._wrapped)


@lru_cache(maxsize=1)
def front_settings_of(holder):
    proxy_header = settings.SECURE_PROXY_SSL_HEADER
    return FrontSettings(
        page_cache_seconds=settings.PAGE_CACHE_SECONDS,
        session_cookie=f"{settings.SESSION_COOKIE_NAME}=",
        address_keys=(*ADDRESS_KEYS, proxy_header[0]) if proxy_header else ADDRESS_KEYS,
        visit_count_mode=settings.VISIT_COUNT_MODE,
    )
