import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "SECRET_KEY": "k3y-for-the-settings-test-only-8f2c1d9e7b6a5f4e3d2c1b0a9f8e7d6c",
    "ALLOWED_HOSTS": "clinic.example",
    "DATABASE_URL": "sqlite:///:memory:",
}
REQUIRED = ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"]


def manage(args, env):
    env = {k: v for k, v in os.environ.items() if k not in REQUIRED} | env
    env["DJANGO_SETTINGS_MODULE"] = "clinic_site.settings.production"
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("missing", REQUIRED)
def test_production_refuses_to_start_without_a_required_variable(missing):
    result = manage(["check"], {name: value for name, value in PRODUCTION_ENV.items() if name != missing})
    assert result.returncode != 0
    assert result.stderr.strip().startswith(f"Set the {missing} environment variable")
    assert len(result.stderr.strip().splitlines()) == 1  # no traceback


def test_gunicorn_refuses_to_start_with_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in REQUIRED} | {
        "DJANGO_SETTINGS_MODULE": "clinic_site.settings.production",
        "ALLOWED_HOSTS": "clinic.example",
        "DATABASE_URL": "sqlite:///:memory:",
        "GUNICORN_BIND": "127.0.0.1:0",
    }
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "clinic_site.wsgi"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "Set the SECRET_KEY environment variable: a long random string, kept secret."
    ]


def test_a_blank_secret_key_counts_as_missing():
    result = manage(["check"], PRODUCTION_ENV | {"SECRET_KEY": "   "})
    assert "Set the SECRET_KEY environment variable" in result.stderr.strip().splitlines()[-1]


def test_deploy_checks_report_nothing_with_the_documented_variables(backup_key):
    result = manage(["check", "--deploy", "--fail-level", "WARNING"], PRODUCTION_ENV | backup_key)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def gunicorn_bind(extra_env):
    env = {k: v for k, v in os.environ.items() if k not in ("GUNICORN_BIND", "PORT")} | PRODUCTION_ENV | extra_env
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--print-config", "clinic_site.wsgi"],
        cwd=PROJECT,
        env=env | {"DJANGO_SETTINGS_MODULE": "clinic_site.settings.production"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    return next(line.split("=", 1)[1].strip() for line in result.stdout.splitlines() if line.startswith("bind "))


def test_gunicorn_listens_on_loopback_unless_told_otherwise():
    # The settings trust X-Forwarded-Proto: only the proxy in front may reach the app's port.
    assert gunicorn_bind({}) == "['127.0.0.1:8000']"
    assert gunicorn_bind({"PORT": "8031"}) == "['127.0.0.1:8031']"
    assert gunicorn_bind({"GUNICORN_BIND": "0.0.0.0:9000"}) == "['0.0.0.0:9000']"


SCALED_OUT = {
    "VARNISH_URL": "http://127.0.0.1:6081",
    "AWS_STORAGE_BUCKET_NAME": "clinic-media",
    "PRIVATE_BUCKET_NAME": "clinic-private",
    "BACKUP_BUCKET_NAME": "clinic-backups",
    "AWS_S3_REGION_NAME": "us-east-1",
}
SHOW_SCALED_OUT = """
from django.conf import settings
private = settings.STORAGES["private"]["OPTIONS"]
print(settings.VISIT_COUNT_MODE, settings.WAGTAILFRONTENDCACHE["varnish"]["BACKEND"].rsplit(".", 1)[1],
      private["bucket_name"], private["default_acl"], private["querystring_auth"], settings.MEDIA_URL,
      settings.WAGTAILDOCS_SERVE_METHOD)
"""


def test_varnish_and_the_buckets_switch_on_with_clean_deploy_checks(backup_key):
    env = PRODUCTION_ENV | backup_key | SCALED_OUT
    result = manage(["check", "--deploy", "--fail-level", "WARNING"], env)
    assert result.returncode == 0, result.stdout + result.stderr
    shown = manage(["shell", "-c", SHOW_SCALED_OUT], env).stdout.split()[-7:]
    # Varnish answers its hits without the app, so views are counted by the counter image; private uploads
    # go to their own bucket, written private, and documents are downloaded through the site.
    assert shown == [
        "beacon",
        "HTTPBackend",
        "clinic-private",
        "private",
        "True",
        "https://clinic-media.s3.amazonaws.com/",
        "serve_view",
    ]
