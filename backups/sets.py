"""A backup set: the database and every upload, taken together and named by one timestamp.

`clinic-2026-12-03T021500-database.sqlite3.gz.gpg` and `clinic-2026-12-03T021500-uploads.tar.gz.gpg` in
the backup storage. django-dbbackup dumps the database and compresses and encrypts each file; this module
names the files, writes them as a pair and keeps the newest BACKUP_KEEP pairs. dbbackup names and cleans up
database and media backups one file at a time, by its own file-name template: a set must be kept or removed
as a whole, so sets are listed and pruned here.
"""

import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from dbbackup import utils
from django.conf import settings
from django.core.files import File

from .status import backup_storage

PREFIX = "clinic-"
TIMESTAMP_FORMAT = "%Y-%m-%dT%H%M%S"
PARTS = ("database", "uploads")
FILE_NAME = re.compile(r"^(?P<set>clinic-\d{4}-\d{2}-\d{2}T\d{6})-(?P<part>database|uploads)\.[\w.]+$")


@dataclass
class BackupSet:
    name: str
    files: dict = field(default_factory=dict)  # part ("database", "uploads") -> file name in the storage
    size: int = 0

    @property
    def complete(self):
        return set(self.files) == set(PARTS)

    @property
    def encrypted(self):
        return any(name.endswith(".gpg") for name in self.files.values())


def list_sets(storage=None):
    """Every set in the backup storage, oldest first (the names sort by time)."""
    storage = storage or backup_storage()
    sets = {}
    try:
        file_names = storage.listdir("")[1]
    except FileNotFoundError:  # the folder is made by the first backup
        return []
    for file_name in file_names:
        match = FILE_NAME.match(file_name)
        if match:
            backup_set = sets.setdefault(match["set"], BackupSet(match["set"]))
            backup_set.files[match["part"]] = file_name
            backup_set.size += storage.size(file_name)
    return [sets[name] for name in sorted(sets)]


def new_set_name(storage, now=None):
    """A name from the time (UTC); a second later when a set of that second exists already."""
    when = (now or datetime.now(UTC)).replace(microsecond=0)
    taken = {backup_set.name for backup_set in list_sets(storage)}
    while (name := PREFIX + when.strftime(TIMESTAMP_FORMAT)) in taken:
        when += timedelta(seconds=1)
    return name


def pack(content, file_name):
    """`content` (a binary temporary file) compressed and, when BACKUP_GPG_RECIPIENT is set, encrypted for it."""
    packed, file_name = utils.compress_file(content, file_name)
    if settings.BACKUP_GPG_RECIPIENT:
        packed, file_name = utils.encrypt_file(packed, file_name)
    packed.seek(0)
    return packed, file_name


def write_set(storage, name, parts):
    """Writes {part: (content, file name)} to the storage; all of them or, on any failure, none."""
    written = []
    try:
        for content, file_name in parts.values():
            saved = storage.save(file_name, File(content, name=file_name))
            written.append(saved)
            if saved != file_name:
                raise FileExistsError("a backup file of this name exists")
    except BaseException:
        for saved in written:
            storage.delete(saved)
        raise
    return sum(storage.size(file_name) for file_name in written)


def remove_old_sets(storage, keep, just_written):
    """Deletes the oldest sets beyond `keep`: both files of each, never the status file or `just_written`."""
    sets = list_sets(storage)
    old = [backup_set for backup_set in sets[: max(len(sets) - max(keep, 1), 0)] if backup_set.name != just_written]
    for backup_set in old:
        for file_name in backup_set.files.values():
            storage.delete(file_name)
    return old


def find_set(name=None, storage=None):
    """The set called `name` (or one of its file names), else the newest complete set; None when there is none."""
    complete = [backup_set for backup_set in list_sets(storage) if backup_set.complete]
    if name:
        match = FILE_NAME.match(name)
        name = match["set"] if match else name
        return next((backup_set for backup_set in complete if backup_set.name == name), None)
    return complete[-1] if complete else None


class MissingKey(Exception):
    """The set is encrypted and this machine's keyring cannot decrypt it."""


def unpack(storage, file_name):
    """The content of a backup file, decrypted and uncompressed, as a binary temporary file."""
    with storage.open(file_name) as stored:
        content = utils.create_spooled_temporary_file(fileobj=stored)
    if file_name.endswith(".gpg"):
        content, file_name = decrypt(content, file_name)
    content, _ = utils.uncompress_file(content, file_name)
    content.seek(0)
    return content


def decrypt(content, file_name):
    """Like dbbackup's `unencrypt_file`, which asks for a passphrase on the terminal every time (and fails
    without one, as under cron or a test); here gpg's own agent asks, and only when the key has one."""
    import gnupg

    content.seek(0)
    with tempfile.TemporaryDirectory() as folder:
        output = os.path.join(folder, "decrypted")
        result = gnupg.GPG().decrypt_file(content, output=output)
        if not result.ok:
            raise MissingKey(result.status or "decryption failed")
        decrypted = utils.create_spooled_temporary_file(output)
    decrypted.seek(0)
    return decrypted, file_name.removesuffix(".gpg")
