"""The cache every process on the machine shares when there is no Redis: diskcache, kept open.

The cache is an accelerator, never a dependency: when its folder cannot be opened or a
read or write fails (a full or read-only disk), every call answers as a miss and pages are
rendered uncached. The fault is logged once a minute, not once a request.
"""

import logging
import sqlite3
import time
from functools import wraps
from pathlib import Path

from diskcache import DjangoCache
from django.core.cache.backends.base import BaseCache

from clinic_site.counter_file import CounterFile

FAULTS = (OSError, sqlite3.Error)
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
            if self._cache is not None:
                try:
                    return method(self, *args, **kwargs)
                except FAULTS as error:
                    report(error)
            return fallback(*args, **kwargs)

        return guarded

    return decorate


class SharedDiskCache(DjangoCache):
    """diskcache's Django backend that keeps its SQLite connections from one request to the next,
    and answers a miss instead of failing.

    Django closes every cache when a request ends; reopening diskcache's connection costs about
    ten SQL statements on the next read, which made a page-cache hit three times slower.
    """

    def __init__(self, directory, params):
        self.counter_files = {}
        try:
            super().__init__(directory, params)
        except FAULTS as error:
            BaseCache.__init__(self, params)
            self._cache = None  # every call is a miss until the process restarts
            report(error)

    get = answers_a_miss(lambda key, default=None, *args, **kwargs: default)(DjangoCache.get)
    add = answers_a_miss(lambda *args, **kwargs: False)(DjangoCache.add)
    set = answers_a_miss(lambda *args, **kwargs: False)(DjangoCache.set)
    touch = answers_a_miss(lambda *args, **kwargs: False)(DjangoCache.touch)
    delete = answers_a_miss(lambda *args, **kwargs: False)(DjangoCache.delete)
    has_key = answers_a_miss(lambda *args, **kwargs: False)(DjangoCache.has_key)
    incr = answers_a_miss(key_missing)(DjangoCache.incr)
    decr = answers_a_miss(key_missing)(DjangoCache.decr)
    clear = answers_a_miss(lambda *args, **kwargs: None)(DjangoCache.clear)

    def close(self, **kwargs):
        pass

    # Counters read on every request (the content generation) live in memory-mapped files beside the
    # cache: a read costs a stat instead of an SQLite query, which in a threaded worker cost a hit a
    # third of its time. When the folder is unusable, every read gives a new `initial()`: nothing is reused.
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
