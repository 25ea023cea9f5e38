"""A number that every process on the machine shares through a small memory-mapped file.

Reading it costs no system call: the file is checked once a second, to notice one that was deleted
and made again (with the cache folder). Changing it takes an exclusive lock on the file, so two
processes never lose each other's change. The page cache reads the content generation on every
request, which is why it lives here when the cache is on local disk.
"""

import fcntl
import mmap
import os
import struct
import time
from pathlib import Path

SIZE = struct.calcsize("<q")
CHECK_EVERY_SECONDS = 1.0


class CounterFile:
    def __init__(self, path):
        self.path = Path(path)
        self.inode = None
        self.view = None
        self.checked_at = 0.0

    def value(self):
        """The number, 0 until it is first set. Raises OSError when the file cannot be made or read."""
        now = time.monotonic()
        if now - self.checked_at >= CHECK_EVERY_SECONDS:
            if self.view is None or not self.path_is_mapped():
                self.map()
            self.checked_at = now
        return struct.unpack_from("<q", self.view)[0]

    def update(self, change):
        """Set the number to `change(number)` under the lock, and return it."""
        fd = self.open()
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            value = change(struct.unpack("<q", os.pread(fd, SIZE, 0))[0])
            os.pwrite(fd, struct.pack("<q", value), 0)  # the same pages every mapping of the file sees
            self.checked_at = 0.0  # this process reads its own change next, even from a new file
            return value
        finally:
            os.close(fd)  # and with it the lock

    def path_is_mapped(self):
        try:
            return os.stat(self.path).st_ino == self.inode
        except FileNotFoundError:
            return False  # deleted with the cache folder: make it again

    def open(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        if os.fstat(fd).st_size < SIZE:
            os.ftruncate(fd, SIZE)  # zeros: a number no one has set yet
        return fd

    def map(self):
        fd = self.open()
        try:
            self.view = mmap.mmap(fd, SIZE, access=mmap.ACCESS_READ)
            self.inode = os.fstat(fd).st_ino
        finally:
            os.close(fd)
