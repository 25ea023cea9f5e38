"""What patients see on each page, checked in the HTML the server sends."""

import datetime

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.utils import timezone

from clinic.models import Location, LocationHours
from clinic_site.views import CONTACT_CARD_CACHE_KEY, server_error
from pages.models import ArticlePage
from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db


def test_article_has_breadcrumbs_from_home(client, pain_article, article_index):
    crumbs = soup(client.get(pain_article.url)).find("nav", attrs={"aria-label": "Breadcrumb"})
    links = [(a.get_text(), a["href"]) for a in crumbs.find_all("a")]
    assert links == [
        ("Home", "/"),
        ("Conditions & treatments", article_index.url),
        (pain_article.title, pain_article.url),
    ]
    assert crumbs.find_all("a")[-1]["aria-current"] == "page"


def test_home_page_has_no_breadcrumbs(client, home):
    assert not soup(client.get(home.url)).find("nav", attrs={"aria-label": "Breadcrumb"})


def test_long_article_gets_a_contents_list_that_links_to_its_sections(client, pain_article):
    page = soup(client.get(pain_article.url))
    contents = page.find("nav", attrs={"aria-labelledby": "contents-heading"})
    anchors = [a["href"] for a in contents.find_all("a")]
    assert any(anchor.startswith("#how-ketamine-works-differently-from-opioids-") for anchor in anchors)
    assert any(anchor.startswith("#faq-") for anchor in anchors)
    for anchor in anchors:
        assert page.find(id=anchor[1:]).name == "h2", anchor


def test_short_article_has_no_contents_list(client, article_index):
    short = article_index.add_child(
        instance=ArticlePage(
            title="Short note",
            summary="A short note.",
            body=[{"type": "heading", "value": {"text": "Only section", "level": "h2"}}],
        )
    )
    assert "On this page" not in visible_text(client.get(short.url))


def test_article_lists_related_articles_from_the_same_index(client, fibromyalgia, pain_article):
    related = soup(client.get(fibromyalgia.url)).find("section", class_="related")
    assert [a.get_text() for a in related.select(".card__title a")] == [pain_article.title]


def test_article_cards_use_responsive_modern_images(client, article_index):
    page = soup(client.get(article_index.url))
    picture = page.select_one(".card picture")
    types = [source["type"] for source in picture.find_all("source")]
    assert types == ["image/avif", "image/webp"]
    img = picture.find("img")
    assert img["alt"] == "" and img["loading"] == "lazy"
    assert img["width"] and img["height"]  # no layout shift while it loads
    assert "400w" in img["srcset"] and "800w" in img["srcset"]


def test_home_lists_conditions_and_how_to_reach_the_clinic(client, home, pain_article, fibromyalgia):
    page = soup(client.get(home.url))
    conditions = page.find("section", class_="conditions")
    # Each condition leads to its topic's page, listing every article about it.
    assert [(a.get_text(), a["href"]) for a in conditions.find_all("a")] == [
        ("Chronic pain", "/topics/chronic-pain/"),
        ("Migraine", "/topics/migraine/"),
        ("Fibromyalgia", "/topics/fibromyalgia/"),
        ("Browse conditions and treatments A–Z", "/topics/"),
    ]
    contact = page.find("section", class_="contact-block")
    assert contact.find("a", href="tel:4803064372")
    assert contact.find("a", href="/contact/").get_text() == "Directions and contact details"
    # The demo has two locations: each is named, with a link to its own page.
    assert [(a.get_text(), a["href"]) for a in contact.select(".contact-block__locations a")] == [
        ("Chandler", "/locations/chandler/"),
        ("Second location (example)", "/locations/example-second-location/"),
    ]


def test_todays_opening_hours_are_marked_in_words(client):
    today = timezone.localdate().strftime("%A")
    highlighted = soup(client.get("/locations/chandler/")).find("main").select(".is-today")
    assert len(highlighted) == 1
    assert "(today)" in highlighted[0].get_text()
    weekend = today in ("Saturday", "Sunday")
    assert ("Saturday to Sunday" if weekend else "Monday to Friday") in highlighted[0].get_text()


def test_days_are_merged_only_when_they_follow_each_other():
    nine, five = datetime.time(9), datetime.time(17)
    location = Location.objects.get(slug="chandler")
    location.weekly_hours = [LocationHours(weekday=day, opens=nine, closes=five) for day in (0, 2, 3)]
    location.save()
    location = Location.objects.get(slug="chandler")
    assert [row["text"] for row in location.week] == [
        "Monday, 9:00 AM to 5:00 PM",
        "Tuesday: closed",
        "Wednesday to Thursday, 9:00 AM to 5:00 PM",
        "Friday to Sunday: closed",
    ]


def test_footer_links_to_the_notices_on_every_page(client, home):
    footer = soup(client.get(home.url)).find("footer")
    assert [a.get_text() for a in footer.select(".footer-links a")] == [
        "Privacy notice",
        "Accessibility statement",
        "Nondiscrimination and language help",
        "Notice of Privacy Practices",
    ]
    for link in footer.select(".footer-links a"):
        assert client.get(link["href"]).status_code == 200


def test_search_finds_articles_with_their_summaries(client, fibromyalgia):
    response = client.get("/search/?q=fibromyalgia")
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    page = soup(response)
    assert page.h1.get_text() == "Search results for “fibromyalgia”"
    result = page.select_one(f'.search-results a[href="{fibromyalgia.url}"]').find_parent("li")
    assert "Fibromyalgia causes pain all over the body" in result.get_text()


def test_articles_come_first_for_treatment_and_condition_words(client, fibromyalgia, pain_article):
    article_urls = {fibromyalgia.url, pain_article.url}
    for word in ["ketamine", "migraine", "pain"]:
        links = [a["href"] for a in soup(client.get(f"/search/?q={word}")).select(".search-results li a")]
        articles = [url for url in links if url in article_urls]
        assert articles and links[: len(articles)] == articles, (word, links)


def test_every_search_result_has_a_summary(client):
    results = soup(client.get("/search/?q=ketamine")).select(".search-results li")
    assert len(results) >= 3
    assert all(result.find("p") and result.find("p").get_text().strip() for result in results)


def test_search_echoes_the_query_safely(client):
    response = client.get("/search/", {"q": "patient's <script>alert(1)</script>"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "Search results for “patient&#x27;s script alert 1 script”" in html


def test_search_with_no_results_offers_the_phone_and_the_articles(client, article_index):
    page = soup(client.get("/search/?q=xylophone"))
    no_results = page.find(class_="no-results")
    assert "Nothing on this site matches “xylophone”" in no_results.get_text()
    assert no_results.find("a", href="tel:4803064372")
    assert no_results.find("a", href=article_index.url)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?q=",
        "?q=%20%20",
        "?q=" + "a" * 5000,
        "?q=ketamine&page=abc",
        "?q=ketamine&page=99",
        "?q=%00",
        '?q="',
        "?q=x%22y",
        "?q=NEAR(",
        "?q=*",
    ],
)
def test_search_copes_with_strange_queries(client, query):
    response = client.get("/search/" + query)
    assert response.status_code == 200
    assert len(soup(response).find("input", id="page-search")["value"]) <= 100


def test_500_page_renders_without_the_database(client, django_assert_num_queries):
    client.get("/")  # a normal visit leaves the clinic's contact card in the cache
    request = RequestFactory().get("/")
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    page = soup(response)
    assert page.h1.get_text() == "Sorry, something went wrong on our side"
    assert page.find("a", href="tel:4803064372")
    assert page.find("a", href="/conditions-treatments/")


def test_500_page_renders_even_with_nothing_cached(django_assert_num_queries):
    cache.delete(CONTACT_CARD_CACHE_KEY)
    with django_assert_num_queries(0):
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert b"Go to the home page" in response.content


def test_changed_phone_reaches_the_500_page_at_once(clinic):
    clinic.phone = "480.555.0142"
    clinic.save()
    assert b"480.555.0142" in server_error(RequestFactory().get("/")).content


def test_search_results_link_to_further_pages_keeping_the_query(client, article_index):
    for number in range(12):
        page = article_index.add_child(
            instance=ArticlePage(title=f"Sleep and pain {number}", summary="Sleep.", body=[])
        )
        page.save_revision().publish()
    nav = soup(client.get("/search/?q=sleep")).find("nav", attrs={"aria-label": "Search result pages"})
    assert nav.find("a", rel="next")["href"] == "?q=sleep&page=2"
    assert "Page 1 of 2" in nav.get_text()


def test_home_section_headings_are_edited_by_staff(client, home):
    home.featured_heading = "Our guides"
    home.conditions_heading = "What we treat"
    home.save_revision().publish()
    headings = [h2.get_text() for h2 in soup(client.get(home.url)).select("main h2")]
    assert "Our guides" in headings and "What we treat" in headings


def test_booking_box_wording_comes_from_the_clinic_settings(client, clinic, home, fibromyalgia):
    clinic.booking_heading = "See if treatment could help"
    clinic.booking_prompt = "A first appointment takes about an hour."
    clinic.save()
    for url in (home.url, fibromyalgia.url):
        box = soup(client.get(url)).select("section.booking-cta")[-1]
        assert box.h2.get_text() == "See if treatment could help", url
        assert "A first appointment takes about an hour." in box.get_text(), url
