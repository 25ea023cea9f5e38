"""Every page type, at phone and desktop widths: accessible, self-contained, small, and screenshotted."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import ARTIFACTS, SCREENSHOTS
from tests.browser.pages import OTHER_PAGES, PAGES, WIDTHS

AXE_RULES = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}
}
PAGE_WEIGHT_BUDGET = 100_000  # bytes of HTML, CSS and JS, uncompressed
ARTICLE_WEIGHT_BUDGET = 60_000
ASSET_TYPES = {"document", "stylesheet", "script"}


def describe(violations):
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} at {[node['target'] for node in v['nodes']][:3]}" for v in violations
    )


@pytest.fixture(scope="module")
def weights():
    """Bytes per page, as the browser received them; written out for people to read."""
    found = {}
    yield found
    lines = [f"{name}\t{width}\t{size}" for (name, width), size in sorted(found.items())]
    (ARTIFACTS / "page-weight.tsv").write_text("page\twidth\tbytes (HTML+CSS+JS)\n" + "\n".join(lines) + "\n")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_page_is_accessible_private_and_small(open_page, site_url, weights, name, width):
    requests = []
    sizes = {}

    def record(response):
        requests.append(response.url)
        if response.request.resource_type in ASSET_TYPES:
            sizes[response.url] = len(response.body())

    tab = open_page(None, width)
    console_errors = []

    def note_error(message):
        # The 404 page's own status is expected; anything else is a fault.
        if message.type == "error" and message.location.get("url") != site_url + PAGES[name]:
            console_errors.append(f"{message.text} ({message.location.get('url')})")

    tab.on("console", note_error)
    tab.on("response", record)
    tab.goto(site_url + PAGES[name])
    tab.wait_for_load_state("networkidle")

    results = Axe().run(tab, options=AXE_RULES)
    assert results.violations_count == 0, describe(results.response["violations"])

    elsewhere = [url for url in requests if not url.startswith(site_url)]
    assert elsewhere == [], "requests left the site's own origin"

    weights[(name, width)] = sum(sizes.values())
    assert weights[(name, width)] < (ARTICLE_WEIGHT_BUDGET if "article-" in name else PAGE_WEIGHT_BUDGET)
    # Nothing broken or blocked, the Content Security Policy included.
    assert console_errors == [], console_errors

    # Scroll through first so that lazy images below the fold are in the picture.
    tab.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    tab.wait_for_load_state("networkidle")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=SCREENSHOTS / f"{name}-{width}.png", full_page=True)


@pytest.mark.parametrize("width", [320, 640])
@pytest.mark.parametrize("path", list(PAGES.values()) + list(OTHER_PAGES.values()))
def test_page_reflows_without_horizontal_scrolling(open_page, path, width):
    tab = open_page(path, width)
    overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"


def open_menu(tab):
    """Opens the phone menu by its button; wide screens show it open already."""
    toggle = tab.locator(".menu__toggle")
    if toggle.is_visible():
        toggle.click()
    assert tab.get_by_role("searchbox", name="Search this site").is_visible()


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
@pytest.mark.parametrize("width", [320, 360, 390])
def test_open_menu_fits_the_phone(open_page, width, javascript):
    tab = open_page(PAGES["article-pain-migraine"], width, javascript=javascript)
    open_menu(tab)
    overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the open menu scrolls sideways by {overflow}px at {width}px"
    search_button = tab.locator(".site-header").get_by_role("button", name="Search").bounding_box()
    assert search_button["x"] + search_button["width"] <= width


@pytest.mark.parametrize("width", WIDTHS)
def test_open_menu_is_accessible(open_page, width):
    tab = open_page(PAGES["home"], width)
    open_menu(tab)
    results = Axe().run(tab, options=AXE_RULES)
    assert results.violations_count == 0, describe(results.response["violations"])


@pytest.mark.parametrize("path", [PAGES["home"], PAGES["es-home"]])
@pytest.mark.parametrize("width", [900, 1024, 1280, 1600])
def test_the_wide_menu_never_covers_the_clinics_name(open_page, path, width):
    tab = open_page(path, width)
    name = tab.locator(".site-name").bounding_box()
    for item in tab.locator(".site-nav a").all():
        box = item.bounding_box()
        apart = (
            box["x"] >= name["x"] + name["width"]
            or box["y"] >= name["y"] + name["height"]
            or box["x"] + box["width"] <= name["x"]
        )
        assert apart, f"{item.inner_text()!r} covers the clinic's name at {width}px"
