"""Page views and visit sources, counted in memory and written to the database in batches.

A view costs a dictionary update: each process adds up what it counted, and a thread of its own writes
the sums every VISIT_COUNT_SECONDS (and once more when the process exits), one UPDATE … + n (or INSERT)
per page, language and day. With REDIS_URL, the sums go to one Redis hash first (HINCRBY), and whichever
process takes the hash next writes it, so that many processes on many machines make few writes.

A database or Redis that does not answer loses that batch (at most VISIT_COUNT_SECONDS of counts), logs
one warning a minute without any count in it, and never touches a page: pages only ever add to memory.
"""

import atexit
import logging
import os
import threading
import time
import uuid
from collections import Counter
from functools import lru_cache

import redis
from django.conf import settings
from django.db import DatabaseError, connections
from django.utils import timezone

from clinic_site.daily_counts import add_to_daily_count

from .models import PageViews, VisitSource
from .sources import source_of

logger = logging.getLogger(__name__)

REDIS_HASH = "visit-counts"
WARNING_INTERVAL = 60


class VisitCounter:
    def __init__(self):
        self.pending = Counter()
        self.lock = threading.Lock()
        self.thread = None
        self.pid = None
        self.last_warning = 0.0

    def add(self, key, amount=1):
        with self.lock:
            self.pending[key] += amount
        self.start()

    def start(self):
        """The writing thread, started on the first count of each process (a forked worker starts its own).
        With VISIT_COUNT_SECONDS at 0 there is none: counts are written when `flush` is called."""
        if (self.thread is not None and self.pid == os.getpid()) or settings.VISIT_COUNT_SECONDS <= 0:
            return
        with self.lock:
            if self.thread is not None and self.pid == os.getpid():
                return
            self.pid = os.getpid()
            self.thread = threading.Thread(target=self.run, name="visit-counts", daemon=True)
            self.thread.start()
            atexit.register(self.flush)

    def run(self):
        while True:
            time.sleep(settings.VISIT_COUNT_SECONDS)
            self.flush()
            try:
                # The thread's own connection: closed, so that a database that comes back is reconnected to.
                connections.close_all()
            except DatabaseError:
                pass  # a connection the database already dropped

    def take(self):
        with self.lock:
            batch, self.pending = self.pending, Counter()
        return batch

    def flush(self):
        """Writes what was counted since the last flush; a failure drops the batch, with a warning."""
        batch = self.take()
        try:
            if redis_url():
                batch = exchange_through_redis(batch)
            if batch:
                write(batch)
        except Exception as error:  # noqa: BLE001 - counts are never worth more than one warning a minute
            self.warn(error)

    def warn(self, error):
        now = time.monotonic()
        if now - self.last_warning >= WARNING_INTERVAL:
            self.last_warning = now
            logger.warning("Visit counts could not be saved; this batch is lost: %s", type(error).__name__)


counter = VisitCounter()


def today():
    return local_date(int(time.time()))


@lru_cache(maxsize=1)
def local_date(second):
    """Today's date, worked out once a second rather than on every view."""
    return timezone.localdate().isoformat()


def count_page_view(page_id, language, referring_host):
    """A person's view of a page (the page cache's hook calls this on every counted view)."""
    day = today()
    counter.add(("view", day, page_id, language))
    if referring_host is not None:  # None: from another of the site's pages
        kind, host = source_of(referring_host)
        counter.add(("source", day, language, kind, host))


def write(batch):
    for key, amount in batch.items():
        if key[0] == "view":
            _, day, page_id, language = key
            add_to_daily_count(PageViews, "views", amount, day=day, page_id=page_id, language=language)
        else:
            _, day, language, kind, host = key
            add_to_daily_count(VisitSource, "visits", amount, day=day, language=language, kind=kind, host=host)


def redis_url():
    return getattr(settings, "VISIT_COUNT_REDIS_URL", None)


def redis_client():
    return redis.Redis.from_url(redis_url(), socket_connect_timeout=0.5, socket_timeout=0.5)


def exchange_through_redis(batch):
    """Adds this process's batch to the shared hash, then takes the whole hash (if no other process took it
    first) to be written to the database."""
    client = redis_client()
    if batch:
        pipeline = client.pipeline(transaction=False)
        for key, amount in batch.items():
            pipeline.hincrby(REDIS_HASH, "\t".join(map(str, key)), amount)
        pipeline.execute()
    taken = f"{REDIS_HASH}:{uuid.uuid4().hex}"
    try:
        client.rename(REDIS_HASH, taken)  # one process takes it: the others find no hash
    except redis.exceptions.ResponseError:  # no such key: nothing to write
        return Counter()
    fields = client.hgetall(taken)
    client.delete(taken)
    return Counter({parse_key(field.decode()): int(amount) for field, amount in fields.items()})


def parse_key(field):
    kind, *rest = field.split("\t")
    if kind == "view":
        day, page_id, language = rest
        return kind, day, int(page_id), language
    day, language, source, host = rest
    return kind, day, language, source, host
