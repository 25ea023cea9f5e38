"""From an empty database to the clinic's own site, by the README's production steps (no demo content)."""

import re
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from tests.servers import PROJECT, gunicorn, manage, production_env

SITE_URL = "https://clinic.example"
COUNT_REVISIONS = """
from wagtail.models import Page, Revision
print(Page.objects.count(), Revision.objects.count())
"""


@pytest.fixture(scope="module")
def fresh_install(tmp_path_factory):
    """The README's production steps, in order, on an empty database."""
    env = production_env(tmp_path_factory, "going_live") | {"ALLOWED_HOSTS": "clinic.example", "SITE_URL": SITE_URL}
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "setup_site")
    manage(env, "setup_roles")
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "ensure_staff_account")
    return env


def fetch(url, path):
    """(status, body) as a visitor reaching the public address through the TLS proxy gets it."""
    request = urllib.request.Request(url + path, headers={"Host": "clinic.example", "X-Forwarded-Proto": "https"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_the_fresh_site_is_the_clinics_own_at_its_public_address(fresh_install):
    with gunicorn(fresh_install, "going-live") as url:
        status, home = fetch(url, "/")
        assert status == 200 and 'id="hero-heading"' in home  # our home page, not Wagtail's welcome
        assert "Welcome to your new Wagtail site" not in home
        assert f'<link rel="canonical" href="{SITE_URL}/">' in home
        assert f'<meta property="og:url" content="{SITE_URL}/">' in home
        status, sitemap = fetch(url, "/sitemap.xml")
        locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
        assert status == 200 and locations and all(location.startswith(f"{SITE_URL}/") for location in locations)
        assert f"Sitemap: {SITE_URL}/sitemap.xml" in fetch(url, "/robots.txt")[1]
        for path in ["/conditions-treatments/", "/contact/", "/locations/", "/our-team/", "/topics/"]:
            assert fetch(url, path)[0] == 200, path
        for path in ["/conditions-treatments/", "/contact/", "/locations/", "/our-team/"]:  # in the site menu
            assert f'href="{path}"' in home, path
        for draft in ["/privacy/", "/accessibility/"]:  # staff still have to write them
            assert fetch(url, draft)[0] == 404, draft


STAFF_ADD_A_LOCATION_AND_A_CLINICIAN = """
from clinic.models import Location
from people.models import Clinician
location = Location.objects.create(
    name="Chandler", slug="chandler", street_address="1 Main Street", city="Chandler", region="AZ"
)
Clinician.objects.create(name="Dr. Maria Lopez", credentials="MD", bio="Pain medicine.", locations=[location])
"""


def test_what_staff_add_shows_on_the_team_and_locations_pages(fresh_install):
    """README's next steps: Clinic › Locations and Clinic › Clinicians fill the pages setup_site built."""
    with gunicorn(fresh_install, "going-live-team") as url:
        assert "Dr. Maria Lopez" not in fetch(url, "/our-team/")[1]
        manage(fresh_install, "shell", "-c", STAFF_ADD_A_LOCATION_AND_A_CLINICIAN)
        status, team = fetch(url, "/our-team/")
        assert status == 200 and 'href="/our-team/maria-lopez/"' in team
        status, profile = fetch(url, "/our-team/maria-lopez/")
        assert status == 200 and "Dr. Maria Lopez, MD" in profile and "Pain medicine." in profile
        status, locations = fetch(url, "/locations/")
        assert status == 200 and 'href="/locations/chandler/"' in locations
        status, location = fetch(url, "/locations/chandler/")
        assert status == 200 and "1 Main Street" in location


def test_setup_site_twice_changes_nothing(fresh_install):
    before = manage(fresh_install, "shell", "-c", COUNT_REVISIONS).split()[-2:]
    output = manage(fresh_install, "setup_site")
    assert manage(fresh_install, "shell", "-c", COUNT_REVISIONS).split()[-2:] == before
    assert "Built" not in output and "address" not in output


def deploy_check(env):
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_deploy_check_fails_until_the_site_has_its_public_address(tmp_path_factory, backup_key):
    env = production_env(tmp_path_factory, "deploy_check") | {"ALLOWED_HOSTS": "clinic.example"} | backup_key
    for name in ("SECURE_SSL_REDIRECT", "SECURE_COOKIES"):
        env.pop(name)  # production as deployed: HTTPS enforced
    manage(env, "migrate", "--noinput", "-v0")
    refused = deploy_check(env)
    assert refused.returncode != 0
    assert "pages.E002" in refused.stderr and "SITE_URL" in refused.stderr and "setup_site" in refused.stderr
    manage(env | {"SITE_URL": "http://clinic.example"}, "setup_site")
    assert "pages.E003" in deploy_check(env).stderr  # http while HTTPS is enforced
    manage(env | {"SITE_URL": SITE_URL}, "setup_site")
    passed = deploy_check(env)
    assert passed.returncode == 0, passed.stderr
