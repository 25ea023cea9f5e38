"""The backups' status where people look: `/healthz`'s body for monitoring, the dashboard of clinic managers,
and `check --deploy` while backups are not encrypted for a key the server has."""

import json
import socket
import time
from datetime import timedelta

import pytest
from botocore.config import Config
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import formats, timezone
from wagtail.users.models import UserProfile

from backups.dashboard import READ_SECONDS
from backups.status import STATUS_NAME, BackupStatus, record_failure, record_success
from clinic_site.health import REPORT_SECONDS, running
from staff.roles import CLINIC_MANAGERS, EDITORS, MEDICAL_REVIEWERS
from tests.html import soup, visible_text
from tests.servers import silent_server
from tests.test_settings_modules import PRODUCTION_ENV, manage

pytestmark = pytest.mark.django_db

BACKUP_NAME = "2026-12-03-0215"
BACKUP_SIZE = 52_428_800  # shown as 50.0 MB
ERROR = "pg_dump exited with status 1"
# What /healthz may take beyond the reports' bound: the database and cache checks, on a busy test machine.
HEALTHZ_MARGIN = 1.0


@pytest.fixture(autouse=True)
def backup_folder(tmp_path, settings):
    """Backups in a folder of this test's own, with no status in it yet."""
    folder = tmp_path / "backups"
    settings.STORAGES = settings.STORAGES | {
        "dbbackup": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": folder, "base_url": None},
        }
    }
    return folder


def hours_ago(hours):
    return timezone.now() - timedelta(hours=hours, minutes=1)


def healthz(client):
    started = time.monotonic()
    response = client.get("/healthz")
    return response.status_code, json.loads(response.content), time.monotonic() - started


def made_five_hours_ago():
    finished = hours_ago(5)
    record_success(BACKUP_NAME, BACKUP_SIZE, finished=finished)
    return finished


def test_healthz_says_when_there_is_no_backup_yet(client):
    status, body, _ = healthz(client)
    assert status == 200
    assert body == {"status": "ok", "database": "ok", "cache": "ok", "backup": {"age_hours": None, "state": "none"}}


@pytest.mark.parametrize(("hours", "state"), [(5, "ok"), (30, "stale")])
def test_healthz_gives_the_backups_age_and_keeps_the_200(client, hours, state):
    record_success(BACKUP_NAME, BACKUP_SIZE, finished=hours_ago(hours))
    status, body, _ = healthz(client)
    assert status == 200 and body["status"] == "ok"  # pages are served either way
    assert body["backup"] == {"age_hours": float(hours), "state": state}


def test_healthz_says_the_last_run_failed(client):
    made_five_hours_ago()
    record_failure(ERROR, failed=hours_ago(1))
    status, body, _ = healthz(client)
    assert (status, body["status"]) == (200, "ok")
    assert body["backup"] == {"age_hours": 5.0, "state": "failed"}


def test_healthz_reads_the_storage_once_a_minute_and_a_new_run_at_once(client, backup_folder):
    made_five_hours_ago()
    assert healthz(client)[1]["backup"]["state"] == "ok"
    # Changed on the storage behind the site's back: /healthz keeps answering from the shared cache.
    (backup_folder / STATUS_NAME).write_text(BackupStatus(last_success=hours_ago(40)).to_json())
    assert healthz(client)[1]["backup"]["state"] == "ok"
    # A run that records its result is shown on the next request.
    record_failure(ERROR)
    assert healthz(client)[1]["backup"]["state"] == "failed"


def test_healthz_reads_the_storage_when_the_cache_is_down(client, settings):
    made_five_hours_ago()
    with socket.socket() as closed:  # a port nothing listens on: a stopped Redis
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    settings.CACHES = {
        "default": {
            "BACKEND": "clinic_site.cache_backend.SharedRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }
    status, body, _ = healthz(client)
    assert (status, body["cache"]) == (200, "unreachable")
    assert body["backup"] == {"age_hours": 5.0, "state": "ok"}


def test_healthz_answers_when_the_status_cannot_be_read(client, backup_folder):
    (backup_folder / STATUS_NAME).mkdir(parents=True)  # a damaged storage: the status is not a file
    status, body, seconds = healthz(client)
    assert (status, body["status"], body["backup"]) == (200, "ok", "unavailable")
    assert seconds < REPORT_SECONDS + HEALTHZ_MARGIN


@pytest.fixture
def silent_bucket(settings):
    """Backups in an S3 bucket whose server accepts connections and never answers."""
    with silent_server() as port:
        settings.STORAGES = settings.STORAGES | {
            "dbbackup": {
                "BACKEND": "storages.backends.s3.S3Storage",
                "OPTIONS": {
                    "bucket_name": "clinic-backups",
                    "endpoint_url": f"http://127.0.0.1:{port}",
                    "region_name": "us-east-1",
                    "access_key": "test-access-key",
                    "secret_key": "test-secret-key",
                    # Long enough to outlast every request below, short enough to end with the test.
                    "client_config": Config(connect_timeout=1, read_timeout=5, retries={"max_attempts": 0}),
                },
            }
        }
        yield
    for report in running.values():
        report.exception(timeout=30)  # the stalled reads have ended: later tests start afresh


def test_healthz_answers_quickly_while_the_backup_bucket_does_not(client, silent_bucket):
    for _ in range(3):  # the stalled read is waited on again, never started once per request
        status, body, seconds = healthz(client)
        assert (status, body["status"], body["backup"]) == (200, "ok", "unavailable")
        assert seconds < REPORT_SECONDS + HEALTHZ_MARGIN


def test_the_dashboard_opens_quickly_while_the_backup_bucket_does_not(client, silent_bucket, manager):
    started = time.monotonic()
    panel = backup_panel(client, manager)
    assert "could not be read from the backup storage" in panel
    assert time.monotonic() - started < READ_SECONDS + 3  # the rest of the dashboard, on a busy machine


def staff_member(django_user_model, username, role):
    user = django_user_model.objects.create_user(username=username, password="a-long-test-password-42")
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def manager(django_user_model):
    return staff_member(django_user_model, "backup-manager", CLINIC_MANAGERS)


def backup_panel(client, user):
    client.force_login(user)
    page = soup(client.get(reverse("wagtailadmin_home")))
    heading = page.find(id="backup-status-heading")
    return " ".join(heading.find_parent("section").get_text(" ").split()) if heading else None


def local_time(moment):
    return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


@pytest.mark.parametrize("who", ["manager", "admin_user"])
def test_managers_and_superusers_see_when_the_last_backup_was_made(client, request, who):
    finished = made_five_hours_ago()
    panel = backup_panel(client, request.getfixturevalue(who))
    assert f"Last backup: {local_time(finished)} (5 hours, 1 minute ago), 50.0 MB." in panel
    assert "What to do" not in panel


def test_a_stale_backup_is_a_warning_with_what_to_do(client, manager):
    finished = hours_ago(30)
    record_success(BACKUP_NAME, BACKUP_SIZE, finished=finished)
    panel = backup_panel(client, manager)
    assert f"Last backup: {local_time(finished)} (1 day, 6 hours ago), 50.0 MB." in panel
    assert "more than 26 hours old" in panel
    assert "What to do: run manage.py backup_site on the server" in panel


def test_no_backup_yet_is_a_warning(client, manager):
    panel = backup_panel(client, manager)
    assert "No backup has been made yet." in panel and "Last backup:" not in panel
    assert "What to do: run manage.py backup_site" in panel


def test_a_failed_run_says_when_and_what(client, manager):
    made_five_hours_ago()
    failed = hours_ago(1)
    record_failure(ERROR, failed=failed)
    panel = backup_panel(client, manager)
    assert f"The last backup run failed on {local_time(failed)}: {ERROR}" in panel
    assert "Last backup:" in panel and "What to do" in panel


def test_an_unreadable_status_still_opens_the_dashboard(client, manager, backup_folder):
    (backup_folder / STATUS_NAME).mkdir(parents=True)
    panel = backup_panel(client, manager)
    assert "could not be read from the backup storage" in panel and "What to do" in panel


def test_the_panel_speaks_spanish_to_a_manager_who_reads_it(client, manager):
    made_five_hours_ago()
    record_failure(ERROR, failed=hours_ago(1))
    profile = UserProfile.get_for_user(manager)
    profile.preferred_language = "es"
    profile.save()
    panel = backup_panel(client, manager)
    assert "Copias de seguridad" in panel and "Última copia de seguridad" in panel and "hace 5 horas" in panel
    assert "La última copia de seguridad falló" in panel and "Qué hacer" in panel


@pytest.mark.parametrize("role", [EDITORS, MEDICAL_REVIEWERS])
def test_editors_and_reviewers_do_not_see_the_backups(client, django_user_model, role):
    made_five_hours_ago()
    user = staff_member(django_user_model, "backup-outsider", role)
    assert backup_panel(client, user) is None
    assert "50.0 MB" not in visible_text(client.get(reverse("wagtailadmin_home")))


def deploy_check(env):
    return manage(["check", "--deploy", "--fail-level", "WARNING"], PRODUCTION_ENV | env)


def test_deploy_check_warns_while_backups_are_not_encrypted(tmp_path, backup_key):
    empty_keyring = tmp_path / "gnupg"
    empty_keyring.mkdir(mode=0o700)
    unencrypted = deploy_check({"BACKUP_GPG_RECIPIENT": "", "GNUPGHOME": str(empty_keyring)})
    assert unencrypted.returncode != 0 and "backups.W001" in unencrypted.stderr
    assert "not encrypted" in unencrypted.stderr
    # The key named, but not imported on this server: every backup would fail.
    no_key = deploy_check({"BACKUP_GPG_RECIPIENT": backup_key["BACKUP_GPG_RECIPIENT"], "GNUPGHOME": str(empty_keyring)})
    assert no_key.returncode != 0 and "backups.W002" in no_key.stderr and "backups.W001" not in no_key.stderr
    encrypted = deploy_check(backup_key)
    assert encrypted.returncode == 0, encrypted.stdout + encrypted.stderr
    # A plain check (development, CI) says nothing about backups.
    plain = manage(["check", "--fail-level", "WARNING"], PRODUCTION_ENV | {"BACKUP_GPG_RECIPIENT": ""})
    assert plain.returncode == 0 and "backups." not in plain.stderr
