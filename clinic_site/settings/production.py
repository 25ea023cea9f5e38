"""Production: every secret, host and the database come from the environment.

Start-up stops with one clear line naming the variable when a required one is
missing, rather than running with an unsafe default.
"""

import os
import sys

from .base import *  # noqa: F403
from .base import env_flag


def required_env(name, hint):
    value = os.environ.get(name, "").strip()
    if not value:
        sys.exit(f"Set the {name} environment variable: {hint}")  # one line on stderr, exit status 1
    return value


SECRET_KEY = required_env("SECRET_KEY", "a long random string, kept secret.")
ALLOWED_HOSTS = [
    host.strip()
    for host in required_env("ALLOWED_HOSTS", "the site's host names, comma-separated (e.g. clinic.example).").split(
        ","
    )
    if host.strip()
]
required_env("DATABASE_URL", "the PostgreSQL database, e.g. postgres://user:password@db.internal:5432/clinic.")
CSRF_TRUSTED_ORIGINS = [f"https://{host.lstrip('.')}" for host in ALLOWED_HOSTS if host != "*"]

# Behind a proxy or load balancer that terminates TLS and sets X-Forwarded-Proto; gunicorn listens on
# loopback by default (gunicorn.conf.py), so no one else can send the header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD")
if not SECURE_HSTS_PRELOAD:
    # Preloading is a commitment for the whole domain, made on purpose with SECURE_HSTS_PRELOAD=true.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
SESSION_COOKIE_SECURE = env_flag("SECURE_COOKIES", default=True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

# Only for trying these settings locally (make serve-prod); production serves media elsewhere.
SERVE_MEDIA = env_flag("SERVE_MEDIA")

# Static files with content-hashed names, compressed, cached for a year by browsers and CDNs.
STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}  # noqa: F405
