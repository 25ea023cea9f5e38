"""At most SEARCH_RATE_LIMIT searches a minute from one address that the cache of results could not answer
(clinic_site/rate_limit.py). A search already in the cache costs almost nothing and is never limited; a
flood of different searches from one client would take the workers from patients reading pages."""

from clinic_site.rate_limit import RateLimit

search_limit = RateLimit("search", "SEARCH_RATE_LIMIT", window_seconds=60)
WINDOW_SECONDS = search_limit.window_seconds
over_limit = search_limit.over_limit
