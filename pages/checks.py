"""Deploy checks: search engines and links must be told the clinic's real address."""

from django.conf import settings
from django.core.checks import Error
from django.db import DatabaseError
from wagtail.models import Site

LOCAL_NAMES = {"localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0"}
FIX = "Set SITE_URL to the public address (e.g. https://clinic.example) and run manage.py setup_site."


def site_address_check(app_configs=None, **kwargs):
    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:
        return []  # no database to look at (yet): nothing to say
    if site is None:
        return [Error("There is no default site.", hint=FIX, id="pages.E001")]
    if site.hostname in LOCAL_NAMES:
        return [
            Error(
                f"The default site's address is {site.root_url}: canonical links, the sitemap and robots.txt "
                "would send search engines there.",
                hint=FIX,
                id="pages.E002",
            )
        ]
    if settings.SECURE_SSL_REDIRECT and site.port != 443:
        return [
            Error(
                f"The default site's address is {site.root_url}, but the site enforces HTTPS.",
                hint=FIX,
                id="pages.E003",
            )
        ]
    return []
