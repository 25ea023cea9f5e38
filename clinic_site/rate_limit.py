"""A limit on how often one address may do something, counted in the cache: call-back requests an hour,
uncached searches a minute.

The address is kept only as a keyed hash, in a counter that expires with its window. When the cache is
down no limit is applied: the cache is an accelerator, never a dependency, and a patient matters more
than a spammer."""

import hashlib
import hmac
import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

from clinic_site.client_address import client_address

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RateLimit:
    name: str  # names the counters in the cache and the warning in the log
    setting: str  # the setting holding how many are allowed per window
    window_seconds: int

    def counter_key(self, request):
        address = (client_address(request) or "unknown").encode()
        digest = hmac.new(settings.SECRET_KEY.encode(), address, hashlib.sha256).hexdigest()[:32]
        return f"{self.name}-rate:{digest}:{int(time.time()) // self.window_seconds}"

    def over_limit(self, request):
        """Counts this request (unless its address is over the limit already); True when its address has gone
        over the limit in this window."""
        key, limit = self.counter_key(request), getattr(settings, self.setting)
        try:
            # An address already over the limit costs a read, not two writes: a flood is mostly these.
            if (cache.get(key) or 0) > limit:
                return True
            cache.add(key, 0, self.window_seconds)
            count = cache.incr(key)
        except Exception:  # noqa: BLE001 - an accelerator, never a dependency
            logger.warning("The %s rate limit could not be checked: the cache did not answer.", self.name)
            return False
        return count > limit
