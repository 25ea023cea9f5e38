from django.conf import settings
from django.db import DatabaseError, connection
from django.http import JsonResponse

HEALTH_CHECK_PATH = "/healthz"

PUBLIC_CSP = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:{media}",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
]
# Wagtail's admin uses inline styles and scripts, and frames its own previews.
ADMIN_CSP = [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:{media}",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "frame-ancestors 'self'",
]
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in [
        "accelerometer",
        "browsing-topics",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    ]
)


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


def media_source():
    """The media host, when uploads live on another origin (object storage or a CDN)."""
    return f" {settings.MEDIA_URL.rstrip('/')}" if settings.MEDIA_URL.startswith("https://") else ""


class SecurityHeadersMiddleware:
    """A strict Content Security Policy and Permissions-Policy; the admin gets the looser policy it needs."""

    def __init__(self, get_response):
        self.get_response = get_response
        media = media_source()
        self.public_csp = "; ".join(PUBLIC_CSP).format(media=media)
        self.admin_csp = "; ".join(ADMIN_CSP).format(media=media)

    def __call__(self, request):
        response = self.get_response(request)
        is_admin = request.path.startswith("/admin/")
        response.setdefault("Content-Security-Policy", self.admin_csp if is_admin else self.public_csp)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if is_admin:
            # The admin frames its own page previews.
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response
