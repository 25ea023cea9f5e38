"""Uploads on S3-compatible object storage, against a real S3 API server (moto's server mode): staff upload
and delete images and documents in the admin, patients get the renditions and downloads, and what is
private (consent forms, backups) can never be read from a bucket without the site's credentials."""

import io
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager

import boto3
import pytest
import requests
from bs4 import BeautifulSoup
from PIL import Image as PILImage

from tests.servers import (
    ARTIFACTS,
    BROWSER,
    STAFF_PASSWORD,
    build_demo_site,
    free_port,
    gunicorn,
    manage,
    production_env,
)

MEDIA, PRIVATE, BACKUPS = "clinic-media", "clinic-private", "clinic-backups"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "clinic-test", "AWS_SECRET_ACCESS_KEY": "clinic-test-secret"}
ARTICLE = "/conditions-treatments/ketamine-therapy-fibromyalgia/"
# Everyone may read the media bucket's objects, as its policy says; the other two have no policy at all.
PUBLIC_READ = {
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{MEDIA}/*"}
    ],
}
SUPERUSER = f"""
from django.contrib.auth import get_user_model
get_user_model().objects.create_superuser("webmaster", "webmaster@clinic.example", "{STAFF_PASSWORD}")
"""
CONSENT_FORM = b"%PDF-1.4 signed consent of a patient whose story is on the site"
SAVE_CONSENT_FORM = f"""
from django.core.files.base import ContentFile
from django.core.files.storage import storages
print(storages["private"].save("consents/story-consent.pdf", ContentFile({CONSENT_FORM!r})))
"""


@contextmanager
def s3_server():
    """moto's S3 API server on a free loopback port; yields its address."""
    port = free_port()
    log = open(ARTIFACTS / "s3-server.log", "w")
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)], stdout=log, stderr=log
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url + "/moto-api/", timeout=5)
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "the S3 server did not start"
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def anonymous_get(url):
    """(status, body) of a GET with no credentials at all, as anyone on the internet would send it."""
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers={"User-Agent": BROWSER}), timeout=10) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """(the site's address, the S3 server's address, a boto3 client, environment)."""
    with s3_server() as endpoint:
        bucket_client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", **_lower(CREDENTIALS))
        for bucket in (MEDIA, PRIVATE, BACKUPS):
            bucket_client.create_bucket(Bucket=bucket)
        bucket_client.put_bucket_policy(Bucket=MEDIA, Policy=json.dumps(PUBLIC_READ))
        env = (
            production_env(tmp_path_factory, "object_storage")
            | CREDENTIALS
            | {
                "WEB_CONCURRENCY": "2",
                "AWS_STORAGE_BUCKET_NAME": MEDIA,
                "PRIVATE_BUCKET_NAME": PRIVATE,
                "BACKUP_BUCKET_NAME": BACKUPS,
                "AWS_S3_ENDPOINT_URL": endpoint,
                "AWS_S3_REGION_NAME": "us-east-1",
                "MEDIA_ROOT": str(tmp_path_factory.mktemp("unused-media")),
                "PRIVATE_MEDIA_ROOT": str(tmp_path_factory.mktemp("unused-private-media")),
            }
        )
        build_demo_site(env)
        manage(env, "collectstatic", "--noinput", "-v0")
        manage(env, "shell", "-c", SUPERUSER)
        with gunicorn(env, "object-storage") as url:
            yield url, endpoint, bucket_client, env


def _lower(credentials):
    return {name.lower(): value for name, value in credentials.items()}


def keys_in(client, bucket, prefix=""):
    return {item["Key"] for item in client.list_objects_v2(Bucket=bucket, Prefix=prefix).get("Contents", [])}


class Admin:
    """A member of staff in the admin, uploading files as the browser's form sends them (multipart)."""

    def __init__(self, url):
        self.url, self.http = url, requests.Session()
        self.http.headers["User-Agent"] = BROWSER
        self.post("/admin/login/", {"username": "webmaster", "password": STAFF_PASSWORD})

    def post(self, path, data, files=None):
        self.http.get(self.url + path, timeout=30)
        data = {**data, "csrfmiddlewaretoken": self.http.cookies["csrftoken"]}
        answer = self.http.post(self.url + path, data=data, files=files, timeout=30, allow_redirects=False)
        errors = BeautifulSoup(answer.text, "html.parser").select(".error-message, .help-critical")
        assert answer.status_code == 302, (answer.status_code, errors)
        return answer

    def listed(self, path, link, title):
        """The id in the admin listing's link to the item with this title."""
        soup = BeautifulSoup(self.http.get(self.url + path, timeout=30).text, "html.parser")
        for anchor in soup.find_all("a", href=re.compile(link)):
            if title in anchor.get_text(" ", strip=True) or anchor.get("title") == title:
                return re.search(link, anchor["href"]).group(1)
        raise AssertionError(f"{title} is not listed at {path}")


def png_bytes():
    buffer = io.BytesIO()
    PILImage.linear_gradient("L").convert("RGB").resize((640, 400)).save(buffer, "PNG")
    return buffer.getvalue()


def test_patients_get_images_from_the_bucket_and_its_address_is_allowed(site):
    url, endpoint, _, _ = site
    answer = requests.get(url + ARTICLE, headers={"User-Agent": BROWSER}, timeout=30)
    soup = BeautifulSoup(answer.text, "html.parser")
    sources = [image["src"] for image in soup.select("main img")]
    sources += [part.split()[0] for tag in soup.select("main source") for part in tag["srcset"].split(",")]
    assert sources, "the article shows no image"
    for source in sources:
        assert source.startswith(f"{endpoint}/{MEDIA}/images/"), source  # a rendition, on the bucket
        status, body = anonymous_get(source)
        assert status == 200 and len(body) > 100, source
    assert f"{endpoint}/{MEDIA}" in answer.headers["Content-Security-Policy"].split("img-src")[1].split(";")[0]


def test_an_uploaded_image_and_document_live_on_the_bucket_until_deleted(site):
    url, endpoint, client, _ = site
    admin = Admin(url)
    picture = png_bytes()
    admin.post(
        "/admin/images/add/",
        {"title": "Waiting room in spring", "collection": "1"},
        files={"file": ("waiting-room.png", picture, "image/png")},
    )
    image_id = admin.listed("/admin/images/", r"^/admin/images/(\d+)/", "Waiting room in spring")
    (image_name,) = keys_in(client, MEDIA, "original_images/waiting-room")
    assert anonymous_get(f"{endpoint}/{MEDIA}/{image_name}") == (200, picture)
    # The admin's preview is a rendition, made from the original on the bucket and written back to it.
    edit_page = BeautifulSoup(admin.http.get(f"{url}/admin/images/{image_id}/", timeout=30).text, "html.parser")
    preview = next(img["src"] for img in edit_page.find_all("img") if "/images/waiting-room" in img.get("src", ""))
    assert preview.startswith(f"{endpoint}/{MEDIA}/images/")
    assert anonymous_get(preview)[0] == 200
    renditions = keys_in(client, MEDIA, "images/waiting-room")
    assert renditions

    leaflet = b"%PDF-1.4 what to bring to your first visit\n%%EOF\n"
    admin.post(
        "/admin/documents/add/",
        {"title": "What to bring", "collection": "1"},
        files={"file": ("what-to-bring.pdf", leaflet, "application/pdf")},
    )
    document_id = admin.listed("/admin/documents/", r"^/admin/documents/edit/(\d+)/", "What to bring")
    (document_name,) = keys_in(client, MEDIA, "documents/what-to-bring")
    # A patient's download comes through the site, as a download, with the bytes from the bucket.
    download = requests.get(f"{url}/documents/{document_id}/what-to-bring.pdf", timeout=30, allow_redirects=False)
    assert download.status_code == 200 and download.content == leaflet
    assert download.headers["Content-Disposition"].startswith("attachment")

    admin.post(f"/admin/images/{image_id}/delete/", {})
    admin.post(f"/admin/documents/delete/{document_id}/", {})
    assert image_name not in keys_in(client, MEDIA) and not keys_in(client, MEDIA, "images/waiting-room")
    assert document_name not in keys_in(client, MEDIA)
    assert anonymous_get(f"{endpoint}/{MEDIA}/{image_name}")[0] in (403, 404)
    assert requests.get(f"{url}/documents/{document_id}/what-to-bring.pdf", timeout=30).status_code == 404


def test_private_uploads_and_backups_cannot_be_read_from_their_buckets(site):
    _, endpoint, client, env = site
    name = manage(env, "shell", "-c", SAVE_CONSENT_FORM).split()[-1]
    # The demo's example consent forms are there too; none of them on the public bucket.
    assert name in keys_in(client, PRIVATE) and not keys_in(client, MEDIA, "consents/")
    assert client.get_object(Bucket=PRIVATE, Key=name)["Body"].read() == CONSENT_FORM  # with the site's keys
    status, body = anonymous_get(f"{endpoint}/{PRIVATE}/{name}")
    assert status == 403 and CONSENT_FORM not in body

    manage(env, "backup_site")
    backups = keys_in(client, BACKUPS)
    assert any(key.endswith("-uploads.tar.gz") for key in backups), backups
    for key in backups:
        status, body = anonymous_get(f"{endpoint}/{BACKUPS}/{key}")
        assert status == 403, key
    assert anonymous_get(f"{endpoint}/{MEDIA}/consents/{name}")[0] in (403, 404)
