"""WSGI entry point. Production settings unless DJANGO_SETTINGS_MODULE says otherwise."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinic_site.settings.production")

django_application = get_wsgi_application()

from clinic_site.page_cache import PageCacheApplication  # noqa: E402 - needs the settings and apps loaded


def without_body_for_head(application):
    """A HEAD request gets a GET's status and headers and no body (RFC 9110). Django leaves the body to
    the server, which gunicorn drops with a warning on every such request."""

    def head_without_body(environ, start_response):
        body = application(environ, start_response)
        if environ.get("REQUEST_METHOD") != "HEAD":
            return body
        if hasattr(body, "close"):
            body.close()  # ends Django's request as usual
        return []

    return head_without_body


# Cached pages are answered before Django's request handling; everything else is Django's.
application = PageCacheApplication(without_body_for_head(django_application))
