"""Why the shared default cache is diskcache: a page-cache hit (generation, sites, page) per backend.

Every backend that several processes on one machine can share is measured next to local memory
(which they cannot share) in the same run. Run: .venv/bin/python benchmarks/cache_backends.py
"""

import os
import tempfile
import time

import django
from django.conf import settings

ROUNDS = 3000

folder = tempfile.mkdtemp()
settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": f"{folder}/db.sqlite3"}},
    CACHES={
        "local memory (one process only)": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "diskcache": {"BACKEND": "diskcache.DjangoCache", "LOCATION": f"{folder}/diskcache"},
        "Django file-based": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": f"{folder}/files",
        },
        "Django database (SQLite)": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "cache"},
    },
)
django.setup()

from django.core.cache import caches  # noqa: E402
from django.core.management import call_command  # noqa: E402

call_command("createcachetable", verbosity=0)
page = {"content": os.urandom(15_000).hex().encode(), "headers": {"Content-Type": "text/html; charset=utf-8"}}
baseline = None
print(f"{'backend':<34} {'hits/s':>8} {'vs local memory':>16}")
for name in settings.CACHES:
    cache = caches[name]
    cache.set("generation", 1, None)
    cache.set("sites", [(1, "localhost", 80, True)], 3600)
    cache.set("page", page, 600)
    start = time.perf_counter()
    for _ in range(ROUNDS):
        cache.get("generation"), cache.get("sites"), cache.get("page")
    rate = ROUNDS / (time.perf_counter() - start)
    baseline = baseline or rate
    print(f"{name:<34} {rate:>8.0f} {rate / baseline:>16.2f}")
