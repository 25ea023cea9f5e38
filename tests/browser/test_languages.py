"""A patient switches language with the keyboard, on a phone and on a desktop."""

import pytest

from tests.browser.pages import FIBROMYALGIA, FIBROMYALGIA_ES

MAX_TABS = 10  # the switcher sits in the top bar, a few stops after the skip link


def tab_to(tab, selector):
    """Presses Tab until the element matching `selector` has the focus."""
    for _ in range(MAX_TABS):
        tab.keyboard.press("Tab")
        if tab.evaluate("selector => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"{selector} not reached in {MAX_TABS} presses of Tab")


@pytest.mark.parametrize("width", [375, 1280])
def test_the_language_switcher_works_by_keyboard(open_page, site_url, width):
    tab = open_page(FIBROMYALGIA, width)
    assert tab.evaluate("document.documentElement.lang") == "en"

    tab_to(tab, ".language-switcher a")
    link = tab.locator(".language-switcher a")
    assert (link.get_attribute("lang"), link.inner_text()) == ("es", "Español")
    assert tab.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    box = link.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44  # big enough for a thumb
    with tab.expect_navigation():
        tab.keyboard.press("Enter")

    assert tab.url == site_url + FIBROMYALGIA_ES
    assert tab.evaluate("document.documentElement.lang") == "es"
    assert tab.locator("h1").inner_text() == "Terapia con ketamina para la fibromialgia"

    tab_to(tab, ".language-switcher a")
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert tab.url == site_url + FIBROMYALGIA
