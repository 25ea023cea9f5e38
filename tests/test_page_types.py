import datetime

import pytest
from wagtail.models import Page
from wagtail.rich_text import RichText

from pages.models import ArticleIndexPage, ArticlePage, ContactPage, HomePage, StandardPage
from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "page_class, allowed_parents",
    [
        (HomePage, {Page}),
        (ArticleIndexPage, {HomePage}),
        (ArticlePage, {ArticleIndexPage}),
        (StandardPage, {HomePage, StandardPage}),
        (ContactPage, {HomePage}),
    ],
)
def test_each_page_type_lives_only_where_it_belongs(page_class, allowed_parents):
    assert set(page_class.allowed_parent_page_models()) == allowed_parents


def test_staff_cannot_put_an_article_directly_under_the_home_page(home, article_index):
    assert not ArticlePage.can_create_at(home)
    assert ArticlePage.can_create_at(article_index)
    assert not ArticleIndexPage.can_create_at(article_index)


def test_only_one_contact_page_per_site(home):
    assert not ContactPage.can_create_at(home)  # the demo already has one


def test_every_demo_page_renders(client, public_urls):
    assert len(public_urls) == 19
    for url in public_urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert len(soup(response).find_all("h1")) == 1, url


def test_article_shows_its_summary_and_date(client, fibromyalgia):
    text = visible_text(client.get(fibromyalgia.url))
    assert fibromyalgia.summary in text
    assert "At a glance" in text
    assert "October 5, 2026" in text


def test_article_index_lists_newest_first_and_paginates(client, article_index):
    for day in range(1, 13):
        article_index.add_child(
            instance=ArticlePage(
                title=f"Extra article {day}",
                summary="A short summary.",
                date_published=datetime.date(2020, 1, day),
                body=[],
            )
        )
    first = soup(client.get(article_index.url))
    titles = [link.get_text() for link in first.select(".card-list h2 a")]
    assert titles[:2] == ["Ketamine therapy for fibromyalgia", "Ketamine therapy for chronic pain and migraine"]
    assert len(titles) == ArticleIndexPage.items_per_page
    second = visible_text(client.get(article_index.url + "?page=2"))
    assert "Extra article 1 " in second + " " and "Page 2 of 2" in second


@pytest.mark.parametrize("query", ["?page=abc", "?page=999", "?page=-1", "?page=%00"])
def test_article_index_copes_with_a_strange_page_number(client, article_index, query):
    response = client.get(article_index.url + query)
    assert response.status_code == 200
    assert "Ketamine therapy for fibromyalgia" in visible_text(response)


def test_unpublished_article_is_not_listed(client, article_index, pain_article):
    pain_article.unpublish()
    assert "chronic pain and migraine" not in visible_text(client.get(article_index.url))


def test_home_page_shows_hero_and_featured_articles(client, home, fibromyalgia, pain_article):
    page = soup(client.get(home.url))
    assert page.h1.get_text() == home.hero_heading
    featured = [link["href"] for link in page.select(".featured a")]
    assert featured == [pain_article.url, fibromyalgia.url]


def test_contact_page_offers_call_and_directions(client, contact_page, clinic):
    page = soup(client.get(contact_page.url))
    main = page.find("main")
    assert main.find("a", href="tel:4803064372").get_text() == f"Call {clinic.phone}"
    directions = main.find("a", href=lambda href: href and "maps" in href)
    assert directions.get_text(" ", strip=True).startswith("Get directions")
    assert directions["href"].startswith("https://www.google.com/maps/search/?api=1&query=")
    assert "Chandler" in directions["href"]
    assert not page.find("iframe")  # a link, never an embedded map
    assert "Monday to Friday, 9:00 AM to 5:00 PM" in main.get_text()


FORGED_RICH_TEXT = (
    '<p><a linktype="page" id="abc">a forged page link</a> and <a linktype="document" id="1x">a forged document'
    '</a>.</p><embed embedtype="image" id="abc" format="left" alt=""/>'
)


def test_forged_rich_text_references_render_as_plain_text(client, admin_client, fibromyalgia):
    fibromyalgia.body.append(("paragraph", RichText(FORGED_RICH_TEXT)))  # as an import or a script might write it
    fibromyalgia.save_revision().publish()
    response = client.get(fibromyalgia.url)
    assert response.status_code == 200
    assert "a forged page link and a forged document" in visible_text(response)
    assert admin_client.get(f"/admin/pages/{fibromyalgia.pk}/edit/").status_code == 200


def test_the_hero_picture_is_described_unless_decorative(client, fibromyalgia):
    image = fibromyalgia.hero_image
    image.description = "A clinician listening to a patient in a quiet consulting room"
    image.save()
    for decorative, alt in [(False, image.description), (True, "")]:
        fibromyalgia.hero_image_decorative = decorative
        fibromyalgia.save_revision().publish()
        hero = soup(client.get(fibromyalgia.url)).select_one("img.article__image")
        assert hero["alt"] == alt
