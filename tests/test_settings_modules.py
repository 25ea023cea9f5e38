import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent


def run_check(env):
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS")} | env
    env["DJANGO_SETTINGS_MODULE"] = "clinic_site.settings.production"
    return subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    "env, missing",
    [
        ({}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 50}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": " ", "ALLOWED_HOSTS": "a"}, "SECRET_KEY"),
    ],
)
def test_production_refuses_to_start_without_required_settings(env, missing):
    result = run_check(env)
    assert result.returncode != 0
    assert f"Set the {missing} environment variable" in result.stderr.strip().splitlines()[-1]


def test_production_starts_with_its_settings():
    result = run_check({"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "clinic.example"})
    assert result.returncode == 0, result.stderr
