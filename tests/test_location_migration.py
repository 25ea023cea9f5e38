"""A clinic from before locations keeps its address and weekly hours: they become its first location."""

import datetime

import pytest

BEFORE = [("clinic", "0002_spanish_wording"), ("people", "0001_initial")]
AFTER = [("clinic", "0003_locations"), ("people", "0002_profiles")]


def build_old_shape(apps):
    site = apps.get_model("wagtailcore", "Site").objects.get(is_default_site=True)
    clinic = apps.get_model("clinic", "ClinicSettings").objects.create(
        site=site,
        clinic_name="Desert Pain Clinic",
        phone="480.555.0100",
        street_address="12 Saguaro Way, Suite 3",
        city="Chandler",
        region="AZ",
        postcode="85225",
        country="United States",
    )
    rows = apps.get_model("clinic", "OpeningHours").objects
    # Entered out of order, with Sunday marked closed.
    for weekday in (2, 0, 1):
        rows.create(clinic=clinic, weekday=weekday, opens=datetime.time(9), closes=datetime.time(17, 30))
    rows.create(clinic=clinic, weekday=6, closed=True)
    clinicians = apps.get_model("people", "Clinician").objects
    clinicians.create(name="Dr. Ana Ruiz", credentials="MD")
    clinicians.create(name="Ana Ruiz", credentials="NP")


@pytest.mark.django_db(transaction=True)
def test_the_address_and_hours_move_into_the_first_location_and_back(migrator):
    old = migrator.apply_initial_migration(BEFORE)
    build_old_shape(old.apps)

    new = migrator.apply_tested_migration(AFTER)
    location = new.apps.get_model("clinic", "Location").objects.get()
    assert (location.name, location.slug) == ("Chandler", "chandler")
    assert [location.street_address, location.city, location.region, location.postcode, location.country] == [
        "12 Saguaro Way, Suite 3",
        "Chandler",
        "AZ",
        "85225",
        "United States",
    ]
    hours = location.weekly_hours.order_by("weekday")
    assert [(row.weekday, row.opens, row.closes) for row in hours] == [
        (day, datetime.time(9), datetime.time(17, 30)) for day in (0, 1, 2)
    ]
    clinic = new.apps.get_model("clinic", "ClinicSettings").objects.get()
    assert (clinic.clinic_name, clinic.phone) == ("Desert Pain Clinic", "480.555.0100")
    assert not hasattr(clinic, "street_address")
    # Every clinician gets a profile address of their own.
    slugs = new.apps.get_model("people", "Clinician").objects.order_by("pk").values_list("slug", flat=True)
    assert list(slugs) == ["ana-ruiz", "ana-ruiz-2"]

    # Going back returns the address and hours to the clinic details.
    back = migrator.apply_tested_migration(BEFORE)
    clinic = back.apps.get_model("clinic", "ClinicSettings").objects.get()
    assert clinic.street_address == "12 Saguaro Way, Suite 3"
    days = {row.weekday: row for row in clinic.opening_hours.all()}
    assert days[0].opens == datetime.time(9) and days[6].closed
