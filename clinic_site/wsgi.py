"""WSGI entry point. Production settings unless DJANGO_SETTINGS_MODULE says otherwise."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinic_site.settings.production")

django_application = get_wsgi_application()

from clinic_site.page_cache import PageCacheApplication  # noqa: E402 - needs the settings and apps loaded

# Cached pages are answered before Django's request handling; everything else is Django's.
application = PageCacheApplication(django_application)
