"""A clinic's two fixed footer links become the first of its editable list, and its own flagged phrases
join the built-in ones, so nothing staff chose is lost."""

import pytest

from clinical_review.flagged_phrases import FLAGGED_PHRASES

BEFORE = [("clinic", "0003_locations")]
AFTER = [("clinic", "0004_footer_links_and_reading_grade")]


@pytest.mark.django_db(transaction=True)
def test_the_footer_links_and_flagged_phrases_carry_over_and_back(migrator):
    old = migrator.apply_initial_migration(BEFORE)
    Page = old.apps.get_model("wagtailcore", "Page")
    home = Page.objects.get(depth=2)
    privacy, accessibility = home.pk, Page.objects.get(depth=1).pk
    site = old.apps.get_model("wagtailcore", "Site").objects.get(is_default_site=True)
    old.apps.get_model("clinic", "ClinicSettings").objects.create(
        site=site,
        clinic_name="Desert Pain Clinic",
        phone="480.555.0100",
        flagged_phrases="life-changing\ncure",
        privacy_page_id=privacy,
        accessibility_page_id=accessibility,
    )

    new = migrator.apply_tested_migration(AFTER)
    clinic = new.apps.get_model("clinic", "ClinicSettings").objects.get()
    links = new.apps.get_model("clinic", "FooterLink").objects.order_by("sort_order")
    assert [link.page_id for link in links.filter(clinic=clinic)] == [privacy, accessibility]
    assert clinic.privacy_page_id == privacy
    assert clinic.flagged_phrases.splitlines() == [*FLAGGED_PHRASES, "life-changing"]

    back = migrator.apply_tested_migration(BEFORE)
    clinic = back.apps.get_model("clinic", "ClinicSettings").objects.get()
    assert (clinic.privacy_page_id, clinic.accessibility_page_id) == (privacy, accessibility)
    assert clinic.flagged_phrases == "life-changing"
