"""The restore drill a clinic manager would run: staff work on a live site, a backup taken while patients
read pages and click "Book online", the database and uploads lost, and everything back from the backup.

One body for both databases: SQLite, and PostgreSQL when DATABASE_URL is set (as in CI)."""

import json
import shutil
import threading
import time
import urllib.error
import urllib.request

from tests.backup_sites import backup_env, snapshot, uploaded_files
from tests.servers import NoRedirect, gunicorn, manage, own_database_url

STAFF_WORK = """
import datetime, io
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import storages
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Site
from booking.models import BookingClick, CallBackRequest
from pages.models import StandardPage
from people.models import Clinician

home = Site.objects.get(is_default_site=True).root_page
page = StandardPage(title="Drill page, first version", slug="backup-drill", body=[])
home.add_child(instance=page)
page.save_revision().publish()
page.title = "Drill page, published"
page.save_revision().publish()
page.title = "Drill page, a draft not yet published"
page.save_revision()

picture = io.BytesIO()
PILImage.new("RGB", (320, 200), (40, 120, 160)).save(picture, "PNG")
image = Image(title="Drill photo", file=ImageFile(picture, name="drill-photo.png"))
image.save()
image.get_rendition("fill-160x100")
Document(title="Drill leaflet", file=ContentFile(b"What to bring to a first visit.", name="drill-leaflet.txt")).save()
Clinician.objects.create(name="Dr. Drill Example", slug="drill-example", credentials="MD")

now = timezone.now()
CallBackRequest.objects.create(
    name="Drill Patient", phone="555 0100", reason="question", language="en", consent_given_at=now
)
CallBackRequest.objects.create(
    name="Long Closed", phone="555 0101", reason="question", language="en", consent_given_at=now,
    status="closed", status_changed_at=now - datetime.timedelta(days=200),
)
BookingClick.record(home, count=5)
storages["private"].save("consents/drill-consent.pdf", ContentFile(b"%PDF-1.4 signed consent"))
"""
CLICKS = """
from booking.models import BookingClick
print(sum(BookingClick.objects.values_list("count", flat=True)))
"""
READ = ["/", "/backup-drill/", "/es/", "/search/?q=ketamine"]


def clicks(env):
    return int(manage(env, "shell", "-c", CLICKS).split()[-1])


class Patients:
    """Client threads reading pages and clicking "Book online" until stopped; every answer timed."""

    def __init__(self, url, threads=2):
        self.url, self.stop, self.lock = url, threading.Event(), threading.Lock()
        self.latencies, self.failures = [], []
        self.threads = [threading.Thread(target=self.visit, daemon=True) for _ in range(threads)]

    def visit(self):
        opener = urllib.request.build_opener(NoRedirect)
        while not self.stop.is_set():
            for path in [*READ, "/book/"]:
                started = time.monotonic()
                try:
                    with opener.open(self.url + path, timeout=10) as response:
                        response.read()
                        failure = None
                except urllib.error.HTTPError as error:
                    failure = None if error.code == 302 else f"{path}: {error.code}"
                except OSError as error:
                    failure = f"{path}: {type(error).__name__}"
                with self.lock:
                    self.latencies.append(time.monotonic() - started)
                    if failure:
                        self.failures.append(failure)

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=30)

    def since(self, start):
        with self.lock:
            return self.latencies[start:], list(self.failures)


def test_a_backup_taken_under_load_restores_every_page_upload_and_record(tmp_path_factory):
    env = backup_env(tmp_path_factory, "backup_drill") | {"WEB_CONCURRENCY": "2"}
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo_content")
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "shell", "-c", STAFF_WORK)

    with gunicorn(env, "backup-drill") as url:
        for path in READ:  # renditions the pages use are made now, not during the backup
            urllib.request.urlopen(url + path, timeout=30).read()
        before, files = snapshot(env), uploaded_files(env)
        with Patients(url) as patients:
            time.sleep(1)
            clicks_before = clicks(env)
            first = len(patients.latencies)
            started = time.monotonic()
            printed = manage(env, "backup_site")
            backup_seconds = time.monotonic() - started
            during, failures = patients.since(first)
            clicks_after = clicks(env)

    assert failures == []
    assert len(during) > 20
    name, size = printed.split()[0], int(printed.split("(")[1].split()[0])
    backup_own_seconds = float(printed.split(" in ")[1].split()[0])
    own_database_url("backup_drill")  # the database is lost: dropped and made again, or its file deleted
    shutil.rmtree(env["MEDIA_ROOT"])
    shutil.rmtree(env["PRIVATE_MEDIA_ROOT"])

    started = time.monotonic()
    restored = manage(env, "restore_site")
    restore_seconds = time.monotonic() - started

    after = snapshot(env)
    assert f"Restored {name}" in restored
    for part in ("pages", "revisions", "images", "renditions", "documents", "clinicians"):
        assert after[part] == before[part], part
    assert ["Drill page, published" in title for _, title, live in after["pages"] if live].count(True) == 1
    # The request closed 200 days ago was due for deletion: the restore deleted it again.
    assert [name for _, name in after["call_backs"]] == [
        name for _, name in before["call_backs"] if name != "Long Closed"
    ]
    assert clicks_before <= after["booking_clicks"] <= clicks_after
    assert uploaded_files(env) == files
    assert "private/consents/drill-consent.pdf" in files
    assert any(name.startswith("media/images/drill-photo") for name in files)

    with gunicorn(env, "backup-drill-restored") as url:
        page = urllib.request.urlopen(url + "/backup-drill/", timeout=30).read().decode()
    assert "Drill page, published" in page
    assert "not yet published" not in page

    figures = {
        "database": env["DATABASE_URL"].split(":")[0],
        "backup_seconds": round(backup_seconds, 1),  # the command's process, start-up included
        "backup_own_seconds": backup_own_seconds,  # dump, archive and write
        "backup_bytes": size,
        "restore_seconds": round(restore_seconds, 1),
        "requests_during_backup": len(during),
        "worst_latency_ms": round(max(during) * 1000),
        "clicks_during_backup": clicks_after - clicks_before,
    }
    print("backup drill:", json.dumps(figures))
