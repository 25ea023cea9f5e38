"""Local development: debug pages, a fixed throwaway key, local hosts only."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-insecure-key-never-used-in-production"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
SERVE_MEDIA = True
# Static files straight from the source folders (no collectstatic needed).
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Quieter in a terminal: warnings and errors only, unless LOG_LEVEL says otherwise.
LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "WARNING")  # noqa: F405
# Template changes show at once; set PAGE_CACHE_SECONDS to try the page cache locally.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
# The cache on disk under CACHE_DIR, as in production: a change made by a command (load_demo_content,
# expire_story_consents, a shell) reaches the running development server on its next request.
