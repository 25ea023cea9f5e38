"""The cache every process on the machine shares when there is no Redis: diskcache, kept open."""

from diskcache import DjangoCache


class SharedDiskCache(DjangoCache):
    """diskcache's Django backend, keeping its SQLite connections from one request to the next.

    Django closes every cache when a request ends; reopening diskcache's connection costs about
    ten SQL statements on the next read, which made a page-cache hit three times slower.
    """

    def close(self, **kwargs):
        pass
