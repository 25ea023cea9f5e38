"""The clinical review's thresholds and flagged phrases move from each site's clinic details to the
clinical review's own setting, and back, without losing a value or who may change them."""

import pytest

BEFORE = [("clinic", "0004_footer_links_and_reading_grade"), ("clinical_review", "0001_initial")]
AFTER = [("clinic", "0005_review_settings_moved")]
MOVED = {
    "review_interval_months": 6,
    "flagged_phrases": "life-changing\ncure",
    "reading_grade_target": 7,
}
SECOND = {"review_interval_months": 24, "flagged_phrases": "", "reading_grade_target": 10}


def values(row):
    return {name: getattr(row, name) for name in MOVED}


@pytest.mark.django_db(transaction=True)
def test_each_sites_review_settings_move_to_their_own_setting_and_back(migrator):
    old = migrator.apply_initial_migration(BEFORE)
    Site = old.apps.get_model("wagtailcore", "Site")
    main = Site.objects.get(is_default_site=True)
    second = Site.objects.create(hostname="second.example", port=80, root_page_id=main.root_page_id)
    ClinicSettings = old.apps.get_model("clinic", "ClinicSettings")
    ClinicSettings.objects.create(site=main, clinic_name="Desert Pain Clinic", phone="480.555.0100", **MOVED)
    ClinicSettings.objects.create(site=second, clinic_name="Second Clinic", phone="480.555.0101", **SECOND)
    content_type, _ = old.apps.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="clinic", model="clinicsettings"
    )
    change_details, _ = old.apps.get_model("auth", "Permission").objects.get_or_create(
        content_type=content_type, codename="change_clinicsettings", defaults={"name": "Can change Clinic details"}
    )
    old.apps.get_model("auth", "Group").objects.create(name="Office team").permissions.add(change_details)

    new = migrator.apply_tested_migration(AFTER)
    ReviewSettings = new.apps.get_model("clinical_review", "ClinicalReviewSettings")
    assert values(ReviewSettings.objects.get(site_id=main.pk)) == MOVED
    assert values(ReviewSettings.objects.get(site_id=second.pk)) == SECOND
    office = new.apps.get_model("auth", "Group").objects.get(name="Office team")
    assert office.permissions.filter(
        content_type__app_label="clinical_review", codename="change_clinicalreviewsettings"
    ).exists()
    assert not hasattr(new.apps.get_model("clinic", "ClinicSettings").objects.get(site_id=main.pk), "flagged_phrases")

    back = migrator.apply_tested_migration(BEFORE)
    ClinicSettings = back.apps.get_model("clinic", "ClinicSettings")
    assert values(ClinicSettings.objects.get(site_id=main.pk)) == MOVED
    assert values(ClinicSettings.objects.get(site_id=second.pk)) == SECOND
