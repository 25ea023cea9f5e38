"""Every uploaded file, public (STORAGES "default": images, renditions, documents) and private, in one tar.

dbbackup's `mediabackup` archives the default storage only; the private uploads must be in the same set,
so the archive is built here, through the storage API (a folder or a bucket alike). Members are
`media/<name>` and `private/<name>`.
"""

import tarfile

from dbbackup import utils
from django.core.files import File
from django.core.files.storage import storages

UPLOAD_STORAGES = {"media": "default", "private": "private"}


def stored_files(storage, folder=""):
    """Every file name in `storage`, through its folders."""
    folders, files = storage.listdir(folder)
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for name in folders:
        yield from stored_files(storage, f"{folder}/{name}" if folder else name)


def uploads_present():
    """Whether any upload storage holds a file."""
    for alias in UPLOAD_STORAGES.values():
        storage = storages[alias]
        try:
            if next(stored_files(storage), None) is not None:
                return True
        except FileNotFoundError:  # a folder not made yet holds nothing
            continue
    return False


def archive_uploads():
    """A tar of every upload, as a binary temporary file; with the number of files in it."""
    archive_file = utils.create_spooled_temporary_file()
    count = 0
    with tarfile.open(fileobj=archive_file, mode="w") as archive:
        for prefix, alias in UPLOAD_STORAGES.items():
            storage = storages[alias]
            try:
                names = sorted(stored_files(storage))
            except FileNotFoundError:
                continue
            for name in names:
                member = tarfile.TarInfo(f"{prefix}/{name}")
                member.size = storage.size(name)
                with storage.open(name) as upload:
                    archive.addfile(member, upload)
                count += 1
    archive_file.seek(0)
    return archive_file, count


def clear_uploads():
    for alias in UPLOAD_STORAGES.values():
        storage = storages[alias]
        try:
            names = list(stored_files(storage))
        except FileNotFoundError:
            continue
        for name in names:
            storage.delete(name)


def extract_uploads(archive_file):
    """Saves every file of the archive to its storage under its own name; returns how many."""
    count = 0
    with tarfile.open(fileobj=archive_file, mode="r") as archive:
        for member in archive:
            prefix, _, name = member.name.partition("/")
            if not member.isfile() or prefix not in UPLOAD_STORAGES:
                continue
            storage = storages[UPLOAD_STORAGES[prefix]]
            saved = storage.save(name, File(archive.extractfile(member), name=name))
            if saved != name:
                raise FileExistsError("an upload of the same name is in the way")
            count += 1
    return count
