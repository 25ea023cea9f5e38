"""Topics in a real browser on a phone (375 px), in both languages: the A–Z page, a topic page and the related
reading at the end of an article, with no axe-core violations and nothing wider than the screen."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.pages import ARTICLE, ARTICLE_ES
from tests.browser.test_accessibility import AXE_RULES, describe

PHONE = 375
TOPIC_PAGES = {
    "/topics/": ("Conditions and treatments A–Z", "Conditions"),
    "/topics/migraine/": ("Migraine", "Articles"),
    "/es/temas/": ("Afecciones y tratamientos de la A a la Z", "Afecciones"),
    "/es/temas/migrana/": ("Migraña", "Artículos"),
}


def assert_accessible_on_a_phone(tab):
    results = Axe().run(tab, options=AXE_RULES)
    assert results.violations_count == 0, describe(results.response["violations"])
    overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"scrolls sideways by {overflow}px"


@pytest.mark.parametrize("path", TOPIC_PAGES)
def test_topic_pages_are_accessible_on_a_phone(open_page, path):
    title, section = TOPIC_PAGES[path]
    tab = open_page(path, PHONE)
    assert tab.locator("h1").inner_text() == title
    assert tab.get_by_role("heading", name=section, exact=True).first.is_visible()
    assert_accessible_on_a_phone(tab)


@pytest.mark.parametrize(
    ("path", "heading", "topic"),
    [(ARTICLE, "Related reading", "Migraine"), (ARTICLE_ES, "Lecturas relacionadas", "Migraña")],
)
def test_an_articles_related_reading_and_topics_are_accessible_and_lead_on(open_page, site_url, path, heading, topic):
    tab = open_page(path, PHONE)
    related = tab.get_by_role("region", name=heading)
    related.scroll_into_view_if_needed()
    assert related.get_by_role("link").count() >= 1
    assert_accessible_on_a_phone(tab)
    # A patient follows a topic link from the article to every article about it, by keyboard.
    link = tab.get_by_role("navigation", name=tab.locator("#article-topics-heading").inner_text()).get_by_role(
        "link", name=topic, exact=True
    )
    link.focus()
    tab.keyboard.press("Enter")
    tab.wait_for_load_state()
    assert tab.locator("h1").inner_text() == topic
    assert tab.url.startswith(site_url + ("/es/temas/" if path == ARTICLE_ES else "/topics/"))
