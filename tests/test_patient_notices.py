"""What patients ask before they book: costs, the first visit, safety, rights notices, in both languages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from clinic.models import FooterLink
from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db


def main(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return soup(response).find("main")


def test_the_price_table_says_ask_us_with_the_phone_number_and_when_prices_were_checked(client):
    page = main(client, "/costs/")
    table = page.select_one("table.price-table")
    assert [th.get_text() for th in table.select("thead th")] == ["Service", "Price", "What is included", "Notes"]
    rows = table.select("tbody tr")
    assert rows[0].find("th", scope="row").get_text() == "First consultation"
    assert {row.select("td")[0].get_text() for row in rows} == {"Ask us"}
    checked = page.select_one(".prices__checked")
    assert checked.find("time")["datetime"] == "2026-12-01"
    assert checked.find("a")["href"] == "tel:4803064372"
    text = visible_text(client.get("/costs/"))
    assert "Good Faith Estimate" in text and "$400 or more" in text and "1-800-985-3059" in text


def test_the_spanish_price_table_is_in_spanish(client):
    page = main(client, "/es/costos/")
    assert [th.get_text() for th in page.select("thead th")] == ["Servicio", "Precio", "Qué incluye", "Notas"]
    assert "Precios revisados el 1 de diciembre de 2026" in " ".join(page.get_text(" ").split())


def test_the_first_visit_is_numbered_steps_with_how_long_and_what_to_bring(client):
    steps = main(client, "/first-visit/").select("ol.steps__list > li")
    assert len(steps) == 5
    assert steps[1].find("h3").get_text() == "You check in"
    facts = " ".join(steps[1].select_one(".steps__facts").get_text(" ").split())
    assert facts == "How long: About 10 minutes What to bring: Photo ID, and your insurance card if you have one"


@pytest.mark.parametrize(
    "url",
    [
        "/conditions-treatments/ketamine-therapy-chronic-pain-migraine/",
        "/conditions-treatments/ketamine-therapy-fibromyalgia/",
    ],
)
def test_each_article_has_safety_information_with_the_fda_warnings(client, url):
    safety = main(client, url).select_one("section.safety")
    text = " ".join(safety.get_text(" ").split())
    for words in (
        "Who should not have it",
        "Slowed breathing",
        "A rise in blood pressure",
        "Bladder",
        "Misuse",
        "When to call us",
        "When to call 911",
    ):
        assert words in text, words
    assert "Feeling sick (nausea): common" in text
    assert safety.select_one(".callout--urgent")


def test_the_article_says_its_troches_and_spray_are_compounded_and_not_fda_approved(client):
    text = visible_text(client.get("/conditions-treatments/ketamine-therapy-chronic-pain-migraine/"))
    assert "Compounded medicines are not FDA-approved" in text
    assert "locked away" in text and "Bring back any doses" in text
    assert "may lift low mood" not in text and "steady" not in text


def test_the_fibromyalgia_article_describes_the_forms_this_clinic_gives(client):
    text = visible_text(client.get("/conditions-treatments/ketamine-therapy-fibromyalgia/"))
    assert "You take your first dose at the clinic" in text
    assert "We do not give drips" in text
    assert "with you throughout" not in text


def test_taglines_carry_their_language_and_direction(client):
    taglines = main(client, "/nondiscrimination/").select(".taglines__list li")
    marks = {li["lang"]: li["dir"] for li in taglines}
    assert marks == {"es": "ltr", "vi": "ltr", "zh-Hant": "ltr", "ar": "rtl", "tl": "ltr", "ko": "ltr"}
    assert all(li.find("a")["href"] == "tel:4803064372" for li in taglines)


def test_the_nondiscrimination_page_says_how_to_get_help_and_complain(client):
    text = visible_text(client.get("/nondiscrimination/"))
    for words in ("national origin", "disability", "711", "interpreters", "1-800-368-1019", "hhs.gov/ocr"):
        assert words in text, words


def test_the_notice_of_privacy_practices_has_its_date_and_document(client):
    page = main(client, "/notice-of-privacy-practices/")
    assert page.find("h1").get_text() == "Notice of Privacy Practices"
    assert page.select_one(".notice__meta time")["datetime"] == "2026-12-01"
    download = page.select_one("a[download]")
    assert " ".join(download.get_text().split()).startswith("Download the full notice (TXT, ")
    assert "0 bytes" not in download.get_text()
    assert client.get(download["href"]).status_code == 200
    spanish = main(client, "/es/aviso-de-practicas-de-privacidad/")
    assert spanish.find("h1").get_text() == "Aviso de prácticas de privacidad"
    assert "Descargar el aviso completo" in spanish.get_text()


def test_staff_choose_the_footer_links_and_spanish_pages_link_the_translations(client, clinic):
    costs = Page.objects.get(slug="costs")
    nondiscrimination = Page.objects.get(slug="nondiscrimination")
    clinic.footer_links = [FooterLink(page=costs, sort_order=0), FooterLink(page=nondiscrimination, sort_order=1)]
    clinic.save()
    footer = soup(client.get("/es/")).find("footer")
    assert [(a.get_text(), a["href"]) for a in footer.select(".footer-links a")] == [
        ("Costos y seguro médico", "/es/costos/"),
        ("No discriminación y ayuda con el idioma", "/es/no-discriminacion/"),
    ]


def test_a_footer_link_to_an_unpublished_page_is_left_out(client, clinic):
    Page.objects.get(slug="nondiscrimination").specific.unpublish()
    footer = soup(client.get("/")).find("footer")
    assert "Nondiscrimination and language help" not in footer.get_text()
    assert "Notice of Privacy Practices" in footer.get_text()


@pytest.mark.parametrize(
    "url",
    [
        "/costs/",
        "/first-visit/",
        "/nondiscrimination/",
        "/notice-of-privacy-practices/",
        "/es/costos/",
        "/es/aviso-de-practicas-de-privacidad/",
    ],
)
def test_the_new_pages_stay_within_the_query_budget(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    assert len(queries) <= 10, [query["sql"] for query in queries]


def test_a_manager_adds_a_footer_link_in_the_clinic_details_and_every_page_shows_it(client, django_user_model, site):
    from django.contrib.auth.models import Group
    from django.urls import reverse

    from staff.roles import CLINIC_MANAGERS, setup_roles
    from tests.admin_forms import form_data

    setup_roles()
    manager = django_user_model.objects.create_user("pat", password="x")
    manager.groups.add(Group.objects.get(name=CLINIC_MANAGERS))
    client.force_login(manager)
    url = reverse("wagtailsettings:edit", args=["clinic", "clinicsettings", site.pk])
    data = form_data(client.get(url), "w-editor-form")
    count = int(data["footer_links-TOTAL_FORMS"])
    assert count == 4
    data.update(
        {
            f"footer_links-{count}-page": str(Page.objects.get(slug="costs").pk),
            f"footer_links-{count}-id": "",
            f"footer_links-{count}-ORDER": str(count + 1),
            f"footer_links-{count}-DELETE": "",
            "footer_links-TOTAL_FORMS": str(count + 1),
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, soup(response).select(".error-message")
    client.logout()
    for path in ("/", "/es/costos/"):
        links = [a.get_text() for a in soup(client.get(path)).select("footer .footer-links a")]
        assert links[-1] == ("Costs and insurance" if path == "/" else "Costos y seguro médico"), path
        assert len(links) == 5
