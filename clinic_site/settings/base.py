"""Settings shared by every environment.

Everything a deployment changes comes from environment variables; the defaults
here are the embedded ones a newcomer needs (SQLite file, local media folder,
local-memory cache). DEBUG is off unless a settings module turns it on.
"""

import os
import zoneinfo
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured


def env_flag(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False

INSTALLED_APPS = [
    # The site's own apps, one per capability; see "Architecture" in the README.
    "clinic",
    "people",
    "topics",
    "pages",
    "clinical_review",
    "booking",
    "staff",
    "backups",
    "stats",
    "stories",
    "site_search",
    "demo",
    "dbbackup",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.frontend_cache",
    "django.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",
]

MIDDLEWARE = [
    # Answers load balancers before host checks and HTTPS redirects.
    "clinic_site.middleware.HealthCheckMiddleware",
    # The language comes from the address alone (/es/ is Spanish), so every page stays cacheable.
    "clinic_site.middleware.LanguageFromPathMiddleware",
    # A cached page is answered here, with the headers stored from the middleware below.
    "clinic_site.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "clinic_site.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Above CommonMiddleware, so that the answer to a refused Host carries them too.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "clinic_site.middleware.AdminFrameOptionsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "staff.two_factor.StaffTwoFactorMiddleware",
    # wagtail-localize's own ways to publish a translation are kept to staff who may publish.
    "staff.translation_publishing.TranslationPublishingMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "axes.middleware.AxesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "clinic_site.urls"

# Form widgets' templates are looked up like any other, so the project's `templates/` may hold some.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "clinic.context_processors.clinic",
                "booking.context_processors.call_back",
            ],
        },
    },
]

WSGI_APPLICATION = "clinic_site.wsgi.application"

# DATABASE_URL (for example postgres://user@host:5432/name) selects the
# database; without it, a SQLite file in the project folder.
DATABASE_CONNECT_TIMEOUT = int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3"))  # seconds
DATABASE_STATEMENT_TIMEOUT = int(os.environ.get("DATABASE_STATEMENT_TIMEOUT", "5"))  # seconds


def database_from(url):
    """Django's settings for this database, with timeouts: a stalled database gives patients the
    error page (with the clinic's phone) within seconds instead of holding every worker."""
    database = dj_database_url.parse(url)
    if database["ENGINE"] == "django.db.backends.sqlite3":
        return database | sqlite_options()
    database |= {"CONN_MAX_AGE": 600, "CONN_HEALTH_CHECKS": True}
    database.setdefault("OPTIONS", {}).update(
        {
            "connect_timeout": DATABASE_CONNECT_TIMEOUT,
            "options": f"-c statement_timeout={DATABASE_STATEMENT_TIMEOUT * 1000}",
            # A server that stops answering mid-query is given up after this long.
            "tcp_user_timeout": DATABASE_STATEMENT_TIMEOUT * 1000,
            "keepalives": 1,
            "keepalives_idle": 30,
        }
    )
    return database


def sqlite_options():
    """SQLite as an embedded database for several workers: no persistent connections (they buy nothing
    and can keep a broken one), write-ahead logging so readers never wait for a writer, and writers
    that wait their turn (a write transaction from the start, a busy timeout) instead of failing."""
    return {
        "CONN_MAX_AGE": 0,
        "OPTIONS": {
            "timeout": DATABASE_STATEMENT_TIMEOUT,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        },
    }


DATABASES = {"default": database_from(os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache for every process on the machine, so that a change saved by any process (a gunicorn
# worker, a cron command) is what every worker shows on its next request. diskcache keeps it in
# files under CACHE_DIR: it needs neither the database nor another server, and a hit measured
# five times faster than Django's file-based cache and ten times faster than its database cache.
# REDIS_URL switches to one Redis shared by every instance on every machine.
CACHE_DIR = Path(os.environ.get("CACHE_DIR", BASE_DIR / "cache"))
if os.environ.get("REDIS_URL"):
    CACHES = {
        name: {
            "BACKEND": "clinic_site.cache_backend.SharedRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": name,
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                # A stopped or slow Redis costs a request half a second at most, then counts as a miss.
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
        for name in ("default", "renditions")
    }
else:
    CACHES = {
        name: {
            "BACKEND": "clinic_site.cache_backend.SharedDiskCache",
            "LOCATION": str(CACHE_DIR / name),
            # A slow disk gives a miss rather than a wait; 1 GiB at most, oldest entries dropped first.
            "OPTIONS": {"size_limit": 2**30},
        }
        for name in ("default", "renditions")
    }

# For one process only (the development server, the test suite): nothing shared, nothing on disk.
LOCAL_MEMORY_CACHES = {
    name: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name}
    for name in ("default", "renditions")
}

# Email (the call-back notification): SMTP when EMAIL_HOST is set, else printed to the console.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_flag("EMAIL_USE_TLS", default=True)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))  # seconds: a stalled mail server never holds a request
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)  # the sender of server error emails
# Who is emailed when a visitor gets the error page (comma-separated); nobody when empty.
ERROR_EMAIL_TO = [address.strip() for address in os.environ.get("ERROR_EMAIL_TO", "").split(",") if address.strip()]

# Call-back requests (booking app): who is told one is waiting (else the clinic's email in Clinic details),
# how long a closed request is kept, and the checks against spam.
CALL_BACK_NOTIFY_EMAIL = os.environ.get("CALL_BACK_NOTIFY_EMAIL", "")
CALL_BACK_RETENTION_DAYS = int(os.environ.get("CALL_BACK_RETENTION_DAYS", "90"))
CALL_BACK_RATE_LIMIT = int(os.environ.get("CALL_BACK_RATE_LIMIT", "5"))  # requests an hour from one address
CALL_BACK_MIN_SECONDS = int(os.environ.get("CALL_BACK_MIN_SECONDS", "3"))  # people take longer to fill it in
# Searches a minute from one address that the cache of results cannot answer (site_search/rate_limit.py).
SEARCH_RATE_LIMIT = int(os.environ.get("SEARCH_RATE_LIMIT", "30"))

# Full pages for anonymous visitors, refreshed whenever content or clinic details change. 0 turns it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # How guessable, not just how long (zxcvbn): "aaaaaaaaaaaa" and "clinic2026clinic" are refused.
    {"NAME": "django_zxcvbn_password_validator.ZxcvbnPasswordValidator"},
]
PASSWORD_MINIMAL_STRENGTH = 4  # of 4: at least 10^10 guesses ("clinic2026clinic" needs 10^8)
PASSWORD_EXTRA_DICTIONARY = ["clinic", "ketamine", "pain", "wagtail", "admin", "editor", "reviewer", "manager"]

# Staff logins: five wrong passwords for one account from one address lock it for an hour.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "staff/admin/locked_out.html"
# Behind a load balancer every login arrives from its address: with TRUSTED_PROXY_COUNT proxies in
# front, lockouts use the address the outermost of them saw (see clinic_site/client_address.py).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "clinic_site.client_address.client_address"
# Two-factor codes (TOTP) for staff: available to all, required for all when this is on.
STAFF_TWO_FACTOR_REQUIRED = env_flag("STAFF_TWO_FACTOR_REQUIRED")
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "Clinic website")
WAGTAILADMIN_USER_LOGIN_FORM = "staff.two_factor.LoginForm"

# A refused form gets the site's own page, in the address's language, not Django's English one.
CSRF_FAILURE_VIEW = "clinic_site.views.csrf_failure"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

LANGUAGE_CODE = "en"
# English at /, Spanish at /es/. Pages are translated in the admin (wagtail-localize); template and
# form wording in locale/es/LC_MESSAGES/django.po.
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [("en", "English"), ("es", "Español")]
WAGTAIL_I18N_ENABLED = True
# A new translation starts as a draft, whatever its source's status: only an approved workflow puts it
# live (wagtail-localize would otherwise publish it at once, untranslated). `check` insists on it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale"]
# The clinic's local time: "today" for booking counts and opening hours.
TIME_ZONE = os.environ.get("TIME_ZONE", "America/Phoenix")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))

MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Let Django serve uploaded media itself: only for local use, never in production.
SERVE_MEDIA = False

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# AWS_STORAGE_BUCKET_NAME moves uploaded media to S3-compatible object storage, a bucket everyone may read
# (its policy allows s3:GetObject); PRIVATE_BUCKET_NAME moves private uploads to a bucket of their own that
# no one may read without the site's credentials. Credentials come from the usual AWS_* variables (or the
# machine's role); AWS_S3_ENDPOINT_URL names a server other than Amazon's.
S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None


def s3_storage(bucket, **options):
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "endpoint_url": S3_ENDPOINT_URL,
            **options,
        },
    }


if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    media_bucket = os.environ["AWS_STORAGE_BUCKET_NAME"]
    media_domain = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    STORAGES["default"] = s3_storage(
        media_bucket, custom_domain=media_domain, file_overwrite=False, querystring_auth=False
    )
    if media_domain:
        MEDIA_URL = f"https://{media_domain}/"
    elif S3_ENDPOINT_URL:
        MEDIA_URL = f"{S3_ENDPOINT_URL.rstrip('/')}/{media_bucket}/"
    else:
        MEDIA_URL = f"https://{media_bucket}.s3.amazonaws.com/"
    # Downloads go through the site (Content-Disposition: attachment, and a collection's privacy checked),
    # never by a redirect to the bucket.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Uploads no visitor may ever fetch (a patient story's signed consent form): no URL, served by no one.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
STORAGES["private"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    # Readable by the site's own user only, like backups.
    "OPTIONS": {
        "location": PRIVATE_MEDIA_ROOT,
        "base_url": None,
        "file_permissions_mode": 0o600,
        "directory_permissions_mode": 0o700,
    },
}
if os.environ.get("PRIVATE_BUCKET_NAME"):
    # Every object written private; a URL, if code ever asked for one, would be signed and short-lived.
    STORAGES["private"] = s3_storage(
        os.environ["PRIVATE_BUCKET_NAME"],
        default_acl="private",
        querystring_auth=True,
        querystring_expire=300,
        file_overwrite=False,
    )

# Backups of the database and every upload (the backups app, with django-dbbackup): in BACKUP_DIR, or in
# the private bucket BACKUP_BUCKET_NAME (the AWS_* credentials above); BACKUP_KEEP sets are kept.
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", BASE_DIR / "backup-files"))
BACKUP_KEEP = int(os.environ.get("BACKUP_KEEP", "14"))
# The GPG key backups are encrypted for (its fingerprint or email): only its public half on the server.
BACKUP_GPG_RECIPIENT = os.environ.get("BACKUP_GPG_RECIPIENT", "").strip()
STORAGES["dbbackup"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    # Readable by the site's own user only: a backup holds health information.
    "OPTIONS": {
        "location": BACKUP_DIR,
        "base_url": None,
        "file_permissions_mode": 0o600,
        "directory_permissions_mode": 0o700,
    },
}
if os.environ.get("BACKUP_BUCKET_NAME"):
    STORAGES["dbbackup"] = s3_storage(
        os.environ["BACKUP_BUCKET_NAME"], default_acl="private", querystring_auth=True, file_overwrite=True
    )
DBBACKUP_GPG_RECIPIENT = BACKUP_GPG_RECIPIENT or None
# The recipient is named by its fingerprint in the environment: its public key, imported on the server, is used
# without gpg's web of trust (which would refuse a key nobody on the server has signed).
DBBACKUP_GPG_ALWAYS_TRUST = True
DBBACKUP_CLEANUP_KEEP = BACKUP_KEEP
DBBACKUP_CLEANUP_KEEP_MEDIA = BACKUP_KEEP
DBBACKUP_SEND_EMAIL = False  # a failed backup is recorded for the dashboard and `/healthz` instead

# Content-Security-Policy (django-csp). Public pages run no inline code and load nothing from
# another origin but uploaded media on object storage; nothing may frame them.
MEDIA_ORIGINS = [MEDIA_URL.rstrip("/")] if MEDIA_URL.startswith(("https://", "http://")) else []
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *MEDIA_ORIGINS],
        "connect-src": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin uses inline styles, and frames its own previews. Signed in, staff also get the inline
# scripts Wagtail needs (clinic_site/middleware.py).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *MEDIA_ORIGINS],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
        "frame-ancestors": [SELF],
    }
}
# Permissions-Policy (django-permissions-policy): no page may use these.
PERMISSIONS_POLICY = {
    feature: []
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
}

# A CDN in front of the site: pages are purged from it when they are published or unpublished.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("VARNISH_URL"):
    # Varnish (deploy/varnish.vcl) or any cache that takes HTTP PURGE requests at this address.
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["VARNISH_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
        "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }

# Visit counts (stats): "app" counts the pages the app answers, page-cache hits included; "beacon" counts
# each page's counter image instead, for when a CDN answers most views. A CDN (Varnish included: it answers
# its hits without the app) means beacon by default.
VISIT_COUNT_MODE = os.environ.get("VISIT_COUNT_MODE") or ("beacon" if WAGTAILFRONTENDCACHE else "app")
if VISIT_COUNT_MODE not in ("app", "beacon"):
    raise ImproperlyConfigured(f"VISIT_COUNT_MODE must be app or beacon, not {VISIT_COUNT_MODE!r}.")
# How often each process writes the views it counted to the database (or to Redis, with REDIS_URL).
VISIT_COUNT_SECONDS = float(os.environ.get("VISIT_COUNT_SECONDS", "5"))
VISIT_COUNT_REDIS_URL = os.environ.get("REDIS_URL") or None
# Daily counts older than this many months are deleted by purge_visit_counts.
VISIT_COUNT_RETENTION_MONTHS = int(os.environ.get("VISIT_COUNT_RETENTION_MONTHS", "25"))

# The page editor posts one field per block; long articles exceed Django's 1000.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Clinic website")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Words are stemmed by site_search (in each page's language) before they reach the backend, so PostgreSQL
# indexes them as written ("simple"); SQLite's index ignores the setting. See "Search" in the README.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}}
# The admin asks no third party: built-in avatars instead of Gravatar, no check for new Wagtail releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The account page's time zones: Debian's database also lists "localtime" (the machine's own zone), a name
# browsers refuse, which broke the page's script.
WAGTAIL_USER_TIME_ZONES = sorted(zoneinfo.available_timezones() - {"localtime"})
# An approved workflow publishes the page, whatever the approver's own page permissions.
WAGTAIL_FINISH_WORKFLOW_ACTION = "staff.workflow.publish_approved"
# Uploads: an allow-list of types and a size limit, checked before anything is saved.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "pages.documents.DocumentForm"  # checks what a file contains
WAGTAILDOCS_INLINE_CONTENT_TYPES = []  # every document is a download, never opened on the site's origin
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000

# One JSON object per line on standard output, for any log collector.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "clinic_site.logging.JSONFormatter"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "json"}},
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.server": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},  # one line per background task is noise
    },
}
if ERROR_EMAIL_TO:
    # The error page shown to a visitor is also emailed, without anything the visitor sent
    # (clinic_site/error_mail.py); the log line still goes to stdout.
    LOGGING["handlers"]["error_mail"] = {"()": "clinic_site.error_mail.ErrorMailHandler", "level": "ERROR"}
    LOGGING["loggers"]["django.request"] = {"handlers": ["error_mail"]}
