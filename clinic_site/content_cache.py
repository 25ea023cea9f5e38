"""One counter for "the content changed": cached pages, clinic details and menus all carry it in their keys.

It knows nothing of models: each app connects its own signals to `start_new_generation`
(pages on publish, unpublish, move and delete; the clinic details on save), so that
nothing cached from before a change is used again.
"""

import threading
import time

from django.core.cache import cache, caches

GENERATION_KEY = "content-generation"
# Long enough to matter, short enough that a missed signal heals itself.
OBJECT_CACHE_SECONDS = 60 * 60


def first_generation():
    # From the clock, so that a cache emptied and started again never reuses a generation that
    # a process may still remember (see page_cache's site answers).
    return time.time_ns()


# Each thread's own backend, as `caches["default"]` gives it; that lookup goes through asgiref's Local and
# cost a cache hit a microsecond. Kept while Django's cache handler keeps its connections (a test that
# changes CACHES gets new ones).
thread_backends = threading.local()


def default_backend():
    connections = caches._connections
    if getattr(thread_backends, "connections", None) is not connections:
        thread_backends.backend, thread_backends.connections = caches["default"], connections
    return thread_backends.backend


def current_generation():
    backend = default_backend()
    if hasattr(backend, "counter"):  # the cache on this machine's disk keeps it in a file of its own
        return backend.counter(GENERATION_KEY, first_generation)
    return backend.get_or_set(GENERATION_KEY, first_generation, timeout=None)


def start_new_generation(**kwargs):
    backend = caches["default"]
    if hasattr(backend, "increment_counter"):
        backend.increment_counter(GENERATION_KEY, first_generation)
        return
    try:
        backend.incr(GENERATION_KEY)
    except ValueError:
        backend.set(GENERATION_KEY, first_generation(), timeout=None)


def cached(name, loader):
    """`loader()`'s result, kept in the shared cache until the content changes."""
    key = f"{name}:{current_generation()}"
    value = cache.get(key)
    if value is None:
        value = loader()
        cache.set(key, value, OBJECT_CACHE_SECONDS)
    return value
