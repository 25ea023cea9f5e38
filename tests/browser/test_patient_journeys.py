"""What a patient does with a keyboard, a phone and JavaScript switched off."""

import re

from tests.browser.pages import ARTICLE, FIBROMYALGIA

BOOKING_SITE = "https://booking.example.com/"


def focused(tab):
    return tab.evaluate(
        "() => { const el = document.activeElement;"
        " return {text: el.textContent.trim(), href: el.getAttribute('href'),"
        " outline: getComputedStyle(el).outlineStyle}; }"
    )


def test_keyboard_reaches_skip_link_then_booking_button_and_books(open_page, site_url):
    tab = open_page(ARTICLE, 375)
    answers = []

    def book_without_leaving(route):
        # Our /book/ answers for real; the clinic's booking system, on another site, is not visited.
        answer = route.fetch(max_redirects=0)
        answers.append((route.request.url, answer.status, answer.headers.get("location")))
        route.fulfill(status=200, content_type="text/html", body="<title>Booking</title><p>Booking system</p>")

    tab.route(re.compile(r"/book/\?"), book_without_leaving)

    tab.keyboard.press("Tab")
    first = focused(tab)
    assert first["text"] == "Skip to main content" and first["outline"] != "none"
    tab.keyboard.press("Tab")
    second = focused(tab)
    assert second["text"] == "Book online" and second["href"].startswith("/book/?from=")
    assert second["outline"] != "none"

    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    [(url, status, location)] = answers
    assert url.startswith(site_url + "/book/?from=")
    assert status == 302 and location.startswith(BOOKING_SITE)


def test_skip_link_moves_focus_to_the_main_content(open_page):
    tab = open_page(ARTICLE, 1280)
    tab.keyboard.press("Tab")
    tab.keyboard.press("Enter")
    assert tab.evaluate("document.activeElement.id") == "main-content"


def test_every_faq_opens_and_closes_with_the_keyboard(open_page):
    for path in (ARTICLE, FIBROMYALGIA):
        tab = open_page(path, 375)
        questions = tab.locator("details.faq__item > summary")
        assert questions.count() >= 4
        for index in range(questions.count()):
            question = questions.nth(index)
            details = tab.locator("details.faq__item").nth(index)
            question.focus()
            tab.keyboard.press("Enter")
            assert details.evaluate("el => el.open"), f"question {index + 1} did not open"
            assert details.locator(".faq__answer").is_visible()
            tab.keyboard.press("Space")
            assert not details.evaluate("el => el.open"), f"question {index + 1} did not close"


def test_phone_menu_works_without_javascript(open_page, site_url):
    tab = open_page("/", 375, javascript=False)
    contact_link = tab.get_by_role("navigation", name="Main").get_by_role("link", name="Contact us")
    assert not contact_link.is_visible()
    tab.get_by_text("Menu", exact=True).click()
    assert contact_link.is_visible()
    contact_link.click()
    tab.wait_for_url(site_url + "/contact/")
    assert tab.locator("h1").inner_text() == "Contact us"


def test_the_phone_menu_button_is_named_menu_without_its_picture(open_page):
    tab = open_page("/", 375)
    toggle = tab.locator(".menu__toggle")
    assert toggle.aria_snapshot() == "- text: Menu"
    toggle.click()
    assert toggle.aria_snapshot() == "- text: Menu"


def test_desktop_menu_is_always_open_without_javascript(open_page):
    tab = open_page("/", 1280, javascript=False)
    assert not tab.get_by_text("Menu", exact=True).is_visible()
    assert tab.get_by_role("navigation", name="Main").get_by_role("link", name="Conditions & treatments").is_visible()
    assert tab.get_by_role("searchbox", name="Search this site").is_visible()


def test_search_from_the_header(open_page):
    tab = open_page("/", 1280)
    tab.get_by_role("searchbox", name="Search this site").fill("fibromyalgia")
    tab.keyboard.press("Enter")
    tab.wait_for_url(re.compile(r"/search/\?q=fibromyalgia"))
    assert tab.get_by_role("link", name="Ketamine therapy for fibromyalgia").first.is_visible()


def test_printed_article_leaves_out_navigation_and_shows_link_addresses(open_page):
    tab = open_page(ARTICLE, 1280)
    tab.emulate_media(media="print")
    assert not tab.locator(".top-bar").is_visible()
    assert not tab.get_by_role("navigation", name="Main").is_visible()
    assert tab.locator("h1").is_visible()


def tab_to(tab, text, limit=60):
    """Presses Tab until the link or button reading `text` has the focus, as a keyboard user does."""
    for _ in range(limit):
        tab.keyboard.press("Tab")
        current = focused(tab)
        if current["text"] == text:
            assert current["outline"] != "none"
            return current
    raise AssertionError(f"{text!r} was not reached with the Tab key")


def test_keyboard_from_the_team_to_a_clinician_and_where_they_work(open_page, site_url):
    tab = open_page("/our-team/", 375)
    tab_to(tab, "Sam Sample, NP")
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert tab.url == site_url + "/our-team/sam-sample/"
    assert tab.locator("h1").inner_text() == "Sam Sample, NP"
    tab_to(tab, "Second location (example)")
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert tab.url == site_url + "/locations/example-second-location/"
    assert re.match(r"(Open|Closed) now", tab.locator(".open-status").inner_text())
    directions = tab_to(tab, "Get directions to Second location (example) (opens a map search)")
    assert directions["href"].startswith("https://www.google.com/maps/search/?api=1&query=")
