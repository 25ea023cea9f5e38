"""What the last backup run left behind: when the last good backup was made, its size, and the last failure.

Kept as a small JSON file next to the backups themselves (`backup-status.json` in the backup storage), not in
the database: a restore must not roll it back, and it must be readable while the database is down.
"""

import json
import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.utils import timezone

logger = logging.getLogger(__name__)

STATUS_NAME = "backup-status.json"
# A daily backup that is more than this old has missed a run.
STALE_AFTER = timedelta(hours=26)
# `/healthz` is asked every few seconds and the storage may be a bucket: the status is kept this long in the
# shared cache, and forgotten there as soon as a run records a new one.
CACHE_KEY = "backups:status"
CACHE_SECONDS = 60


@dataclass
class BackupStatus:
    last_success: datetime | None = None  # when the last good backup finished
    last_name: str = ""  # the name of that backup (its timestamp)
    last_size: int | None = None  # its bytes on storage, database and uploads together
    last_failure: datetime | None = None  # when the last run failed
    last_error: str = ""  # what failed, in a few words; never data from the site

    def age(self, now=None):
        """How long ago the last good backup finished, or None when there is none."""
        if self.last_success is None:
            return None
        return (now or timezone.now()) - self.last_success

    @property
    def last_run_failed(self):
        return self.last_failure is not None and (self.last_success is None or self.last_failure > self.last_success)

    def is_stale(self, now=None):
        age = self.age(now)
        return age is None or age > STALE_AFTER

    def needs_attention(self, now=None):
        return self.last_run_failed or self.is_stale(now)

    def state(self, now=None):
        """One word for monitoring: "failed" (the last run), "none" (no backup yet), "stale" or "ok"."""
        if self.last_run_failed:
            return "failed"
        if self.last_success is None:
            return "none"
        return "stale" if self.is_stale(now) else "ok"

    def to_json(self):
        values = asdict(self)
        for name in ("last_success", "last_failure"):
            values[name] = values[name].isoformat() if values[name] else None
        return json.dumps(values, indent=2)

    @classmethod
    def from_json(cls, text):
        values = json.loads(text)
        known = {name: values.get(name) for name in cls.__dataclass_fields__}
        for name in ("last_success", "last_failure"):
            known[name] = datetime.fromisoformat(known[name]) if known[name] else None
        return cls(**{name: value for name, value in known.items() if value is not None})


def backup_storage():
    """Where backups are kept: BACKUP_DIR, or the bucket named by BACKUP_BUCKET_NAME (settings)."""
    return storages["dbbackup"]


def load_status():
    """The status as last written, or an empty one when there is none; raises what the storage raises."""
    storage = backup_storage()
    if not storage.exists(STATUS_NAME):
        return BackupStatus()
    with storage.open(STATUS_NAME) as status_file:
        return BackupStatus.from_json(status_file.read())


def read_status():
    """The status as last written; an empty one (no backup yet, so it warns) when there is none or it
    cannot be read: a bucket that does not answer must not break the dashboard or `/healthz`."""
    try:
        return load_status()
    except Exception as error:  # any storage backend, any failure
        logger.warning("The backup status could not be read: %s", type(error).__name__)
        return BackupStatus()


def cached_status():
    """load_status() through the shared cache. The cache only speeds it up: when it fails, the storage is
    read each time (the cache backends answer a fault as a miss; any other backend is guarded here)."""
    try:
        cached = cache.get(CACHE_KEY)
    except Exception:
        cached = None
    if cached is not None:
        return BackupStatus.from_json(cached)
    status = load_status()
    try:
        cache.set(CACHE_KEY, status.to_json(), CACHE_SECONDS)
    except Exception as error:
        logger.warning("The backup status could not be cached: %s", type(error).__name__)
    return status


def write_status(status):
    storage = backup_storage()
    if storage.exists(STATUS_NAME):
        storage.delete(STATUS_NAME)
    storage.save(STATUS_NAME, ContentFile(status.to_json().encode()))
    try:
        cache.delete(CACHE_KEY)  # the dashboard and `/healthz` show the new status at once
    except Exception as error:
        logger.warning("The cached backup status could not be forgotten: %s", type(error).__name__)


def record_success(name, size, finished=None):
    status = read_status()
    status.last_success, status.last_name, status.last_size = finished or timezone.now(), name, size
    write_status(status)


def record_failure(error, failed=None):
    status = read_status()
    status.last_failure, status.last_error = failed or timezone.now(), error
    write_status(status)
