"""Clinician profiles: the "Our team" page, a page per clinician, links from articles, and who may edit them."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from clinic.models import Location
from people.models import Clinician
from staff.roles import CLINIC_MANAGERS, EDITORS, MEDICAL_REVIEWERS, setup_roles
from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db
QUERY_BUDGET = 10


def json_ld(response):
    return json.loads(soup(response).find("script", type="application/ld+json").string)["@graph"]


def test_the_team_page_lists_every_clinician_with_a_link_to_their_profile(client):
    page = soup(client.get("/our-team/"))
    cards = page.select(".team-card h2 a")
    assert [(a.get_text(), a["href"]) for a in cards] == [
        ("Dr. Jordan Example, MD", "/our-team/jordan-example/"),
        ("Sam Sample, NP", "/our-team/sam-sample/"),
    ]
    assert "example profile" in page.select_one(".team-card__role").get_text()


def test_a_profile_shows_credentials_languages_locations_and_training(client):
    response = client.get("/our-team/sam-sample/")
    main = " ".join(soup(response).find("main").get_text(" ").split())
    assert soup(response).find("h1").get_text() == "Sam Sample, NP"
    for text in [
        "Nurse practitioner (example profile)",
        "Languages spoken English, Spanish",
        "Education Example: Master of Science in Nursing",
        "Board certification Example: nurse practitioner certification",
        "Sees patients at Chandler Second location (example)",
    ]:
        assert text in main
    assert soup(response).find("main").find("a", href="/locations/chandler/")


def test_a_profile_is_a_physician_in_json_ld_working_for_the_clinic(client):
    graph = json_ld(client.get("/our-team/sam-sample/"))
    physician = next(entry for entry in graph if entry["@type"] == "Physician")
    assert physician["name"] == "Sam Sample, NP"
    assert physician["url"].endswith("/our-team/sam-sample/")
    assert physician["parentOrganization"]["@id"].endswith("#clinic")
    assert physician["knowsLanguage"] == ["English", "Spanish"]
    assert physician["hasCredential"][0]["@type"] == "EducationalOccupationalCredential"
    assert [item["@id"].rsplit("#", 1)[1] for item in physician["location"]] == [
        "location-chandler",
        "location-example-second-location",
    ]
    assert not any(entry["@type"] == "FAQPage" for entry in graph)


def test_the_spanish_profile_reads_in_spanish(client):
    page = soup(client.get("/es/nuestro-equipo/sam-sample/"))
    main = " ".join(page.find("main").get_text(" ").split())
    assert "Enfermero especializado (perfil de ejemplo)" in main
    assert "Idiomas que habla inglés, español" in main
    assert page.select_one(".language-switcher a")["href"] == "/our-team/sam-sample/"


def test_an_articles_reviewer_links_to_their_profile(client, fibromyalgia, fibromyalgia_es):
    line = soup(client.get(fibromyalgia.url)).select_one(".review-line")
    assert line.find("a")["href"] == "/our-team/jordan-example/"
    assert line.find("a").get_text() == "Dr. Jordan Example, MD"
    graph = json_ld(client.get(fibromyalgia.url))
    page = next(entry for entry in graph if entry["@type"] == "MedicalWebPage")
    assert page["reviewedBy"]["url"].endswith("/our-team/jordan-example/")
    spanish = soup(client.get(fibromyalgia_es.url)).select_one(".review-line a")
    assert spanish["href"] == "/es/nuestro-equipo/jordan-example/"


def test_a_clinician_without_a_profile_is_named_without_a_link(
    client, fibromyalgia, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        Clinician.objects.filter(slug="jordan-example").update(show_profile=False)
        Clinician.objects.get(slug="jordan-example").save()  # as the admin saves it
    line = soup(client.get(fibromyalgia.url)).select_one(".review-line")
    assert line.find("a") is None and "Dr. Jordan Example, MD" in line.get_text()
    assert client.get("/our-team/jordan-example/").status_code == 404
    assert "Jordan" not in visible_text(client.get("/our-team/"))


def test_a_photo_needs_a_description():
    photo = Image.objects.create(title="Portrait", file=get_test_image_file())
    clinician = Clinician(name="Dr. New Person", photo=photo)
    with pytest.raises(ValidationError) as raised:
        clinician.full_clean()
    assert "photo_alt" in raised.value.message_dict


def test_a_slug_is_made_from_the_name_when_left_empty():
    first = Clinician.objects.create(name="Dr. Maria Lopez")
    second = Clinician.objects.create(name="Maria Lopez")
    assert (first.slug, second.slug) == ("maria-lopez", "maria-lopez-2")


@pytest.mark.parametrize(("role", "allowed"), [(MEDICAL_REVIEWERS, True), (EDITORS, False), (CLINIC_MANAGERS, False)])
def test_the_people_who_edited_clinicians_still_do_and_no_one_else(client, django_user_model, role, allowed):
    setup_roles()
    user = django_user_model.objects.create_user("someone", password="x")
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    clinician = Clinician.objects.get(slug="sam-sample")
    response = client.get(reverse("wagtailsnippets_people_clinician:edit", args=[clinician.pk]))
    assert (response.status_code == 200) is allowed


def queries_for(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def add_clinicians(count):
    photo = Image.objects.create(title="Portrait", file=get_test_image_file())
    chandler = Location.objects.get(slug="chandler")
    for number in range(count):
        clinician = Clinician.objects.create(
            name=f"Dr. Test {number}", photo=photo, photo_alt="A clinician smiling", specialties="Pain medicine"
        )
        clinician.locations.add(chandler)
        clinician.save()


@pytest.mark.parametrize("url", ["/our-team/", "/our-team/sam-sample/", "/es/nuestro-equipo/"])
def test_two_clinicians_or_twenty_cost_the_same_queries(client, url, django_capture_on_commit_callbacks):
    before = queries_for(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        add_clinicians(18)
    assert len(soup(client.get("/our-team/")).select(".team-card")) == 20
    assert len(soup(client.get("/our-team/")).select(".team-card img[alt='A clinician smiling']")) == 18
    assert queries_for(client, url) == before <= QUERY_BUDGET


def test_a_clinician_with_no_spanish_role_shows_the_english_one_on_the_page_and_in_json_ld(
    client, fibromyalgia_es, django_capture_on_commit_callbacks
):
    jordan = Clinician.objects.get(slug="jordan-example")
    jordan.role_es = ""
    with django_capture_on_commit_callbacks(execute=True):
        jordan.save()
    response = client.get(fibromyalgia_es.url)
    review_line = soup(response).select_one(".review-line").get_text()
    reviewed_by = next(entry for entry in json_ld(response) if entry["@type"] == "MedicalWebPage")["reviewedBy"]
    assert f"({jordan.role})" in review_line
    assert reviewed_by["jobTitle"] == jordan.role
    assert soup(client.get("/es/nuestro-equipo/jordan-example/")).select_one(".lead").get_text() == jordan.role
