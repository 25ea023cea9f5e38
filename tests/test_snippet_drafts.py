"""Locations and clinicians as staff change them: a draft stays off the site until it is published, a
preview shows the page patients will see, and an earlier revision can be brought back."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from clinic.models import Location
from clinic_site.content_cache import current_generation
from people.models import Clinician
from staff.roles import CLINIC_MANAGERS, MEDICAL_REVIEWERS, setup_roles
from tests.admin_forms import form_data
from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db
PUBLISH = {"action-publish": "action-publish"}


def url(model, view, *args):
    return reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:{view}", args=args)


@pytest.fixture
def manager(client, django_user_model):
    setup_roles()
    user = django_user_model.objects.create_user("pat", password="x")
    user.groups.add(Group.objects.get(name=CLINIC_MANAGERS))
    client.force_login(user)
    return client


def edit(client, obj, changes):
    edit_url = url(type(obj), "edit", obj.pk)
    response = client.post(edit_url, form_data(client.get(edit_url), "w-editor-form") | changes)
    assert response.status_code == 302, soup(response).select(".error-message")


def test_a_draft_stays_off_the_site_until_the_manager_publishes_it(
    manager, client, home, django_capture_on_commit_callbacks
):
    place = Location.objects.get(slug="example-second-location")
    generation = current_generation()
    with django_capture_on_commit_callbacks(execute=True):
        edit(manager, place, {"city": "Gilbert"})
    assert current_generation() == generation  # the cached pages still hold
    assert "Publish" in soup(manager.get(url(Location, "edit", place.pk))).select_one("footer").get_text()
    assert "Gilbert" not in visible_text(client.get(home.url))

    with django_capture_on_commit_callbacks(execute=True):
        edit(manager, place, {"city": "Gilbert"} | PUBLISH)
    assert current_generation() != generation
    assert "Gilbert" in visible_text(client.get(home.url))


def test_an_earlier_revision_of_a_location_can_be_published_again(
    manager, client, home, django_capture_on_commit_callbacks
):
    place = Location.objects.get(slug="example-second-location")
    edit(manager, place, {"city": "Gilbert"} | PUBLISH)
    edit(manager, place, {"city": "Tempe"} | PUBLISH)
    earlier = place.revisions.order_by("created_at").first()
    assert earlier.as_object().city == "Gilbert"

    revert = url(Location, "revisions_revert", place.pk, earlier.pk)
    with django_capture_on_commit_callbacks(execute=True):
        response = manager.post(revert, form_data(manager.get(revert), "w-editor-form") | PUBLISH)
    assert response.status_code == 302
    text = visible_text(client.get(home.url))
    assert "Gilbert" in text and "Tempe" not in text


def test_an_unpublished_location_leaves_every_page(manager, client, home, django_capture_on_commit_callbacks):
    place = Location.objects.get(slug="example-second-location")
    assert "Mesa" in visible_text(client.get(home.url))
    with django_capture_on_commit_callbacks(execute=True):
        assert manager.post(url(Location, "unpublish", place.pk)).status_code == 302
    assert "Mesa" not in visible_text(client.get(home.url))
    assert "example-second-location" not in client.get(home.url).content.decode()  # JSON-LD included
    assert client.get("/locations/example-second-location/").status_code == 404
    assert "Second location" not in soup(client.get("/our-team/sam-sample/")).find("main").get_text()


def test_a_clinicians_draft_and_its_locations_wait_for_publishing(
    client, django_user_model, django_capture_on_commit_callbacks
):
    setup_roles()
    reviewer = django_user_model.objects.create_user("rev", password="x")
    reviewer.groups.add(Group.objects.get(name=MEDICAL_REVIEWERS))
    client.force_login(reviewer)
    sam = Clinician.objects.get(slug="sam-sample")
    chandler = Location.objects.get(slug="chandler")
    edit(client, sam, {"role": "Pain nurse", "locations": [str(chandler.pk)]})
    client.logout()
    profile = soup(client.get("/our-team/sam-sample/")).find("main").get_text()
    assert "Pain nurse" not in profile and "Second location" in profile

    client.force_login(reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        edit(client, Clinician.objects.get(pk=sam.pk), PUBLISH)
    client.logout()
    profile = soup(client.get("/our-team/sam-sample/")).find("main").get_text()
    assert "Pain nurse" in profile and "Second location" not in profile


def test_a_new_clinician_saved_as_a_draft_has_no_profile(admin_client, client):
    Clinician.objects.create(name="Dr. Ana Ruiz", live=False)
    assert "Ana Ruiz" not in visible_text(client.get("/our-team/"))
    assert client.get("/our-team/ana-ruiz/").status_code == 404


@pytest.mark.parametrize(
    ("model", "slug", "mode", "expected"),
    [
        (Location, "chandler", "en", "Chandler"),
        (Location, "chandler", "es", "Dónde estamos"),
        (Clinician, "sam-sample", "es", "Enfermero especializado"),
    ],
)
def test_the_preview_shows_the_page_patients_will_see_in_each_language(admin_client, model, slug, mode, expected):
    obj = model.objects.get(slug=slug)
    preview = url(model, "preview_on_edit", obj.pk)
    data = form_data(admin_client.get(url(model, "edit", obj.pk)), "w-editor-form")
    assert admin_client.post(preview, data).json()["is_valid"]
    page = soup(admin_client.get(preview, {"mode": mode}))
    assert page.find("html")["lang"] == mode
    assert expected in page.find("main").get_text()


def test_the_clinic_menu_holds_locations_and_clinicians(admin_client):
    sidebar = admin_client.get("/admin/").content.decode()
    for label in ['"Clinic"', '"Locations"', '"Clinicians"']:
        assert label in sidebar
