"""A site of its own for backup tests: production settings with their own database, uploads and backup folder,
and what a restore must bring back (every row staff made, every uploaded file byte for byte)."""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from tests.servers import PROJECT, manage, production_env

SNAPSHOT = """
import json
from django.apps import apps
get = apps.get_model
print(json.dumps({
    "pages": [[p.id, p.title, p.live] for p in get("wagtailcore.Page").objects.order_by("id")],
    "revisions": get("wagtailcore.Revision").objects.count(),
    "images": [[i.id, i.title, i.file.name] for i in get("wagtailimages.Image").objects.order_by("id")],
    "renditions": sorted(r.file.name for r in get("wagtailimages.Rendition").objects.all()),
    "documents": [[d.id, d.title, d.file.name] for d in get("wagtaildocs.Document").objects.order_by("id")],
    "clinicians": [[c.id, c.name, c.live] for c in get("people.Clinician").objects.order_by("id")],
    "call_backs": [[c.id, c.name] for c in get("booking.CallBackRequest").objects.order_by("id")],
    "booking_clicks": sum(get("booking.BookingClick").objects.values_list("count", flat=True)),
}))
"""


def backup_env(tmp_path_factory, database_name, backups=None):
    """Production settings with a database, public and private uploads and backups of their own."""
    folder = tmp_path_factory.mktemp(database_name)
    return production_env(tmp_path_factory, database_name) | {
        "MEDIA_ROOT": str(folder / "media"),
        "PRIVATE_MEDIA_ROOT": str(folder / "private-media"),
        "BACKUP_DIR": str(backups or folder / "backups"),
    }


def snapshot(env):
    """Everything a restore must bring back, as the site's own models see it."""
    return json.loads(manage(env, "shell", "-c", SNAPSHOT).strip().splitlines()[-1])


def uploaded_files(env):
    """{"media/images/x.png": sha256, ...} for every public and private upload."""
    found = {}
    for prefix, variable in (("media", "MEDIA_ROOT"), ("private", "PRIVATE_MEDIA_ROOT")):
        root = Path(env[variable])
        for path in sorted(root.rglob("*")) if root.exists() else []:
            if path.is_file():
                found[f"{prefix}/{path.relative_to(root)}"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def backup_files(env):
    return sorted(path.name for path in Path(env["BACKUP_DIR"]).iterdir())


def status(env):
    return json.loads((Path(env["BACKUP_DIR"]) / "backup-status.json").read_text())


def run(env, *command):
    """A management command that may fail: (exit status, what it printed on stdout and stderr)."""
    result = subprocess.run(
        [sys.executable, str(PROJECT / "manage.py"), *command], env=env, capture_output=True, text=True, cwd=PROJECT
    )
    return result.returncode, result.stdout + result.stderr
