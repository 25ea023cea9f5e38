import os
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from backups import database, sets, uploads
from backups.status import backup_storage
from clinic_site.content_cache import start_new_generation


class Command(BaseCommand):
    help = (
        "Restores a backup set (the newest, or --backup NAME) into an empty database and empty upload folders, "
        "then deletes call-back requests due for deletion and starts a new content generation. "
        "Refuses when the site already holds content, unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("--backup", metavar="NAME", help="The set to restore (list_backups shows them).")
        parser.add_argument(
            "--force", action="store_true", help="Replace the database and uploads this site holds now."
        )

    def handle(self, *args, backup=None, force=False, **options):
        started = time.monotonic()
        storage = backup_storage()
        backup_set = sets.find_set(backup, storage)
        if backup_set is None:
            wanted = f"named {backup}" if backup else "found"
            raise CommandError(f"No complete backup set {wanted} in the backup storage: list_backups shows them.")
        if not force:
            refuse_if_site_present()
        database_dump, archive = read_set(storage, backup_set)
        try:
            database.clear_database()
            database.restore_database(database_dump)
            uploads.clear_uploads()
            files = uploads.extract_uploads(archive)
        except Exception as error:
            raise CommandError(
                f"The restore of {backup_set.name} stopped ({type(error).__name__}): the site is partly restored. "
                "Fix the cause and run this again with --force."
            ) from error
        # A backup from an older version of the site gets this version's tables.
        call_command("migrate", interactive=False, verbosity=0)
        call_command("purge_call_back_requests", stdout=self.stdout)
        start_new_generation()
        found = ", ".join(f"{count} {label}" for label, count in database.counts().items())
        seconds = time.monotonic() - started
        self.stdout.write(f"Restored {backup_set.name} in {seconds:.1f} s: {found}, {files} uploaded files.")


def refuse_if_site_present():
    if database.holds_site():
        raise CommandError(
            "The database already holds a site; nothing was changed. Restore into an empty database, "
            "or add --force to replace it."
        )
    if uploads.uploads_present():
        raise CommandError(
            "The upload folders (MEDIA_ROOT, PRIVATE_MEDIA_ROOT) already hold files; nothing was changed. "
            "Empty them, or add --force to replace them."
        )


def read_set(storage, backup_set):
    """Both files of the set, decrypted and uncompressed, before anything on the site is touched."""
    try:
        return [sets.unpack(storage, backup_set.files[part]) for part in sets.PARTS]
    except sets.MissingKey:
        home = os.environ.get("GNUPGHOME", "~/.gnupg")
        raise CommandError(
            f"{backup_set.name} is encrypted and the keyring at GNUPGHOME={home} cannot decrypt it: import the "
            "secret key of BACKUP_GPG_RECIPIENT (gpg --import) and run this again. Nothing was changed."
        ) from None
