"""The shared cache backends: diskcache on this machine's disk (kept open), or Redis.

The cache is an accelerator, never a dependency: when its folder cannot be opened, a read or
write fails (a full or read-only disk), or Redis is stopped or slow, every call answers as a
miss and pages are rendered uncached. The fault is logged once a minute, not once a request.
"""

import logging
import sqlite3
import time
from functools import wraps
from pathlib import Path

from diskcache import DjangoCache
from django.core.cache.backends.base import BaseCache
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

from clinic_site.counter_file import CounterFile

FAULTS = (OSError, sqlite3.Error, RedisError, ConnectionInterrupted)
REPORT_EVERY_SECONDS = 60
logger = logging.getLogger(__name__)
last_report = 0.0


def report(error):
    global last_report
    now = time.monotonic()
    if now - last_report >= REPORT_EVERY_SECONDS:
        last_report = now
        logger.warning("The shared cache is unavailable, pages are served without it: %s", error)


def key_missing(*args, **kwargs):
    raise ValueError("The shared cache is unavailable")


def answers_a_miss(fallback):
    """Run the cache call; on a fault, report it and return what `fallback` gives for the same arguments."""

    def decorate(method):
        @wraps(method)
        def guarded(self, *args, **kwargs):
            if self.usable:
                try:
                    return method(self, *args, **kwargs)
                except FAULTS as error:
                    report(error)
            return fallback(*args, **kwargs)

        return guarded

    return decorate


# What each call answers when the cache fails: what it would answer for a missing key.
MISS_ANSWERS = {
    "get": lambda key, default=None, *args, **kwargs: default,
    "get_many": lambda *args, **kwargs: {},
    "get_or_set": lambda key, default, *args, **kwargs: default() if callable(default) else default,
    "add": lambda *args, **kwargs: False,
    "set": lambda *args, **kwargs: False,
    "set_many": lambda data, *args, **kwargs: list(data),  # the keys not stored
    "touch": lambda *args, **kwargs: False,
    "delete": lambda *args, **kwargs: False,
    "delete_many": lambda *args, **kwargs: None,
    "has_key": lambda *args, **kwargs: False,
    "incr": key_missing,
    "decr": key_missing,
    "clear": lambda *args, **kwargs: None,
}


def answering_misses(backend):
    """The backend class, with every call in MISS_ANSWERS guarded."""
    for name, fallback in MISS_ANSWERS.items():
        setattr(backend, name, answers_a_miss(fallback)(getattr(backend, name)))
    return backend


@answering_misses
class SharedRedisCache(RedisCache):
    """django-redis, answering a miss when Redis is stopped or too slow (see the timeouts in the settings)."""

    usable = True


@answering_misses
class SharedDiskCache(DjangoCache):
    """diskcache's Django backend that keeps its SQLite connections from one request to the next,
    and answers a miss instead of failing.

    Django closes every cache when a request ends; reopening diskcache's connection costs about
    ten SQL statements on the next read, which made a page-cache hit three times slower.
    """

    usable = True

    def __init__(self, directory, params):
        self.counter_files = {}
        try:
            super().__init__(directory, params)
        except FAULTS as error:
            BaseCache.__init__(self, params)
            self.usable = False  # every call is a miss until the process restarts
            report(error)

    def close(self, **kwargs):
        pass

    # Counters read on every request (the content generation) live in memory-mapped files beside the
    # cache: a read costs no query, where an SQLite query cost a hit in a threaded worker a third of
    # its time. When the folder is unusable, every read gives a new `initial()`: nothing is reused.
    @answers_a_miss(lambda name, initial: initial())
    def counter(self, name, initial):
        """The counter's value, set to `initial()` the first time it is read."""
        counter = self.counter_file(name)
        return counter.value() or counter.update(lambda value: value or initial())

    @answers_a_miss(lambda name, initial: None)
    def increment_counter(self, name, initial):
        self.counter_file(name).update(lambda value: (value or initial()) + 1)

    def counter_file(self, name):
        if name not in self.counter_files:
            self.counter_files[name] = CounterFile(Path(self.directory) / f"{name}.counter")
        return self.counter_files[name]
