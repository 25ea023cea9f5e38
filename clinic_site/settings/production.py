"""Production: every secret and host comes from the environment.

Start-up stops with one clear line naming the variable when a required one
is missing, rather than running with an unsafe default.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required_env(name, hint):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable: {hint}")
    return value


SECRET_KEY = required_env("SECRET_KEY", "a long random string, kept secret.")
ALLOWED_HOSTS = [
    host.strip()
    for host in required_env("ALLOWED_HOSTS", "the site's host names, comma-separated (e.g. clinic.example).").split(
        ","
    )
    if host.strip()
]
CSRF_TRUSTED_ORIGINS = [f"https://{host.lstrip('.')}" for host in ALLOWED_HOSTS]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
