"""Page views and visit sources, counted in memory and written to the database in batches.

A view costs one append to a queue: a thread of each process adds up what was counted and writes the
sums every VISIT_COUNT_SECONDS (and once more when the process exits), one UPDATE … + n (or INSERT) per
page, language and day. With REDIS_URL, the sums go to one Redis hash first (HINCRBY), and whichever
process takes the hash next writes it, so that many processes on many machines make few writes.

A database or Redis that does not answer loses that batch (at most VISIT_COUNT_SECONDS of counts), logs
one warning a minute without any count in it, and never touches a page: pages only ever add to memory.
"""

import atexit
import datetime
import logging
import os
import threading
import time
import uuid
from collections import Counter, deque
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
# Views held between writes, at most: over a minute of a busy worker's. While the database is stuck the
# oldest are dropped rather than let memory grow.
MAX_PENDING_VIEWS = 200_000


class VisitCounter:
    """Views are appended to a queue as they happen (a deque's append and popleft need no lock and cost less
    than a dictionary update), and the writing thread adds them up: a response pays as little as possible."""

    def __init__(self):
        self.views = deque(maxlen=MAX_PENDING_VIEWS)
        self.lock = threading.Lock()
        self.thread = None
        self.last_warning = 0.0
        # A forked worker starts with its parent's views and no writing thread: it forgets both.
        os.register_at_fork(after_in_child=self.forget)

    def forget(self):
        self.views = deque(maxlen=MAX_PENDING_VIEWS)
        self.thread = None
        self.lock = threading.Lock()

    def add(self, second, page_id, language, referring_host):
        self.views.append((second, page_id, language, referring_host))
        if self.thread is None:
            self.start()

    def start(self):
        """The writing thread, started on the first count of each process. With VISIT_COUNT_SECONDS at 0
        there is none: counts are written when `flush` is called."""
        if settings.VISIT_COUNT_SECONDS <= 0:
            return
        with self.lock:
            if self.thread is not None:
                return
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
        """The views counted since the last call, added up by page, language and day, and by source."""
        views = self.views
        return batch_of([views.popleft() for _ in range(len(views))])

    def flush(self):
        """Writes what was counted since the last flush; a failure drops the batch, with a warning."""
        with self.lock:
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


@lru_cache(maxsize=4)
def local_date(second):
    """The local date of a second since the epoch; the views of a batch share a few seconds."""
    return timezone.localdate(datetime.datetime.fromtimestamp(second, datetime.UTC)).isoformat()


def batch_of(views):
    """Counter of ("view", day, page id, language) and ("source", day, language, kind, host)."""
    batch = Counter()
    for (second, page_id, language, host), amount in Counter(views).items():
        day = local_date(second)
        batch["view", day, page_id, language] += amount
        if host is not None:  # None: from another of the site's pages
            kind, host = source_of(host)
            batch["source", day, language, kind, host] += amount
    return batch


def count_page_view(page_id, language, referring_host):
    """A person's view of a page (the page cache's hook calls this on every counted view)."""
    counter.add(int(time.time()), page_id, language, referring_host)


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
