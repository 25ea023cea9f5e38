"""At most CALL_BACK_RATE_LIMIT call-back requests an hour from one address (clinic_site/rate_limit.py)."""

from clinic_site.rate_limit import RateLimit

call_back_limit = RateLimit("call-back", "CALL_BACK_RATE_LIMIT", window_seconds=60 * 60)
counter_key = call_back_limit.counter_key
over_limit = call_back_limit.over_limit
