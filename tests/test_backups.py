"""Backups a clinic manager can count on: kept for BACKUP_KEEP days, encrypted, never half-written, and a
restore that will not overwrite a site by mistake. The full drill under load is in test_restore_drill.py."""

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.backup_sites import backup_env, backup_files, run, snapshot, status, uploaded_files
from tests.servers import manage

SET_NAME_LENGTH = len("clinic-2026-12-03T021500")


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory):
    """The demo site under production settings, with a private upload; each test backs up to its own folder."""
    env = backup_env(tmp_path_factory, "backup_site")
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo_content")
    private = Path(env["PRIVATE_MEDIA_ROOT"]) / "consents"
    private.mkdir(parents=True, exist_ok=True)  # the demo's example consent forms are there already
    (private / "consent-form.pdf").write_bytes(b"%PDF-1.4 a signed consent form")
    return env


def sets_in(env):
    return sorted({name[:SET_NAME_LENGTH] for name in backup_files(env) if name.startswith("clinic-")})


def test_the_newest_sets_are_kept_with_both_their_files(demo_site, tmp_path):
    env = demo_site | {"BACKUP_DIR": str(tmp_path), "BACKUP_KEEP": "2"}

    names = [manage(env, "backup_site").split()[0] for _ in range(3)]

    assert sets_in(env) == names[1:]
    files = backup_files(env)
    assert "backup-status.json" in files
    assert len(files) == 5  # two sets of two files, and the status
    assert {name[SET_NAME_LENGTH:].split(".")[0] for name in files if name.startswith("clinic-")} == {
        "-database",
        "-uploads",
    }
    assert status(env)["last_name"] == names[-1]


def test_a_backup_of_an_unreachable_database_is_recorded_as_failed_and_leaves_no_files(demo_site, tmp_path):
    env = demo_site | {"BACKUP_DIR": str(tmp_path / "backups")}
    if demo_site["DATABASE_URL"].startswith("sqlite"):
        unreachable = f"sqlite:///{tmp_path}/no-such-folder/site.sqlite3"
    else:
        unreachable = demo_site["DATABASE_URL"] + "_missing"

    code, output = run(env | {"DATABASE_URL": unreachable}, "backup_site")

    assert code != 0
    assert len(output.strip().splitlines()) == 1, output
    assert "The backup failed" in output
    assert backup_files(env) == ["backup-status.json"]
    recorded = status(env)
    assert recorded["last_success"] is None
    assert recorded["last_error"] in ("database dump failed (OperationalError)", "pg_dump failed")


def test_a_backup_for_a_key_missing_from_the_keyring_says_so_and_leaves_no_files(demo_site, tmp_path):
    keyring = tmp_path / "empty-keyring"
    keyring.mkdir(mode=0o700)
    env = demo_site | {
        "BACKUP_DIR": str(tmp_path / "backups"),
        "BACKUP_GPG_RECIPIENT": "backups@clinic.invalid",
        "GNUPGHOME": str(keyring),
    }

    code, output = run(env, "backup_site")

    assert code != 0
    assert f"not in the GPG keyring at {keyring}" in output
    assert backup_files(env) == ["backup-status.json"]
    assert "BACKUP_GPG_RECIPIENT" in status(env)["last_error"]


def test_an_upload_that_cannot_be_read_fails_the_backup_before_anything_is_written(demo_site, tmp_path):
    media = tmp_path / "media"
    shutil.copytree(demo_site["MEDIA_ROOT"], media)
    (media / "documents" / "vanished.pdf").symlink_to(tmp_path / "deleted-while-backing-up.pdf")
    env = demo_site | {"BACKUP_DIR": str(tmp_path / "backups"), "MEDIA_ROOT": str(media)}

    code, output = run(env, "backup_site")

    assert code != 0
    assert "uploads archive failed (FileNotFoundError)" in output
    assert backup_files(env) == ["backup-status.json"]
    assert status(env)["last_error"] == "uploads archive failed (FileNotFoundError)"


def test_a_restore_onto_a_site_with_content_refuses_unless_forced(demo_site, tmp_path):
    env = demo_site | {"BACKUP_DIR": str(tmp_path)}
    manage(env, "backup_site")
    before, files = snapshot(env), uploaded_files(env)

    code, output = run(env, "restore_site")

    assert code == 1
    assert "The database already holds a site; nothing was changed" in output
    assert "--force" in output
    assert snapshot(env) == before

    output = manage(env, "restore_site", "--force")

    assert "Restored clinic-" in output
    assert snapshot(env) == before
    assert uploaded_files(env) == files
    assert "media/documents/notice-of-privacy-practices.txt" in files
    assert "private/consents/consent-form.pdf" in files


def gpg(home, *arguments, given=None):
    command = ["gpg", "--homedir", str(home), "--batch", *arguments]
    return subprocess.run(command, check=True, capture_output=True, input=given).stdout


@pytest.fixture
def keyrings():
    """A throwaway key: its full keyring (as the person who holds the secret half has it) and one holding
    the public half only (as the server has it)."""
    full, public = Path(tempfile.mkdtemp(prefix="gpg-")), Path(tempfile.mkdtemp(prefix="gpg-"))
    for home in (full, public):
        home.chmod(0o700)
    gpg(full, "--passphrase", "", "--quick-gen-key", "Clinic backups <backups@clinic.example>", "default", "default")
    listing = gpg(full, "--with-colons", "--list-keys").decode()
    fingerprint = next(line.split(":")[9] for line in listing.splitlines() if line.startswith("fpr:"))
    gpg(public, "--import", given=gpg(full, "--export", fingerprint))
    yield fingerprint, full, public
    for home in (full, public):
        subprocess.run(["gpgconf", "--homedir", str(home), "--kill", "all"], check=False)
        shutil.rmtree(home, ignore_errors=True)


def test_an_encrypted_backup_is_unreadable_and_restores_only_with_the_secret_key(
    demo_site, keyrings, tmp_path, tmp_path_factory
):
    fingerprint, full, public = keyrings
    backups = tmp_path / "backups"
    env = demo_site | {"BACKUP_DIR": str(backups), "BACKUP_GPG_RECIPIENT": fingerprint, "GNUPGHOME": str(public)}

    manage(env, "backup_site")

    stored = sorted(backups.glob("clinic-*"))
    assert [path.suffix for path in stored] == [".gpg", ".gpg"]
    for path in stored:
        content = path.read_bytes()
        assert not content.startswith((b"SQLite format 3", b"PGDMP", b"\x1f\x8b")), path.name
        assert b"Ketamine" not in content and b"ustar" not in content
    assert "encrypted" in manage(env, "list_backups")

    # A clinic that ran `migrate` first: empty tables, no uploads.
    target = backup_env(tmp_path_factory, "backup_target", backups=backups)
    manage(target, "migrate", "--noinput", "-v0")
    empty = snapshot(target)

    code, output = run(target | {"GNUPGHOME": str(public)}, "restore_site")

    assert code == 1
    assert f"GNUPGHOME={public}" in output and "secret key" in output and "Nothing was changed" in output
    assert snapshot(target) == empty
    assert uploaded_files(target) == {}

    manage(target | {"GNUPGHOME": str(full)}, "restore_site")

    assert snapshot(target) == snapshot(demo_site)
    assert uploaded_files(target) == uploaded_files(demo_site)
