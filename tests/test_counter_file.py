"""The content generation on the shared disk cache: a memory-mapped file every process reads and changes."""

import multiprocessing
import shutil
import time

from django.core.cache import caches

from clinic_site.cache_backend import SharedDiskCache
from clinic_site.content_cache import GENERATION_KEY, first_generation
from clinic_site.counter_file import CHECK_EVERY_SECONDS, CounterFile

INCREMENTS = 250


def add_one_many_times(path):
    counter = CounterFile(path)
    for _ in range(INCREMENTS):
        counter.update(lambda value: value + 1)


def test_processes_changing_it_at_once_lose_nothing(tmp_path):
    path = tmp_path / "shared.counter"
    reader = CounterFile(path)
    assert reader.value() == 0
    processes = [multiprocessing.Process(target=add_one_many_times, args=(path,)) for _ in range(4)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    assert reader.value() == 4 * INCREMENTS  # seen through the mapping this process made before


def test_a_deleted_cache_folder_never_brings_back_an_old_generation(tmp_path):
    backend = SharedDiskCache(str(tmp_path / "cache"), {})
    first = backend.counter(GENERATION_KEY, first_generation)
    backend.increment_counter(GENERATION_KEY, first_generation)
    assert backend.counter(GENERATION_KEY, first_generation) == first + 1
    shutil.rmtree(tmp_path / "cache")
    time.sleep(CHECK_EVERY_SECONDS)
    assert backend.counter(GENERATION_KEY, first_generation) > first + 1


def test_an_unusable_folder_gives_a_new_generation_on_every_read(tmp_path):
    (tmp_path / "cache").write_text("a file where the folder should be")
    backend = SharedDiskCache(str(tmp_path / "cache" / "default"), {})
    readings = [backend.counter(GENERATION_KEY, first_generation) for _ in range(3)]
    assert len(set(readings)) == 3  # so nothing cached under one of them is ever reused
    backend.increment_counter(GENERATION_KEY, first_generation)  # no error either


def test_the_local_memory_cache_keeps_it_as_an_ordinary_key():
    assert not hasattr(caches["default"], "counter")
