import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Site

from clinic.models import ClinicSettings, Location
from demo.holidays import coming_holidays, federal_holidays
from demo.loader import STAFF_HAVE_EDITED
from pages.models import ArticlePage, HomePage, StandardPage
from people.models import Clinician
from tests.admin_forms import form_data_from_html
from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db


def soup_of(html):
    return BeautifulSoup(html, "html.parser")


def load_demo():
    call_command("load_demo_content", stdout=io.StringIO())


def test_demo_builds_the_whole_site(home, article_index):
    titles = {page.title for page in home.get_descendants().live()}
    assert titles == {
        "Conditions & treatments",
        "Ketamine therapy for chronic pain and migraine",
        "Ketamine therapy for fibromyalgia",
        "Contact us",
        "Locations",
        "Our team",
        "Conditions and treatments A–Z",
        "Ask us to call you back",
        "About us",
        "Privacy notice",
        "Accessibility statement",
        "Costs and insurance",
        "Your first visit",
        "Nondiscrimination and language help",
        "Notice of Privacy Practices",
        "Patient stories",
        "Example story: fibromyalgia and everyday walks",
        "Example story: migraine and a nasal spray",
    }
    assert article_index.title == "Conditions & treatments"


def test_demo_builds_from_wagtails_fresh_install(site, home):
    # A fresh install has Wagtail's placeholder "Welcome" page as the site root.
    root = Page.get_first_root_node()
    for language_home in root.get_children():
        language_home.delete()
    welcome = root.add_child(instance=Page(title="Welcome to your new Wagtail site!", slug="home"))
    site.root_page = welcome
    site.save()
    load_demo()
    new_home = HomePage.objects.get(locale__language_code="en")
    assert new_home.url == "/"
    assert HomePage.objects.get(locale__language_code="es").url == "/es/"
    assert Site.objects.get().pk == site.pk  # the same site, now rooted at the clinic's home page
    assert ArticlePage.objects.live().count() == 4  # two articles, in English and in Spanish


def test_running_it_again_changes_nothing(home):
    before = {page.pk: page.latest_revision_id for page in Page.objects.all()}
    load_demo()
    after = {page.pk: page.latest_revision_id for page in Page.objects.all()}
    assert after == before


def test_running_it_again_keeps_staff_edits(admin_user, home, fibromyalgia, clinic):
    staff_page = home.add_child(instance=StandardPage(title="Parking", body=[]))
    fibromyalgia.title = "Fibromyalgia and ketamine: our approach"
    fibromyalgia.save_revision(user=admin_user).publish()
    clinic.phone = "480.555.0100"
    clinic.save()

    load_demo()

    assert Page.objects.filter(pk=staff_page.pk).exists()
    fibromyalgia.refresh_from_db()
    assert fibromyalgia.title == "Fibromyalgia and ketamine: our approach"
    assert ClinicSettings.objects.get(pk=clinic.pk).phone == "480.555.0100"
    assert ArticlePage.objects.count() == 4


def test_on_a_site_staff_have_edited_it_changes_nothing(admin_client, home, pain_article):
    people = admin_client.get("/admin/snippets/people/clinician/")
    assert people.status_code == 200
    reviewer = Clinician.objects.get(slug="jordan-example")
    edit = f"/admin/snippets/people/clinician/edit/{reviewer.pk}/"
    html = admin_client.get(edit).content.decode()
    form_id = soup_of(html).find("input", {"name": "csrfmiddlewaretoken"}).find_parent("form")["id"]
    data = form_data_from_html(html, form_id) | {"name": "Dr. Renamed", "action-publish": "action-publish"}
    assert admin_client.post(edit, data).status_code == 302
    assert admin_client.post(f"/admin/pages/{pain_article.pk}/delete/").status_code == 302
    before = {page.pk: page.latest_revision_id for page in Page.objects.all()}

    output = io.StringIO()
    call_command("load_demo_content", stdout=output)

    assert output.getvalue().strip() == STAFF_HAVE_EDITED
    assert {page.pk: page.latest_revision_id for page in Page.objects.all()} == before
    assert list(Clinician.objects.values_list("name", flat=True)) == ["Dr. Renamed", "Sam Sample"]
    assert Location.objects.count() == 2


def test_running_it_again_restores_a_page_only_the_loader_touched(pain_article):
    pain_article.summary = "Changed by an import script."
    pain_article.save_revision().publish()
    load_demo()
    pain_article.refresh_from_db()
    assert pain_article.summary.startswith("Ketamine is a medicine")


def faq_questions(response):
    return [summary.get_text(strip=True) for summary in soup(response).select(".faq details summary")]


def test_both_articles_are_published_with_their_faqs(client, fibromyalgia, pain_article):
    assert fibromyalgia.live and pain_article.live
    assert "Is ketamine approved for fibromyalgia?" in faq_questions(client.get(fibromyalgia.url))
    assert "What happens at the first appointment?" in faq_questions(client.get(pain_article.url))


def test_articles_carry_the_key_facts_and_are_honest_about_limits(client, fibromyalgia, pain_article):
    pain = visible_text(client.get(pain_article.url))
    for fact in ["NMDA", "troches", "Nasal spray", "central sensitization", "off-label", "not a cure"]:
        assert fact.lower() in pain.lower(), fact
    fibro = visible_text(client.get(fibromyalgia.url))
    facts = ["not FDA-approved for fibromyalgia", "not a cure", "medical supervision", "respond in very different ways"]
    for fact in facts:
        assert fact.lower() in fibro.lower(), fact


def test_no_article_overstates_a_claim(client, fibromyalgia, pain_article):
    for article in (fibromyalgia, pain_article):
        text = visible_text(client.get(article.url)).lower()
        for claim in ["guaranteed", "100%", "no side effects", "cures "]:
            assert claim not in text, (article.title, claim)


def test_clinic_phone_is_in_the_header_and_footer_of_every_page(client, public_urls):
    for url in public_urls:
        page = soup(client.get(url))
        for landmark in ("header", "footer"):
            assert page.find(landmark).find("a", href="tel:4803064372"), (url, landmark)


def test_booking_link_is_a_marked_placeholder(clinic):
    assert clinic.booking_url.startswith("https://booking.example.com/")
    assert "replace" in clinic.booking_url


def test_the_spanish_demo_leaves_no_redirects_behind(home_es):
    from wagtail.contrib.redirects.models import Redirect

    assert not Redirect.objects.exists()


def test_demo_locations_close_on_the_coming_federal_holidays():
    chandler, second = Location.objects.all()
    assert "(example)" in second.name and "example address" in second.street_address
    closures = list(chandler.special_dates.all())
    coming = coming_holidays(timezone.localdate())
    assert [(row.start, row.note, row.note_es) for row in closures] == coming
    assert all(row.closed for row in closures)
    assert all("example profile" in clinician.role for clinician in Clinician.objects.all())


def test_federal_holidays_fall_on_the_days_they_are_observed():
    holidays = {name: day for day, name, _ in federal_holidays(2027)}
    assert holidays["Thanksgiving"] == datetime.date(2027, 11, 25)
    assert holidays["Independence Day"] == datetime.date(2027, 7, 5)  # a Sunday: observed Monday
    assert holidays["Christmas Day"] == datetime.date(2027, 12, 24)  # a Saturday: observed Friday
    assert holidays["Memorial Day"] == datetime.date(2027, 5, 31)  # the last Monday of May
    # New Year's Day 2028 is a Saturday, observed on Friday 31 December 2027.
    assert datetime.date(2027, 12, 31) in [day for day, *_ in coming_holidays(datetime.date(2027, 12, 1))]
