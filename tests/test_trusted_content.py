"""Clinical review, references, notices, structured data and SEO on health articles."""

import datetime
import json
from xml.etree import ElementTree

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page

from clinical_review.schedule import add_months
from pages.models import ArticlePage, StandardPage
from people.models import Clinician
from tests.html import soup, visible_text
from topics.models import Topic

pytestmark = pytest.mark.django_db


def json_ld(response):
    """{type: item} for each item of the page's JSON-LD graph."""
    scripts = soup(response).find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    data = json.loads(scripts[0].string)
    assert data["@context"] == "https://schema.org"
    return {item["@type"]: item for item in data["@graph"]}


def review_line(response):
    return " ".join(soup(response).find(class_="review-line").get_text().split())


def test_article_names_its_reviewer_and_next_review(client, pain_article):
    assert review_line(client.get(pain_article.url)) == (
        "Medically reviewed by Dr. Jordan Example, MD (Medical reviewer, example profile) on September 10, 2026. "
        "Next review due September 2027."
    )


def test_review_interval_comes_from_the_settings(client, review_settings, fibromyalgia):
    review_settings.review_interval_months = 6
    review_settings.save()
    assert review_line(client.get(fibromyalgia.url)).endswith("Next review due April 2027.")


def test_a_new_review_interval_reaches_pages_already_cached(
    client, review_settings, fibromyalgia, django_capture_on_commit_callbacks
):
    twelve_months = review_line(client.get(fibromyalgia.url))
    review_settings.review_interval_months = 6
    with django_capture_on_commit_callbacks(execute=True):
        review_settings.save()
    assert review_line(client.get(fibromyalgia.url)) != twelve_months
    assert review_line(client.get(fibromyalgia.url)).endswith("Next review due April 2027.")


def test_an_unreviewed_article_says_so(client, article_index):
    article = article_index.add_child(instance=ArticlePage(title="New note", summary="A note.", body=[]))
    assert review_line(client.get(article.url)) == "This article has not yet been medically reviewed."


def test_add_months_keeps_within_short_months():
    assert add_months(datetime.date(2026, 1, 31), 1) == datetime.date(2026, 2, 28)
    assert add_months(datetime.date(2026, 9, 10), 12) == datetime.date(2027, 9, 10)
    assert add_months(datetime.date(2026, 3, 15), -13) == datetime.date(2025, 2, 15)


@pytest.fixture
def review_cases(article_index, pain_article, fibromyalgia):
    """Three articles: reviewed 13 months ago, last month, and never."""
    today = timezone.localdate()
    pain_article.last_reviewed = add_months(today, -13)
    pain_article.save()
    fibromyalgia.last_reviewed = add_months(today, -1)
    fibromyalgia.save()
    never = article_index.add_child(instance=ArticlePage(title="Never reviewed note", summary="A note.", body=[]))
    return pain_article, fibromyalgia, never


def test_report_lists_overdue_and_never_reviewed_articles(admin_client, review_cases, fibromyalgia_es):
    overdue, recent, never = review_cases
    response = admin_client.get(reverse("reviews_due"))
    assert response.status_code == 200
    rows = {row.find("a").get_text(strip=True): row for row in soup(response).select("table.listing tbody tr")}
    # The English fibromyalgia article was reviewed after its Spanish translation was.
    assert set(rows) == {overdue.title, never.title, fibromyalgia_es.title}
    assert "Translation out of date" in rows[fibromyalgia_es.title].get_text()
    assert "Español" in rows[fibromyalgia_es.title].get_text()
    assert "Overdue" in rows[overdue.title].get_text()
    assert "Never reviewed" in rows[never.title].get_text()
    assert rows[overdue.title].find("a")["href"] == reverse("wagtailadmin_pages:edit", args=[overdue.pk])


def test_report_exports_a_spreadsheet(admin_client, review_cases):
    response = admin_client.get(reverse("reviews_due") + "?export=csv")
    assert response.status_code == 200
    csv = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "Never reviewed note" in csv and "Overdue" in csv


def test_dashboard_counts_articles_needing_review(admin_client, review_cases):
    text = visible_text(admin_client.get(reverse("wagtailadmin_home")))
    assert "3 articles need a medical review" in text
    assert "1 of them translation older than its source" in text


def test_report_is_listed_in_the_reports_menu(admin_client):
    assert reverse("reviews_due").encode() in admin_client.get(reverse("wagtailadmin_home")).content


def test_notices_and_references_are_shown(client, clinic, fibromyalgia):
    page = soup(client.get(fibromyalgia.url))
    notes = [note.get_text(" ", strip=True) for note in page.select("[role=note]")]
    assert any(note.startswith("Important: Regulatory status") and "not FDA-approved" in note for note in notes)
    assert any(note.startswith("Urgent: Getting help now") and "988" in note and "911" in note for note in notes)
    references = page.find("section", class_="references")
    assert references.h2.get_text() == "References"
    links = [a["href"] for a in references.select("li a")]
    assert "https://doi.org/10.31486/toj.21.0038" in links
    assert len(references.select("li")) == 3


def test_urgent_help_wording_is_edited_in_the_settings(client, clinic, fibromyalgia):
    clinic.urgent_help_text = "Call 911 in an emergency, or our on-call line."
    clinic.save()
    assert "our on-call line" in visible_text(client.get(fibromyalgia.url))


def test_article_json_ld_describes_the_page_from_the_model(client, clinic, fibromyalgia):
    items = json_ld(client.get(fibromyalgia.url))
    assert set(items) == {"MedicalOrganization", "MedicalClinic", "BreadcrumbList", "MedicalWebPage", "FAQPage"}
    page = items["MedicalWebPage"]
    assert page["name"] == fibromyalgia.title
    assert page["description"] == fibromyalgia.summary
    assert page["datePublished"] == "2026-10-05"
    assert page["lastReviewed"] == "2026-10-01"
    assert page["dateModified"] == fibromyalgia.last_published_at.isoformat()
    assert page["reviewedBy"] == {
        "@type": "Person",
        "name": "Dr. Jordan Example",
        "honorificSuffix": "MD",
        "jobTitle": "Medical reviewer, example profile",
        "url": "http://localhost/our-team/jordan-example/",
    }
    # The conditions the article is tagged with, each with its topic page.
    assert page["about"] == [
        {"@type": "MedicalCondition", "name": "Chronic pain", "url": "http://localhost/topics/chronic-pain/"},
        {"@type": "MedicalCondition", "name": "Fibromyalgia", "url": "http://localhost/topics/fibromyalgia/"},
    ]
    assert page["audience"]["audienceType"] == "Patient"

    faq = items["FAQPage"]["mainEntity"]
    assert [question["name"] for question in faq][0] == "Is ketamine approved for fibromyalgia?"
    assert faq[0]["acceptedAnswer"]["text"].startswith("No. Ketamine is not FDA-approved for fibromyalgia.")
    assert len(faq) == 4

    crumbs = items["BreadcrumbList"]["itemListElement"]
    assert [crumb["name"] for crumb in crumbs] == ["Home", "Conditions & treatments", fibromyalgia.title]
    assert crumbs[-1]["item"].endswith(fibromyalgia.url)


def graph_of(response):
    return json.loads(soup(response).find("script", type="application/ld+json").string)["@graph"]


def test_every_page_describes_the_clinic_and_its_locations(client, clinic, home, contact_page):
    for url in (home.url, contact_page.url, "/search/?q=ketamine"):
        graph = graph_of(client.get(url))
        organisation = next(item for item in graph if item["@type"] == "MedicalOrganization")
        assert organisation["name"] == clinic.clinic_name
        assert organisation["telephone"] == clinic.phone
        assert organisation["medicalSpecialty"] == ["Anesthesia", "Neurologic"]
        assert organisation["potentialAction"]["target"]["urlTemplate"] == clinic.booking_url
        chandler = next(item for item in graph if item["@id"].endswith("#location-chandler"))
        assert chandler["@type"] == "MedicalClinic"
        assert chandler["name"] == f"{clinic.clinic_name} – Chandler"
        assert chandler["address"] == {
            "@type": "PostalAddress",
            "addressLocality": "Chandler",
            "addressRegion": "AZ",
            "addressCountry": "United States",
        }
        assert chandler["openingHoursSpecification"] == [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
                "opens": "09:00",
                "closes": "17:00",
            }
        ]
        assert chandler["potentialAction"]["target"]["urlTemplate"] == clinic.booking_url
    assert set(json_ld(client.get(home.url))) == {"MedicalOrganization", "MedicalClinic"}
    assert set(json_ld(client.get(contact_page.url))) == {"MedicalOrganization", "MedicalClinic", "BreadcrumbList"}


def test_without_a_booking_url_there_is_no_reserve_action(client, clinic, home):
    clinic.booking_url = ""
    clinic.save()
    assert not any("potentialAction" in item for item in graph_of(client.get(home.url)))


def test_staff_text_cannot_break_out_of_the_page(client, fibromyalgia):
    attack = "</script><script>alert(1)</script>"
    fibromyalgia.body[-1].value["items"][0]["question"] = attack
    fibromyalgia.save_revision().publish()
    response = client.get(fibromyalgia.url)
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert html.count("<script") == 1  # only the JSON-LD element itself
    questions = json_ld(response)["FAQPage"]["mainEntity"]
    assert questions[0]["name"] == attack  # kept as text, intact
    assert soup(response).select(".faq summary")[0].get_text() == attack


def test_sitemap_lists_live_public_pages_and_no_drafts(client, home):
    draft = home.add_child(instance=StandardPage(title="Draft page", slug="draft-page", body=[], live=False))
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    sitemap = ElementTree.fromstring(response.content)
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = {loc.text for loc in sitemap.findall("s:url/s:loc", namespace)}
    live_urls = {page.full_url for page in Page.objects.filter(depth__gt=1).live()}  # both languages
    assert "http://localhost/es/" in live_urls
    # Each location, clinician and topic has a page of its own below the listing, in both languages.
    topics = Topic.objects.filter(live=True)
    entries = (
        {f"http://localhost/topics/{topic.slug}/" for topic in topics}
        | {f"http://localhost/es/temas/{topic.slug_es}/" for topic in topics}
        | {
            f"http://localhost{base}{slug}/"
            for base in ("/locations/", "/es/ubicaciones/")
            for slug in ("chandler", "example-second-location")
        }
        | {
            f"http://localhost{base}{slug}/"
            for base in ("/our-team/", "/es/nuestro-equipo/")
            for slug in ("jordan-example", "sam-sample")
        }
    )
    assert locations == live_urls | entries
    assert draft.full_url not in locations
    # Pages carry their last publication date; a location or a profile has none to give.
    assert len(sitemap.findall("s:url/s:lastmod", namespace)) == len(live_urls)


def test_robots_txt_points_at_the_sitemap_and_keeps_out_of_admin_booking_and_counter(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines == [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /book/",
        "Disallow: /v/",
        "Sitemap: http://localhost/sitemap.xml",
    ]


def test_every_page_has_a_canonical_link_title_and_description(client, home, clinic):
    for page in home.get_descendants(inclusive=True).live().specific():
        html = soup(client.get(page.url))
        assert html.find("link", rel="canonical")["href"] == page.full_url
        assert html.title.get_text().endswith(f" | {clinic.clinic_name}")
        description = html.find("meta", attrs={"name": "description"})["content"]
        assert description and description == page.meta_description, page.title


def test_seo_title_and_search_description_take_precedence(client, clinic, fibromyalgia):
    fibromyalgia.seo_title = "Fibromyalgia and ketamine"
    fibromyalgia.search_description = "What ketamine can and cannot do for fibromyalgia."
    fibromyalgia.save_revision().publish()
    html = soup(client.get(fibromyalgia.url))
    assert html.title.get_text() == f"Fibromyalgia and ketamine | {clinic.clinic_name}"
    assert html.find("meta", attrs={"name": "description"})["content"] == fibromyalgia.search_description


def test_articles_share_well_on_social_media(client, fibromyalgia):
    html = soup(client.get(fibromyalgia.url))
    meta = {
        tag.get("property") or tag.get("name"): tag["content"] for tag in html.find_all("meta") if tag.get("content")
    }
    assert meta["og:type"] == "article"
    assert meta["og:title"] == fibromyalgia.title
    assert meta["og:image"].startswith("http://localhost/media/") and ".fill-1200x630" in meta["og:image"]
    assert meta["twitter:card"] == "summary_large_image"


def test_search_pages_and_booking_are_kept_out_of_search_engines(client):
    search = client.get("/search/?q=ketamine")
    assert soup(search).find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert client.get("/book/")["X-Robots-Tag"] == "noindex"


def test_clinicians_are_listed_and_searchable_in_the_admin(admin_client):
    Clinician.objects.create(name="Dr. Ana Ruiz", credentials="DO", role="Pain physician")
    listing = admin_client.get(reverse("wagtailsnippets_people_clinician:list"))
    assert "Dr. Jordan Example" in visible_text(listing) and "Dr. Ana Ruiz" in visible_text(listing)
    found = admin_client.get(reverse("wagtailsnippets_people_clinician:list") + "?q=Ruiz")
    assert "Dr. Ana Ruiz" in visible_text(found) and "Dr. Jordan Example" not in visible_text(found)


def test_redirects_are_available_to_staff(admin_client):
    assert admin_client.get(reverse("wagtailredirects:index")).status_code == 200


def test_unknown_specialty_is_refused():
    from django.core.exceptions import ValidationError

    from clinic.models import specialties_validator

    with pytest.raises(ValidationError):
        specialties_validator("Anesthesia, Pain wizardry")
    specialties_validator("Anesthesia, Rheumatologic")


def reviews_due_titles(admin_client):
    response = admin_client.get(reverse("reviews_due"))
    return {row.find("a").get_text(strip=True) for row in soup(response).select("table.listing tbody tr")}


def test_a_translation_is_out_of_date_once_its_source_changes(admin_client, fibromyalgia, fibromyalgia_es):
    assert fibromyalgia_es.title not in reviews_due_titles(admin_client)
    fibromyalgia.save_revision().publish()  # the English changed after the Spanish was last published
    assert fibromyalgia_es.title in reviews_due_titles(admin_client)
    fibromyalgia_es.save_revision().publish()  # the Spanish brought up to date (through medical review)
    assert fibromyalgia_es.title not in reviews_due_titles(admin_client)


def test_a_spanish_article_shows_its_own_review(client, fibromyalgia, fibromyalgia_es):
    assert fibromyalgia_es.last_reviewed != fibromyalgia.last_reviewed
    line = soup(client.get(fibromyalgia_es.url)).find(class_="review-line").get_text(" ", strip=True)
    expected_day = f"{fibromyalgia_es.last_reviewed.day} de octubre de 2026"
    assert line.startswith(
        "Revisado por el Dr. Jordan Example, MD (Revisor médico, perfil de ejemplo) el " + expected_day
    )


def test_a_new_translation_starts_unreviewed(pain_article):
    french = Locale.objects.create(language_code="fr")
    translation = pain_article.copy_for_translation(french, copy_parents=True)
    translation.refresh_from_db()
    assert translation.specific.reviewed_by is None and translation.specific.last_reviewed is None
