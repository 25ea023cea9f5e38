"""SQL queries per page, with the page cache off: few, and not growing with the content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from pages.models import ArticleIndexPage, ArticlePage, StandardPage
from tests.html import soup

pytestmark = pytest.mark.django_db
QUERY_BUDGET = 10


def queries_for(client, url):
    """Queries for a page once the per-site caches (clinic details, menu) are warm."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_articles(index, count):
    for number in range(count):
        index.add_child(instance=ArticlePage(title=f"Extra article {number}", summary="A summary.", body=[]))


def test_every_page_type_stays_within_the_budget(client, public_urls, spanish_urls):
    for url in [*public_urls, "/search/?q=ketamine", *spanish_urls, "/es/buscar/?q=ketamina"]:
        assert queries_for(client, url) <= QUERY_BUDGET, url


@pytest.mark.parametrize("page", ["home_es", "fibromyalgia_es"])
def test_more_spanish_articles_do_not_mean_more_queries(client, request, home_es, page):
    url = request.getfixturevalue(page).url
    before = queries_for(client, url)
    index_es = home_es.get_children().type(ArticleIndexPage).get().specific
    for number in range(29):
        index_es.add_child(
            instance=ArticlePage(title=f"Artículo {number}", summary="Un resumen.", body=[], locale=index_es.locale)
        )
    assert queries_for(client, url) == before


@pytest.mark.parametrize("page", ["home", "article_index", "fibromyalgia"])
def test_more_articles_do_not_mean_more_queries(client, request, article_index, page):
    url = request.getfixturevalue(page).url
    before = queries_for(client, url)
    add_articles(article_index, 29)
    assert queries_for(client, url) == before


def faq_article(index, questions):
    items = [{"question": f"Question {n}?", "answer": f"<p>Answer {n}.</p>"} for n in range(questions)]
    article = index.add_child(
        instance=ArticlePage(
            title=f"FAQ with {questions}",
            summary="A summary.",
            body=[{"type": "faq", "value": {"heading": "Questions", "items": items}}],
        )
    )
    return article


def test_more_faq_questions_do_not_mean_more_queries(client, article_index):
    assert queries_for(client, faq_article(article_index, 1).url) == queries_for(
        client, faq_article(article_index, 30).url
    )


def image_article(index, images):
    pictures = [Image.objects.create(title=f"Picture {n}", file=get_test_image_file()) for n in range(images)]
    body = [
        {"type": "image", "value": {"image": {"image": p.pk, "alt_text": p.title, "decorative": False}, "caption": ""}}
        for p in pictures
    ]
    return index.add_child(instance=ArticlePage(title=f"{images} images", summary="A summary.", body=body))


def test_more_images_do_not_mean_more_queries(client, article_index):
    one, thirty = image_article(article_index, 1), image_article(article_index, 30)
    assert len(soup(client.get(thirty.url)).select("figure img")) == 30
    assert queries_for(client, one.url) == queries_for(client, thirty.url)
    assert queries_for(client, thirty.url) <= QUERY_BUDGET


def test_more_menu_items_do_not_mean_more_queries(client, home, fibromyalgia):
    before = queries_for(client, fibromyalgia.url)
    demo_items = len(soup(client.get(fibromyalgia.url)).select(".site-nav li"))
    for number in range(30 - demo_items):
        page = home.add_child(instance=StandardPage(title=f"Menu page {number}", body=[], show_in_menus=True))
        page.save_revision().publish()  # as staff publish it; the cached menu is refreshed
    page = soup(client.get(fibromyalgia.url))
    assert len(page.select(".site-nav li")) == 30
    assert queries_for(client, fibromyalgia.url) == before
