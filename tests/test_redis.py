"""The shared cache: every instance reads the same Redis (the real server on 127.0.0.1:6379)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import caches
from django.test import override_settings

from tests.servers import require_redis

PROJECT = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/14")
BACKEND = "clinic_site.cache_backend.SharedRedisCache"


@pytest.fixture(scope="module")
def redis_server():
    return require_redis(REDIS_URL)


def redis_caches():
    return {
        name: {"BACKEND": BACKEND, "LOCATION": REDIS_URL, "KEY_PREFIX": f"test-{name}"}
        for name in ("default", "renditions")
    }


def test_redis_url_switches_every_cache_to_redis():
    script = (
        "from django.conf import settings; "
        "print(settings.CACHES['default']['BACKEND'], settings.CACHES['renditions']['LOCATION'])"
    )
    env = os.environ | {"DJANGO_SETTINGS_MODULE": "clinic_site.settings.test", "REDIS_URL": REDIS_URL}
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {script}"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == [BACKEND, REDIS_URL]


@pytest.mark.django_db
def test_cached_pages_live_in_redis_and_a_hit_makes_no_query(
    redis_server, client, fibromyalgia, django_assert_num_queries
):
    with override_settings(CACHES=redis_caches(), PAGE_CACHE_SECONDS=60):
        caches["default"].clear()
        assert client.get(fibromyalgia.url)["X-Page-Cache"] == "miss"
        keys = [key.decode() for key in redis_server.keys("test-default:*page:*")]
        assert any(fibromyalgia.url in key for key in keys)
        with django_assert_num_queries(0):
            assert client.get(fibromyalgia.url)["X-Page-Cache"] == "hit"
        fibromyalgia.save_revision().publish()  # a new generation, seen by every instance
        assert client.get(fibromyalgia.url)["X-Page-Cache"] == "miss"
        caches["default"].clear()
