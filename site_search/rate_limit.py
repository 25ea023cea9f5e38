"""At most SEARCH_RATE_LIMIT searches a minute from one address that the cache could not answer.

A search already in the cache costs almost nothing and is never limited; a flood of different searches
from one client would take the workers from patients reading pages. As for call-back requests
(booking/rate_limit.py), the address is kept only as a keyed hash, in a counter that expires with its
minute, and a cache that does not answer lets every search through."""

import hashlib
import hmac
import logging
import time

from django.conf import settings
from django.core.cache import cache

from clinic_site.client_address import client_address

logger = logging.getLogger(__name__)
WINDOW_SECONDS = 60


def counter_key(request):
    address = (client_address(request) or "unknown").encode()
    digest = hmac.new(settings.SECRET_KEY.encode(), address, hashlib.sha256).hexdigest()[:32]
    return f"search-rate:{digest}:{int(time.time()) // WINDOW_SECONDS}"


def over_limit(request):
    """Counts this search; True when the address has made more than the limit this minute."""
    key = counter_key(request)
    try:
        cache.add(key, 0, WINDOW_SECONDS)
        count = cache.incr(key)
    except Exception:  # noqa: BLE001 - an accelerator, never a dependency
        logger.warning("The search rate limit could not be checked: the cache did not answer.")
        return False
    return count > settings.SEARCH_RATE_LIMIT
