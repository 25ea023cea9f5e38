from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.db import DatabaseError, connection
from django.http import JsonResponse

HEALTH_CHECK_PATH = "/healthz"
ADMIN_PREFIX = "/admin/"


class HealthCheckMiddleware:
    """`/healthz` for load balancers: 200 when the database answers, 503 when it does not."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != HEALTH_CHECK_PATH:
            return self.get_response(request)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except DatabaseError:
            response = JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
        else:
            response = JsonResponse({"status": "ok", "database": "ok"})
        response["Cache-Control"] = "no-store"
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's header: the strict public policy, or in the admin the looser one Wagtail needs."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path.startswith(ADMIN_PREFIX):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts


class AdminFrameOptionsMiddleware:
    """X-Frame-Options: SAMEORIGIN in the admin, which frames its own page previews.

    Placed after Django's XFrameOptionsMiddleware (DENY everywhere else), which keeps a header already set.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(ADMIN_PREFIX):
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response
