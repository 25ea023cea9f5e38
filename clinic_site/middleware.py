import secrets

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.utils import translation

from .health import health_reports

HEALTH_CHECK_PATH = "/healthz"
ADMIN_PREFIX = "/admin/"


def database_answers():
    """A table of the site's own reads: SQLite answers `SELECT 1` even from an empty file it has just
    made where the database was."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM django_migrations LIMIT 1")
    except DatabaseError:
        return False
    return True


def cache_answers():
    """A value written to the shared cache reads back (a failing cache answers every call as a miss)."""
    token = secrets.token_hex(8)
    cache.set("healthz", token, 10)
    return cache.get("healthz") == token


class HealthCheckMiddleware:
    """`/healthz` for load balancers: 200 while the database answers, 503 when it does not.

    The cache only speeds pages up, so a failing cache is reported as degraded in the body
    and keeps the 200: the site still serves every page, only slower. The apps' reports (the backup's
    age: clinic_site.health) follow in the body and never change the status code.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != HEALTH_CHECK_PATH:
            return self.get_response(request)
        database_ok, cache_ok = database_answers(), cache_answers()
        body = {
            "status": ("ok" if cache_ok else "degraded") if database_ok else "unavailable",
            "database": "ok" if database_ok else "unreachable",
            "cache": "ok" if cache_ok else "unreachable",
        }
        body.update((name, value) for name, value in health_reports().items() if name not in body)
        response = JsonResponse(body, status=200 if database_ok else 503)
        response["Cache-Control"] = "no-store"
        return response


def is_for_the_admin(request):
    """An admin page, or a page preview: Wagtail renders previews for the admin's preview panel through a
    stand-in request for the page's public address, marked `is_dummy`."""
    return request.path.startswith(ADMIN_PREFIX) or getattr(request, "is_dummy", False)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's header: the strict public policy, or in the admin the one Wagtail needs.

    Signed-in staff get Wagtail's inline scripts (the editor's date fields, inline panels, the image focal
    point); the pages anyone can open (sign-in, password reset) keep `script-src 'self'`.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and is_for_the_admin(request):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
            if getattr(request, "user", None) is not None and request.user.is_authenticated:
                parts.update = {**(parts.update or {}), "script-src": [UNSAFE_INLINE]}
        return parts


class AdminFrameOptionsMiddleware:
    """X-Frame-Options: SAMEORIGIN in the admin and on previews: the admin frames its own page previews.

    Placed after Django's XFrameOptionsMiddleware (DENY everywhere else), which keeps a header already set.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_for_the_admin(request):
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response


class LanguageFromPathMiddleware:
    """The language of a request is the one its address names (`/es/…` is Spanish), else English.

    Unlike Django's LocaleMiddleware it never reads Accept-Language or a cookie and never redirects,
    so one address always gives the same page to everyone, and caches need no `Vary`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        request.LANGUAGE_CODE = language
        with translation.override(language):  # the language of this request only, rendering included
            return self.get_response(request)
