"""At most CALL_BACK_RATE_LIMIT requests an hour from one address, counted in the cache.

The address is kept only as a keyed hash, in a counter that expires with its hour. When the cache is
down the limit is not applied: a patient's request matters more than a spammer's."""

import hashlib
import hmac
import logging
import time

from django.conf import settings
from django.core.cache import cache

from clinic_site.client_address import client_address

logger = logging.getLogger(__name__)
WINDOW_SECONDS = 60 * 60


def counter_key(request):
    address = (client_address(request) or "unknown").encode()
    digest = hmac.new(settings.SECRET_KEY.encode(), address, hashlib.sha256).hexdigest()[:32]
    return f"call-back-rate:{digest}:{int(time.time()) // WINDOW_SECONDS}"


def over_limit(request):
    """Counts this request; True when the address has sent more than the limit this hour."""
    key = counter_key(request)
    try:
        cache.add(key, 0, WINDOW_SECONDS)
        count = cache.incr(key)
    except Exception:  # noqa: BLE001 - an accelerator, never a dependency
        logger.warning("The call-back rate limit could not be checked: the cache did not answer.")
        return False
    return count > settings.CALL_BACK_RATE_LIMIT
