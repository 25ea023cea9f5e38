"""Every id on a page is unique, and everything that points at one (aria-labelledby, aria-describedby, a link
to #somewhere) finds it on the same page: screen readers name sections by these, and the contents list
jumps to them."""

import re

import pytest

from pages.models import ArticlePage
from tests.html import soup

POINTERS = ("aria-labelledby", "aria-describedby")


def every_address(client):
    """Every page the sitemap lists, in both languages, the locations' and clinicians' own pages included."""
    sitemap = client.get("/sitemap.xml").content.decode()
    return [re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)]


def anchor_faults(html):
    """What is wrong with the page's ids: ids used twice, and pointers to ids the page does not have."""
    ids = [element["id"] for element in html.find_all(id=True)]
    faults = [f"id {id_!r} used {ids.count(id_)} times" for id_ in sorted(set(ids)) if ids.count(id_) > 1]
    for attribute in POINTERS:
        for element in html.find_all(attrs={attribute: True}):
            faults += [
                f"{attribute}={target!r} not found" for target in element[attribute].split() if target not in ids
            ]
    for link in html.select('a[href^="#"]'):
        if link["href"][1:] not in ids:
            faults.append(f"link to {link['href']!r} not found")
    return faults


@pytest.mark.django_db
def test_every_page_in_both_languages_has_unique_ids_that_its_pointers_find(client, site):
    addresses = every_address(client)
    assert "/es/" in addresses and "/locations/chandler/" in addresses and "/es/nuestro-equipo/sam-sample/" in addresses
    faults = {}
    for address in addresses:
        response = client.get(address)
        assert response.status_code == 200, address
        if found := anchor_faults(soup(response)):
            faults[address] = found
    assert faults == {}


def publish(article_index, body, title="Two question lists"):
    article = article_index.add_child(instance=ArticlePage(title=title, summary="A summary.", body=body))
    article.save_revision().publish()
    return article


def default_faq(question):
    """An FAQ block as an editor adds it: the heading left as it comes."""
    return {"type": "faq", "value": {"items": [{"question": question, "answer": "<p>An answer.</p>"}]}}


@pytest.mark.django_db
def test_two_faqs_with_the_default_heading_are_each_named_by_their_own_heading(client, article_index):
    heading = {"type": "heading", "value": {"text": "Before your visit", "level": "h2"}}
    article = publish(article_index, [heading, default_faq("Can I eat?"), default_faq("Can I drive home?")])
    page = soup(client.get(article.url))
    assert anchor_faults(page) == []
    sections = page.select("section.faq")
    assert [section.h2.get_text() for section in sections] == ["Frequently asked questions"] * 2
    labels = [section["aria-labelledby"] for section in sections]
    assert labels[0] != labels[1]
    assert [section.h2["id"] for section in sections] == labels
    assert [section.summary.get_text() for section in sections] == ["Can I eat?", "Can I drive home?"]
    # The contents list links to each, by the id the block itself gave its heading.
    faq_ids = [child.id for child in article.body if child.block_type == "faq"]
    assert labels == [f"faq-{block_id[:8]}" for block_id in faq_ids]
    contents = [link["href"] for link in page.select("nav.contents a")]
    before = page.find("h2", string="Before your visit")["id"]
    assert contents == [f"#{before}", *(f"#{label}" for label in labels)]


@pytest.mark.django_db
def test_two_headings_with_the_same_words_get_different_ids(client, article_index):
    def aftercare():
        return {"type": "heading", "value": {"text": "Aftercare", "level": "h2"}}

    article = publish(article_index, [aftercare(), default_faq("Can I eat?"), aftercare()], title="Aftercare twice")
    page = soup(client.get(article.url))
    assert anchor_faults(page) == []
    ids = [h2["id"] for h2 in page.find_all("h2", string="Aftercare")]
    assert len(ids) == 2 and ids[0] != ids[1] and all(id_.startswith("aftercare-") for id_ in ids)
