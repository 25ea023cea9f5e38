"""Varnish from Debian in front of gunicorn, with the configuration the site ships (deploy/varnish.vcl) and
VARNISH_URL set: what staff publish or change is what patients get through it at once, and it never keeps
what is private."""

import re
import urllib.error
import urllib.request
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from tests.servers import (
    ARTIFACTS,
    BROWSER,
    PROJECT,
    STAFF_PASSWORD,
    NoRedirect,
    StaffBrowser,
    build_demo_site,
    free_port,
    gunicorn,
    manage,
    production_env,
    require_program,
    serving,
)

ARTICLE = "/conditions-treatments/ketamine-therapy-fibromyalgia/"
ABOUT = "/about/"
OLD_PHONE, NEW_PHONE = "480.306.4372", "480.555.0172"
SHIPPED_BACKEND = '.host = "127.0.0.1";\n    .port = "8000";'

SUPERUSER = f"""
from django.contrib.auth import get_user_model
get_user_model().objects.create_superuser("webmaster", "webmaster@clinic.example", "{STAFF_PASSWORD}")
"""


def fetch(url, **headers):
    """(status, headers, body) as a patient's browser gets them, redirects not followed."""
    request = urllib.request.Request(url, headers={"User-Agent": BROWSER, **headers})
    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=30) as response:
            return response.status, response.headers, response.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode(errors="replace")


def vcl_for(upstream):
    """deploy/varnish.vcl as shipped, its backend pointed at `upstream` (host:port)."""
    vcl = (PROJECT / "deploy" / "varnish.vcl").read_text()
    assert vcl.count(SHIPPED_BACKEND) == 1
    host, port = upstream.split(":")
    return vcl.replace(SHIPPED_BACKEND, f'.host = "{host}";\n    .port = "{port}";')


@contextmanager
def varnish(port, upstream, folder):
    """varnishd in the foreground on `port` with the shipped VCL in front of `upstream`; yields its address."""
    (folder / "clinic.vcl").write_text(vcl_for(upstream))
    (ARTIFACTS / "varnish.log").unlink(missing_ok=True)
    command = [
        require_program("varnishd", "varnish"),
        "-F",
        "-j",
        "none",  # runs as whoever started it, in a working folder of its own
        "-n",
        str(folder / "work"),
        "-a",
        f"127.0.0.1:{port}",
        "-f",
        str(folder / "clinic.vcl"),
        "-s",
        "malloc,64m",
    ]
    with serving(command, f"http://127.0.0.1:{port}", ARTIFACTS / "varnish.log") as url:
        yield url


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """(Varnish's address, the app's address, environment): the production settings behind Varnish."""
    port = free_port()
    env = production_env(tmp_path_factory, "varnish") | {
        "WEB_CONCURRENCY": "2",
        "VARNISH_URL": f"http://127.0.0.1:{port}",
    }
    build_demo_site(env)
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "shell", "-c", SUPERUSER)
    folder = tmp_path_factory.mktemp("varnish")
    with gunicorn(env, "varnish-app") as app_url, varnish(port, urlsplit(app_url).netloc, folder) as url:
        yield url, app_url, env


def cached_through(url, path, **headers):
    """The page through Varnish until Varnish answers it itself; returns that answer."""
    for _ in range(3):
        status, answer, body = fetch(url + path, **headers)
        assert status == 200, (path, status)
        if answer["X-Cache"] == "HIT":
            return answer, body
    raise AssertionError(f"Varnish never kept {path}: {answer['X-Cache']}, {answer.get('Cache-Control')}")


def public_paths(url):
    """Every live public page in both languages, from the sitemap."""
    sitemap = fetch(url + "/sitemap.xml")[2]
    return sorted({urlsplit(address).path for address in re.findall(r"<loc>([^<]+)</loc>", sitemap)})


def test_the_sites_own_headers_come_through_and_https_copies_are_kept_apart(site):
    url, app_url, _ = site
    headers, body = cached_through(url, ARTICLE, **{"X-Forwarded-Proto": "https"})
    _, app_headers, app_body = fetch(app_url + ARTICLE, **{"X-Forwarded-Proto": "https"})
    assert body == app_body
    for name in ("Content-Security-Policy", "Strict-Transport-Security", "X-Content-Type-Options", "ETag"):
        assert headers[name] == app_headers[name], name
    assert "max-age=31536000" in headers["Strict-Transport-Security"]
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    headers, body = cached_through(url, ARTICLE)  # plain http: a copy of its own, without HSTS
    assert "Strict-Transport-Security" not in headers
    assert headers.get_all("Set-Cookie") is None
    # With VARNISH_URL set, views are counted by the counter image, which Varnish never keeps.
    counter = BeautifulSoup(body, "html.parser").find("img", class_="visit-counter")
    for _ in range(2):
        status, headers, _ = fetch(url + counter["src"])
        assert (status, headers["Content-Type"], headers["X-Cache"]) == (200, "image/gif", "PASS")


def test_a_published_change_is_seen_through_varnish_at_once(site):
    url, app_url, env = site
    cached_through(url, ABOUT)
    about_id = manage(env, "shell", "-c", "from wagtail.models import Page; print(Page.objects.get(slug='about').pk)")
    webmaster = StaffBrowser(app_url, "webmaster")
    introduction = "Who we are, and how we look after the people we see, in a few plain lines."
    # The body is drawn by the editor's script: a browser posts its blocks' fields, as these are.
    body = nested_form_data({"body": streamfield([("paragraph", rich_text(f"<p>{introduction}</p>"))])})
    webmaster.edit_form(
        f"/admin/pages/{about_id.split()[-1]}/edit/",
        lambda data: {"introduction": introduction, **body, "action-publish": "action-publish"},
    )
    status, headers, body = fetch(url + ABOUT)
    assert status == 200 and introduction in body, headers["X-Cache"]
    assert cached_through(url, ABOUT)[1] == body


def test_new_clinic_details_show_on_every_page_through_varnish_at_once(site):
    url, app_url, _ = site
    paths = public_paths(url)
    assert len(paths) >= 20 and "/es/" in paths
    kept, forms = 0, 0
    for path in paths:
        fetch(url + path)
        status, headers, body = fetch(url + path)
        assert OLD_PHONE in body, path
        # Every page is kept but the call-back form, in each language (it carries its own start time for the
        # spam check).
        if "no-store" in headers["Cache-Control"]:
            assert headers["X-Cache"] == "PASS" and 'name="consent"' in body, path
            forms += 1
        kept += headers["X-Cache"] == "HIT"
    # One page may have been made in the second before its "open now" line changed, and kept no longer.
    assert forms == 2 and kept >= len(paths) - 3
    manager = StaffBrowser(app_url, "manager")
    manager.edit_form("/admin/settings/clinic/clinicsettings/1/", lambda data: {"phone": NEW_PHONE})
    for path in paths:
        status, headers, body = fetch(url + path)
        assert status == 200 and NEW_PHONE in body and OLD_PHONE not in body, (path, headers["X-Cache"])


def test_staff_pages_and_private_pages_are_never_kept(site):
    url, _, env = site
    staff = StaffBrowser(url, "editor")  # signed in through Varnish
    for _ in range(2):
        with staff.opener.open(url + "/admin/", timeout=30) as response:
            assert response.headers["X-Cache"] == "PASS"
    for path in ("/admin/login/", "/book/", "/call-back/"):
        for _ in range(2):
            status, headers, _ = fetch(url + path)
            assert headers["X-Cache"] == "PASS", path
    # Staff see the page with Wagtail's user bar; the next patient gets the kept copy without it.
    request = staff.opener.open(url + ARTICLE, timeout=30)
    assert request.headers["X-Cache"] == "PASS" and "wagtail-userbar" in request.read().decode()
    headers, body = cached_through(url, ARTICLE)
    assert "wagtail-userbar" not in body
    main = BeautifulSoup(body, "html.parser").find("main")
    article_text = next(p.get_text(" ", strip=True) for p in main.find_all("p") if len(p.get_text()) > 80)

    # Made private: gone from Varnish at once, and its password form is never kept.
    restrict = (
        "from wagtail.models import Page, PageViewRestriction; "
        f"PageViewRestriction.objects.create(page=Page.objects.get(url_path='/home{ARTICLE}'),"
        " restriction_type='password', password='only-for-the-test')"
    )
    manage(env, "shell", "-c", restrict)
    for _ in range(3):
        status, headers, body = fetch(url + ARTICLE)
        soup = BeautifulSoup(body, "html.parser")
        assert headers["X-Cache"] != "HIT" and soup.find("input", {"name": "password"}), status
        assert article_text not in soup.get_text(" ", strip=True)


def test_only_an_app_server_may_purge(site):
    url, _, _ = site
    cached_through(url, ABOUT)
    request = urllib.request.Request(url + ABOUT, method="PURGE", headers={"X-Forwarded-Proto": "https"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 405
    assert fetch(url + ABOUT)[1]["X-Cache"] == "HIT"
