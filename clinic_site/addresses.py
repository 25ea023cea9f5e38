"""Absolute addresses on this site, from the site record staff configure (Settings › Sites)."""

from wagtail.models import Site


def site_url_for(request):
    """The site's address as staff configured it, like every page URL; the request's when no site matches."""
    site = Site.find_for_request(request)
    return site.root_url + "/" if site else request.build_absolute_uri("/")


def absolute_url(request, url):
    return url if url.startswith(("https://", "http://")) else site_url_for(request).rstrip("/") + url
