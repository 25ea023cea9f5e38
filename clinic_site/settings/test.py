"""The test suite: production-like (DEBUG off), fast password hashing."""

import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"  # noqa: F405
SERVE_MEDIA = True
# Tests that need the page cache turn it on themselves.
PAGE_CACHE_SECONDS = 0
# No thread writing visit counts behind the tests' backs: tests that read them write them first.
VISIT_COUNT_SECONDS = 0
# Static files straight from the source folders, as in development (no collectstatic needed).
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
# One process: local memory. Tests that start servers of their own give them their own cache.
if not os.environ.get("REDIS_URL"):
    CACHES = LOCAL_MEMORY_CACHES  # noqa: F405
# Backups and private uploads in folders of the test run's own.
BACKUP_DIR = BASE_DIR / "test-artifacts" / "backups"  # noqa: F405
STORAGES["dbbackup"]["OPTIONS"]["location"] = BACKUP_DIR  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / "test-artifacts" / "private-media"  # noqa: F405
STORAGES["private"]["OPTIONS"]["location"] = PRIVATE_MEDIA_ROOT  # noqa: F405
