"""gunicorn settings for production; every value can be changed with an environment variable."""

import importlib
import multiprocessing
import os

# Settings are read before any worker starts, so a missing variable stops the server with one line
# naming it, instead of every worker failing in turn.
importlib.import_module(os.environ.get("DJANGO_SETTINGS_MODULE", "clinic_site.settings.production"))

# Loopback unless told otherwise: the settings trust X-Forwarded-Proto, so only the TLS proxy in front
# may reach this port. GUNICORN_BIND=0.0.0.0:8000 where a firewall keeps everyone else out.
bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
# Two workers per core plus one, each with a few threads for requests waiting on the database.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30  # on SIGTERM or SIGHUP, finish the requests in flight first
keepalive = 5
# Workers are recycled now and then, in case something leaks. Each restart re-imports Django (about
# 1.5 s of CPU): at 20,000 requests, a flood of cache hits restarted a worker every 17 s, which cost
# 15% of the hits served and put p99 latency at 110-150 ms.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "100000"))
max_requests_jitter = max_requests // 10
# Trust X-Forwarded-* only from the proxy in front (comma-separated addresses).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Access log on standard output, one JSON object per request (clinic_site/access_log.py). No client
# address, user agent or query string: the site keeps nothing about its visitors.
accesslog = "-"
errorlog = "-"
logger_class = "clinic_site.access_log.JSONAccessLogger"
