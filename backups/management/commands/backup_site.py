import os
import time

from dbbackup.db.exceptions import CommandConnectorError
from dbbackup.utils import EncryptionError
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat

from backups import database, sets, uploads
from backups.checks import has_public_key
from backups.status import backup_storage, record_failure, record_success


class Command(BaseCommand):
    help = (
        "Backs up the database and every upload (public and private) as one set in the backup storage, "
        "encrypted when BACKUP_GPG_RECIPIENT is set, and keeps the newest BACKUP_KEEP sets. Run it daily from cron."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        storage = backup_storage()
        if settings.BACKUP_GPG_RECIPIENT and not key_is_there(settings.BACKUP_GPG_RECIPIENT):
            keyring = os.environ.get("GNUPGHOME", "~/.gnupg")
            self.fail(f"the key for BACKUP_GPG_RECIPIENT is not in the GPG keyring at {keyring} (gpg --import it)")
        step = "reading the backup storage"
        try:
            name = sets.new_set_name(storage)
            step = "database dump"
            connector = database.connector()
            database_part = sets.pack(connector.create_dump(), f"{name}-database.{connector.extension}")
            step = "uploads archive"
            archive, _ = uploads.archive_uploads()
            uploads_part = sets.pack(archive, f"{name}-uploads.tar")
            step = "writing to the backup storage"
            size = sets.write_set(storage, name, {"database": database_part, "uploads": uploads_part})
        except Exception as error:
            self.fail(describe(step, error))
        record_success(name, size)
        sets.remove_old_sets(storage, settings.BACKUP_KEEP, just_written=name)
        seconds = time.monotonic() - started
        self.stdout.write(f"{name} {filesizeformat(size)} ({size} bytes) in {seconds:.1f} s")

    def fail(self, what):
        try:
            record_failure(what)
        finally:
            raise CommandError(f"The backup failed: {what}.")


def key_is_there(recipient):
    """The recipient's public key is in the keyring (a keyring folder that is gone holds none)."""
    try:
        return has_public_key(recipient)
    except Exception:  # gpg missing or the keyring unreadable: the backup could not be encrypted either
        return False


def describe(step, error):
    """What failed, in a few words for the dashboard: the step and the kind of error, never its message
    (a database error can quote the rows it was reading)."""
    if isinstance(error, CommandConnectorError):
        return f"{database.connector().dump_cmd} failed"
    if isinstance(error, EncryptionError):
        return "GPG encryption failed (is the key for BACKUP_GPG_RECIPIENT imported?)"
    return f"{step} failed ({type(error).__name__})"
