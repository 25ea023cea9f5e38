"""The database side of a backup set: dbbackup's connector for the engine, and what a restore checks and counts.

Models are named by label (`apps.get_model`): this app reads other apps' rows without importing them.
"""

import logging
from pathlib import Path

from dbbackup.db.base import get_connector
from django.apps import apps
from django.db import connection

# dbbackup sets its command logger to DEBUG when imported, which would log every pg_dump command line.
logging.getLogger("dbbackup.command").setLevel(logging.WARNING)

# What staff and patients fill: a database with a row in any of these holds a site.
STAFF_TABLES = (
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "people.Clinician",
    "booking.CallBackRequest",
    "booking.BookingClick",
    "auth.User",
)
# What a restore reports, in this order.
COUNTED = {
    "pages": "wagtailcore.Page",
    "page revisions": "wagtailcore.Revision",
    "images": "wagtailimages.Image",
    "image renditions": "wagtailimages.Rendition",
    "documents": "wagtaildocs.Document",
    "clinicians": "people.Clinician",
    "call-back requests": "booking.CallBackRequest",
}


def connector():
    """dbbackup's connector for this engine: SQLite's online backup API (a consistent copy while the site
    writes, never a file copy), or pg_dump in its custom format and pg_restore for PostgreSQL."""
    return get_connector("default")


def is_sqlite():
    return connection.vendor == "sqlite"


def tables():
    with connection.cursor() as cursor:
        return set(connection.introspection.table_names(cursor))


def holds_site():
    """Whether the database has content: any page of the site's own types (beyond Wagtail's tree root and the
    welcome page `migrate` creates), or any row in a table staff fill. A database `migrate` has just
    created, or one never migrated, holds none."""
    present = tables()
    page_model = apps.get_model("wagtailcore.Page")
    if page_model._meta.db_table in present:
        if page_model.objects.filter(depth__gt=1).exclude(content_type__model="page").exists():
            return True
    for label in STAFF_TABLES:
        model = apps.get_model(label)
        if model._meta.db_table in present and model.objects.exists():
            return True
    return False


def counts():
    """{"pages": 42, ...}; booking clicks as their total."""
    found = {label: apps.get_model(model).objects.count() for label, model in COUNTED.items()}
    clicks = apps.get_model("booking.BookingClick").objects.values_list("count", flat=True)
    found["booking clicks"] = sum(clicks)
    return found


def clear_database():
    """Empties the database for a restore. PostgreSQL: a new `public` schema, so that nothing of the old one
    (a table a newer version added, say) is left beside the restored one. SQLite: the file and its
    write-ahead log go; the restore writes a new file."""
    if is_sqlite():
        path = Path(connection.settings_dict["NAME"])
        connection.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        return
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA IF EXISTS public CASCADE")
        cursor.execute("CREATE SCHEMA public")
    connection.close()


def restore_database(content):
    """Writes the dump back through dbbackup's connector. For SQLite that copies the file over the database
    file, so the write-ahead log of the old one must be gone first (clear_database)."""
    if is_sqlite():
        connection.close()
        path = Path(connection.settings_dict["NAME"])
        path.parent.mkdir(parents=True, exist_ok=True)
        for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
    connector().restore_dump(content)
    connection.close()
