"""Locations as patients and staff meet them: one or several, in the header, footer, contact page and
JSON-LD; edited in the admin; kept in the page cache only while "open now" is still right."""

import datetime
import json

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from clinic.models import Location, LocationHours, SpecialDate
from staff.roles import CLINIC_MANAGERS, EDITORS, MEDICAL_REVIEWERS
from tests.admin_forms import form_data
from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db
QUERY_BUDGET = 10


def json_ld(response):
    return json.loads(soup(response).find("script", type="application/ld+json").string)["@graph"]


def keep_only_the_first_location():
    Location.objects.exclude(slug="chandler").delete()


def add_locations(count):
    for number in range(count):
        place = Location(name=f"Branch {number}", slug=f"branch-{number}", sort_order=10 + number, city="Tempe")
        place.weekly_hours = [LocationHours(weekday=0, opens=datetime.time(9), closes=datetime.time(17))]
        place.special_dates = [SpecialDate(start=timezone.localdate() + datetime.timedelta(days=3))]
        place.save()


def test_with_one_location_the_footer_and_contact_page_show_it_directly(client, contact_page, home):
    keep_only_the_first_location()
    page = soup(client.get(home.url))
    footer = page.find("footer")
    assert "Chandler, AZ" in footer.find("address").get_text()
    assert footer.select_one(".site-footer__hours") and not footer.select_one(".site-footer__locations")
    assert "Monday to Friday" in page.select_one(".contact-block").get_text()

    contact = soup(client.get(contact_page.url)).find("main")
    assert [h.get_text() for h in contact.find_all("h2")] == [
        "Call or book",
        "Find us",
        "Opening hours",
        "Services here",
    ]
    assert contact.select_one(".open-status")


def test_with_several_locations_every_page_lists_them_all(client, contact_page, fibromyalgia):
    page = soup(client.get(fibromyalgia.url))
    listed = page.select(".site-footer__locations li a")
    assert [(a.get_text(), a["href"]) for a in listed] == [
        ("Chandler", "/locations/chandler/"),
        ("Second location (example)", "/locations/example-second-location/"),
    ]
    assert not page.select_one(".site-footer__hours")
    contact = soup(client.get(contact_page.url)).find("main")
    assert [h.get_text() for h in contact.select("section.location > h2")] == [
        "Chandler",
        "Second location (example)",
    ]
    assert len(contact.select(".open-status")) == 2


def test_the_header_keeps_the_clinics_main_phone_number(client, home):
    Location.objects.filter(slug="example-second-location").update(phone="480.555.0199")
    page = soup(client.get(home.url))
    assert page.select_one(".phone-link")["href"] == "tel:4803064372"
    assert "480.555.0199" in visible_text(client.get("/locations/example-second-location/"))


def test_a_location_page_has_everything_a_patient_needs_to_get_there(client):
    place = Location.objects.get(slug="example-second-location")
    closure = SpecialDate(location=place, start=timezone.localdate() + datetime.timedelta(days=3), note="Staff day")
    closure.save()
    response = client.get("/locations/example-second-location/")
    page = soup(response).find("main")
    text = " ".join(page.get_text(" ").split()).replace(" (today)", "")
    assert page.find("h1").get_text() == "Second location (example)"
    assert "100 Example Street, Suite 1 (example address: replace it)" in text
    assert "Parking: Example: free parking" in text
    assert "Step-free access: Example: step-free entrance" in text
    assert "Tuesday, 9:00 AM to 12:00 PM and 1:00 PM to 5:00 PM" in text
    assert closure.text in text and closure.text.endswith("(Staff day)")
    directions = next(a for a in page.find_all("a") if "Get directions" in a.get_text())
    assert directions["href"].startswith("https://www.google.com/maps/search/?api=1&query=100+Example+Street")
    # Nothing is loaded from a map site: no iframe, no off-site image or script.
    assert not page.find("iframe") and not page.select("img[src^='http'], script[src^='http']")
    assert soup(response).find("link", rel="canonical")["href"].endswith("/locations/example-second-location/")
    assert soup(response).find("title").get_text().startswith("Second location (example) |")


def test_an_unknown_location_is_a_not_found_page(client):
    response = client.get("/locations/atlantis/")
    assert response.status_code == 404
    assert "480.306.4372" in visible_text(response)


def test_the_spanish_location_page_links_back_to_the_same_location_in_english(client):
    page = soup(client.get("/es/ubicaciones/example-second-location/"))
    assert page.find("h1").get_text() == "Segunda ubicación (ejemplo)"
    assert page.select_one(".language-switcher a")["href"] == "/locations/example-second-location/"
    alternates = {link["hreflang"]: link["href"] for link in page.find_all("link", rel="alternate")}
    assert alternates["en"].endswith("/locations/example-second-location/")
    assert alternates["es"].endswith("/es/ubicaciones/example-second-location/")
    text = " ".join(page.find("main").get_text(" ").split()).replace(" (hoy)", "")
    assert "Estacionamiento: Ejemplo: estacionamiento gratuito" in text
    assert "Martes, de 9:00 a. m. a 12:00 p. m. y de 1:00 p. m. a 5:00 p. m." in text


def test_the_sitemap_lists_every_location_in_both_languages(client):
    sitemap = client.get("/sitemap.xml").content.decode()
    for path in ["/locations/chandler/", "/es/ubicaciones/example-second-location/"]:
        assert f"{path}</loc>" in sitemap


def test_json_ld_has_one_medical_clinic_per_location_tied_to_the_organisation(client, home):
    graph = json_ld(client.get(home.url))
    organisation = next(entry for entry in graph if entry["@type"] == "MedicalOrganization")
    clinics = [entry for entry in graph if entry["@type"] == "MedicalClinic"]
    assert [entry["@id"] for entry in clinics] == [item["@id"] for item in organisation["location"]]
    assert len(clinics) == 2
    chandler, second = clinics
    assert chandler["parentOrganization"] == {"@id": organisation["@id"]}
    assert chandler["telephone"] == "480.306.4372"
    assert chandler["url"].endswith("/locations/chandler/")
    assert chandler["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
            "opens": "09:00",
            "closes": "17:00",
        }
    ]
    assert second["address"]["addressLocality"] == "Mesa"
    assert {"dayOfWeek": ["Tuesday", "Thursday"], "opens": "13:00", "closes": "17:00"}.items() <= next(
        spec for spec in second["openingHoursSpecification"] if spec["opens"] == "13:00"
    ).items()
    special = chandler["specialOpeningHoursSpecification"][0]
    assert special["opens"] == special["closes"] == "00:00"  # closed all day
    assert datetime.date.fromisoformat(special["validFrom"]) >= timezone.localdate()


def test_changed_hours_and_midnight_in_json_ld(client, home):
    place = Location.objects.get(slug="chandler")
    place.weekly_hours = [LocationHours(weekday=4, opens=datetime.time(18), closes=datetime.time(0))]
    day = timezone.localdate() + datetime.timedelta(days=2)
    place.special_dates = [SpecialDate(start=day, closed=False, opens=datetime.time(9), closes=datetime.time(13))]
    place.save()
    chandler = next(entry for entry in json_ld(client.get(home.url)) if entry["@id"].endswith("#location-chandler"))
    assert chandler["openingHoursSpecification"][0]["closes"] == "23:59"
    assert chandler["specialOpeningHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "validFrom": day.isoformat(),
            "validThrough": day.isoformat(),
            "opens": "09:00",
            "closes": "13:00",
        }
    ]


def location_edit_url(place):
    return reverse("wagtailsnippets_clinic_location:edit", args=[place.pk])


def test_a_manager_adds_a_lunch_break_in_the_admin_and_patients_see_it(client, django_user_model, setup_groups):
    manager = django_user_model.objects.create_user("pat", password="x")
    manager.groups.add(Group.objects.get(name=CLINIC_MANAGERS))
    client.force_login(manager)
    place = Location.objects.get(slug="chandler")
    url = location_edit_url(place)
    data = form_data(client.get(url), "w-editor-form")
    count = int(data["weekly_hours-TOTAL_FORMS"])
    # Monday (the first row) now closes for lunch; a second Monday period is added after the others.
    data["weekly_hours-0-closes"] = "12:00"
    data.update(
        {
            f"weekly_hours-{count}-weekday": "0",
            f"weekly_hours-{count}-opens": "13:00",
            f"weekly_hours-{count}-closes": "17:00",
            f"weekly_hours-{count}-id": "",
            f"weekly_hours-{count}-DELETE": "",
            "weekly_hours-TOTAL_FORMS": str(count + 1),
            "action-publish": "action-publish",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, soup(response).select(".error-message")
    client.logout()
    text = visible_text(client.get("/locations/chandler/")).replace(" (today)", "")
    assert "Monday, 9:00 AM to 12:00 PM and 1:00 PM to 5:00 PM Tuesday to Friday, 9:00 AM to 5:00 PM" in text


def test_times_for_a_closed_date_are_explained_next_to_the_field(admin_client):
    place = Location.objects.get(slug="chandler")
    url = location_edit_url(place)
    data = form_data(admin_client.get(url), "w-editor-form")
    data["special_dates-0-opens"] = "10:00"  # the first holiday is marked closed
    response = admin_client.post(url, data)
    assert response.status_code == 200
    errors = soup(response).select(".error-message")
    assert any("This date is marked closed" in error.get_text() for error in errors)
    assert Location.objects.get(pk=place.pk).special_dates.first().opens is None  # nothing half-saved


@pytest.fixture
def setup_groups():
    from staff.roles import setup_roles

    return setup_roles()


@pytest.mark.parametrize(("role", "allowed"), [(CLINIC_MANAGERS, True), (EDITORS, False), (MEDICAL_REVIEWERS, False)])
def test_only_clinic_managers_edit_locations(client, django_user_model, setup_groups, role, allowed):
    user = django_user_model.objects.create_user("someone", password="x")
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    response = client.get(location_edit_url(Location.objects.get(slug="chandler")))
    assert (response.status_code == 200) is allowed


@override_settings(PAGE_CACHE_SECONDS=600)
@pytest.mark.parametrize("url", ["/locations/chandler/", "/locations/", "/contact/"])
def test_a_cached_page_is_kept_only_until_open_now_changes(client, url):
    now = timezone.now()
    status = Location.objects.get(slug="chandler").status(now)
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    kept = int(response["Cache-Control"].rsplit("s-maxage=", 1)[1])
    assert kept <= min(600, (status.changes_at - now).total_seconds())


@override_settings(PAGE_CACHE_SECONDS=600)
def test_pages_without_open_now_keep_the_usual_time(client, fibromyalgia):
    response = client.get(fibromyalgia.url)
    assert response["Cache-Control"].endswith("s-maxage=600")


def test_saving_a_location_changes_every_page_at_once(client, home, django_capture_on_commit_callbacks):
    assert "Mesa" in visible_text(client.get(home.url))
    place = Location.objects.get(slug="example-second-location")
    place.city = "Gilbert"
    with django_capture_on_commit_callbacks(execute=True):
        place.save()
    assert "Gilbert" in visible_text(client.get(home.url))


def queries_for(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/locations/", "/locations/chandler/", "/contact/", "/es/ubicaciones/"])
def test_one_location_or_twenty_cost_the_same_queries(client, url, django_capture_on_commit_callbacks):
    keep_only_the_first_location()
    one = queries_for(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        add_locations(19)
    assert Location.objects.count() == 20
    assert len(soup(client.get("/locations/")).select(".location-card")) == 20
    assert queries_for(client, url) == one <= QUERY_BUDGET


def test_a_new_locations_slug_follows_its_name_and_its_time_zone_is_chosen_from_a_list(admin_client):
    form = soup(admin_client.get(reverse("wagtailsnippets_clinic_location:add")))
    name, slug = form.find(id="id_name"), form.find(id="id_slug")
    assert "w-sync" in name["data-controller"] and name["data-w-sync-target-value"] == "#id_slug"
    assert "w-sync#apply" in name["data-action"]
    assert slug["data-controller"] == "w-slug" and slug["data-w-slug-allow-unicode-value"] == "false"
    time_zone = form.find(id="id_time_zone")
    assert time_zone.name == "select"
    assert time_zone.find("option", selected=True)["value"] == "America/Phoenix"
    assert time_zone.find("option", value="America/New_York")
    # A location's address stays put when it is renamed.
    edit = soup(admin_client.get(location_edit_url(Location.objects.get(slug="chandler"))))
    assert "w-sync#apply" not in edit.find(id="id_name").get("data-action", "")
