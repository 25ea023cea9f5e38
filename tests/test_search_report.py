"""The "What patients search for" report, as editors and managers read it: per language, the most searched
terms and the searches that found nothing over the last 30 days, counts only; and who may steer search."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from staff.roles import CLINIC_MANAGERS, EDITORS, MEDICAL_REVIEWERS
from stats.models import SearchTerm
from tests.html import soup
from tests.test_staff_roles import member

pytestmark = pytest.mark.django_db
REPORT = "/admin/reports/searches/"


def counted(term, searches, found_nothing=0, language="en", ago=0):
    day = timezone.localdate() - datetime.timedelta(days=ago)
    SearchTerm.objects.create(day=day, language=language, term=term, searches=searches, found_nothing=found_nothing)


def table(page, name):
    rows = page.select(f'table[data-terms="{name}"] tbody tr')
    return [tuple(cell.get_text(strip=True) for cell in row.find_all("td")) for row in rows]


@pytest.mark.parametrize("role", [EDITORS, CLINIC_MANAGERS])
def test_editors_and_managers_see_what_patients_searched_for(client, django_user_model, role):
    counted("migraine", 5, ago=1)
    counted("migraine", 4, ago=29)
    counted("migraine", 50, ago=30)  # before the 30 days
    counted("fibro", 3, found_nothing=1)
    counted("xylophone", 2, found_nothing=2)
    counted("precio", 7, language="es")
    counted("seguro dental", 1, found_nothing=1, language="es")
    client.force_login(member(django_user_model, "search-reader", role))
    page = soup(client.get(REPORT))
    assert table(page, "en-searched") == [("migraine", "9"), ("fibro", "3"), ("xylophone", "2")]
    assert table(page, "en-not-found") == [("xylophone", "2"), ("fibro", "1")]
    assert table(page, "es-searched") == [("precio", "7"), ("seguro dental", "1")]
    assert table(page, "es-not-found") == [("seguro dental", "1")]
    assert page.select_one('table[data-terms="es-searched"] tbody')["lang"] == "es"
    assert REPORT in client.get("/admin/").content.decode()  # in the Reports menu


def test_an_empty_period_says_so(client, django_user_model):
    client.force_login(member(django_user_model, "search-manager", CLINIC_MANAGERS))
    page = soup(client.get(REPORT))
    assert page.select("table[data-terms]") == []
    assert len(page.find_all(string="None in this period.")) == 4


def test_a_reviewer_cannot_open_the_report(client, django_user_model):
    client.force_login(member(django_user_model, "search-reviewer", MEDICAL_REVIEWERS))
    counted("migraine", 5)
    response = client.get(REPORT)
    assert response.status_code in (302, 403) and b"migraine" not in response.content
    assert REPORT not in client.get("/admin/").content.decode()


@pytest.mark.parametrize(("role", "allowed"), [(EDITORS, True), (CLINIC_MANAGERS, True), (MEDICAL_REVIEWERS, False)])
def test_editors_and_managers_keep_synonyms_and_promoted_results(client, django_user_model, role, allowed):
    client.force_login(member(django_user_model, "search-steerer", role))
    for address in (reverse("wagtailsnippets_site_search_searchsynonyms:add"), reverse("wagtailsearchpromotions:add")):
        assert (client.get(address).status_code == 200) is allowed, address


def test_an_editor_adds_synonyms_in_the_admin_and_patients_find_by_them(client, django_user_model):
    editor = member(django_user_model, "search-editor", EDITORS)
    client.force_login(editor)
    address = reverse("wagtailsnippets_site_search_searchsynonyms:add")
    response = client.post(address, {"language": "en", "words": "atomiser"})
    assert response.status_code == 200 and "at least two" in response.content.decode()
    response = client.post(address, {"language": "en", "words": "Atomiser, nasal spray"})
    assert response.status_code == 302
    client.logout()
    links = [a["href"] for a in soup(client.get("/search/", {"q": "atomisers"})).select(".search-results h2 a")]
    assert links[:1] == ["/conditions-treatments/ketamine-therapy-chronic-pain-migraine/"]


def test_search_terms_are_purged_with_the_other_daily_counts(settings):
    settings.VISIT_COUNT_RETENTION_MONTHS = 1
    counted("migraine", 3, ago=40)
    counted("fibro", 2, ago=2)
    call_command("purge_visit_counts", stdout=io.StringIO())
    assert list(SearchTerm.objects.values_list("term", flat=True)) == ["fibro"]
