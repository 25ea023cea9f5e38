"""Site settings read from the shared cache: a visit costs no query for them until the content changes."""

from wagtail.models import Site

from .content_cache import cached


class CachedSiteSetting:
    """For a Wagtail `BaseSiteSetting`: `for_request(request)`, the one way a request reads the setting.

    Like Wagtail's own, it keeps the setting on the request (under `get_cache_attr_name()`); unlike it, it
    reads it from the shared cache, and answers a request that matches no site with the defaults, so that
    error pages still render. Each app starts a new content generation when its setting is saved (its
    `signal_handlers.py`)."""

    @classmethod
    def for_request(cls, request):
        name = cls.get_cache_attr_name()
        if not hasattr(request, name):
            site = Site.find_for_request(request)
            setting = cached(f"setting{name}:{site.pk}", lambda: cls.for_site(site)) if site else cls()
            setattr(request, name, setting)
        return getattr(request, name)
