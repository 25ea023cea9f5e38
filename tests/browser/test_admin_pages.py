"""The admin as staff use it: every page they open stays on the site and runs without errors, the live
preview shows each page type, and two people editing one page are warned before one overwrites the other."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.admin import WATCH_EDITS, edit_address, log_in, open_editor, open_new_page_editor
from tests.browser.pages import OTHER_PAGES, PAGES

# Each page type by the title of a demo page of that type, and that page's public address.
PAGE_TYPES = {
    "HomePage": ("Home", PAGES["home"]),
    "ArticleIndexPage": ("Conditions & treatments", PAGES["article-index"]),
    "ArticlePage": ("Ketamine therapy for fibromyalgia", PAGES["article-fibromyalgia"]),
    "ContactPage": ("Contact us", PAGES["contact"]),
    "StandardPage": ("About us", OTHER_PAGES["about"]),
}
# What each role opens in a working week. A link pattern stands for the first item of that kind on the page before.
ADMIN_WALK = {
    "editor": [
        "/admin/",
        "/admin/pages/",
        "/admin/pages/search/?q=ketamine",
        *(f"editor of {title}" for title, _ in PAGE_TYPES.values()),
        "/admin/images/",
        r"/admin/images/\d+/",
        "/admin/documents/",
        "/admin/documents/multiple/add/",
        "/admin/account/",
    ],
    "reviewer": [
        "/admin/",
        "/admin/reports/reviews-due/",
        "/admin/snippets/people/clinician/",
        r"/admin/snippets/people/clinician/edit/\d+/$",
        "editor of Ketamine therapy for chronic pain and migraine",
    ],
    "manager": [
        "/admin/",
        "/admin/settings/clinic/clinicsettings/",
        "/admin/settings/clinical_review/clinicalreviewsettings/",
        "/admin/reports/booking-clicks/",
        "/admin/reports/visits/",
        "/admin/snippets/clinic/location/",
        r"/admin/snippets/clinic/location/edit/\d+/$",
    ],
}


class Watch:
    """What a tab asked of other origins, and what its console reported as errors."""

    def __init__(self, tab, site_url):
        self.elsewhere, self.errors = [], []
        tab.on("request", lambda request: self.note_request(request.url, site_url))
        tab.on("console", lambda message: message.type == "error" and self.errors.append(message.text))

    def note_request(self, url, site_url):
        if not url.startswith((site_url, "data:", "blob:", "about:")):
            self.elsewhere.append(url)


def path_from(tab, step, site_url):
    if step.startswith("editor of "):
        return edit_address(tab, site_url, step.removeprefix("editor of "))
    if step.startswith("/admin/") and "\\" not in step:
        return step
    hrefs = tab.locator("a[href]").evaluate_all("links => links.map(link => link.getAttribute('href'))")
    return next(href for href in hrefs if re.search(step, href))


@pytest.mark.parametrize("role", ADMIN_WALK)
def test_admin_pages_ask_no_one_else_and_run_without_errors(open_page, site_url, role):
    tab = open_page(None, 1280)
    watch = Watch(tab, site_url)
    log_in(tab, site_url, role)
    for step in ADMIN_WALK[role]:
        path = path_from(tab, step, site_url)
        response = tab.goto(site_url + path)
        tab.wait_for_load_state("networkidle")
        assert response.status == 200, f"{role}: {path} answered {response.status}"
        # A settings menu item opens the one site's settings: /clinicsettings/ answers from /clinicsettings/1/.
        assert tab.url.startswith(site_url + path.split("?")[0]), f"{role} was sent from {path} to {tab.url}"
        assert watch.elsewhere == [], f"{role}: {path} asked another origin"
        assert watch.errors == [], f"{role}: {path} logged console errors"


def settled_width(tab, preview):
    """The previewed page's width once it has stopped changing (the panel reloads it at the new size)."""

    def width():
        return preview.locator("html").evaluate("html => html.clientWidth")

    widths = [None, width()]
    while widths[-1] != widths[-2]:
        tab.wait_for_timeout(200)
        widths.append(width())
    return widths[-1]


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_live_preview_shows_the_page_at_every_size(open_page, site_url, page_type):
    title, public_path = PAGE_TYPES[page_type]
    # Unchanged, the preview shows what patients see.
    public_title = open_page(public_path, 1280).title()
    tab = open_page(None, 1280)
    watch = Watch(tab, site_url)
    log_in(tab, site_url, "editor")
    open_editor(tab, site_url, title)
    tab.get_by_role("button", name="Toggle preview").click()
    # The panel replaces its frame on every refresh, so the frame is looked up again each time.
    preview = tab.frame_locator("#w-preview-iframe")
    widths = []
    for size in ("mobile", "tablet", "desktop"):
        tab.get_by_label(f"Preview in {size} size").check()
        expect(preview.locator("h1")).to_be_visible()
        document_title = preview.locator("html").evaluate("() => document.title")
        assert document_title == public_title, f"{size}: the preview shows {document_title!r}"
        widths.append(settled_width(tab, preview))
    assert widths == sorted(set(widths)), f"the preview's widths for phone, tablet and desktop: {widths}"
    assert watch.elsewhere == [] and watch.errors == [], (watch.elsewhere, watch.errors)


def test_preview_follows_what_the_editor_types(open_page, site_url):
    tab = open_page(None, 1280)
    log_in(tab, site_url, "editor")
    # A page no other test edits: the editor autosaves what is typed as a draft.
    open_editor(tab, site_url, "Privacy notice")
    tab.get_by_role("button", name="Toggle preview").click()
    preview = tab.frame_locator("#w-preview-iframe")
    preview.get_by_role("heading", level=1, name="Privacy notice").wait_for()
    tab.locator("#id_title").fill("How we handle your information")
    preview.get_by_role("heading", level=1, name="How we handle your information").wait_for()


def test_a_manager_previews_a_location_and_publishes_it_from_the_action_menu(open_page, site_url):
    parking = "Free parking behind the building."
    tab = open_page(None, 1280)
    log_in(tab, site_url, "manager")
    tab.goto(site_url + "/admin/snippets/clinic/location/")
    tab.get_by_role("link", name="Chandler", exact=True).click()
    tab.add_init_script(WATCH_EDITS)
    tab.reload()
    tab.locator("html[data-editor-watches-edits]").wait_for(state="attached")
    tab.get_by_label("Parking").first.fill(parking)
    tab.get_by_role("button", name="Toggle preview").click()
    tab.frame_locator("#w-preview-iframe").get_by_text(parking).wait_for()
    assert parking not in open_page("/locations/chandler/", 1280).content()  # not yet published

    tab.get_by_role("button", name="More actions").click()
    tab.get_by_role("button", name="Publish").click()
    expect(tab.locator(".messages")).to_contain_text("published")
    assert parking in open_page("/locations/chandler/", 1280).content()


def test_other_sites_cannot_frame_public_pages(open_page, site_url):
    tab = open_page(None, 1280)
    other_site = "http://other-site.test/"
    tab.route(
        other_site, lambda route: route.fulfill(body=f'<iframe src="{site_url}/"></iframe>', content_type="text/html")
    )
    tab.goto(other_site)
    tab.wait_for_load_state("networkidle")
    # Chromium refuses to show the page and puts its own error page in the frame instead.
    assert tab.frames[1].url.startswith("chrome-error://")


def test_second_editor_is_warned_before_overwriting_a_newer_version(open_page, site_url):
    editor, reviewer = open_page(None, 1280), open_page(None, 1280)
    log_in(editor, site_url, "editor")
    log_in(reviewer, site_url, "reviewer")
    open_editor(editor, site_url, "Accessibility statement")
    open_editor(reviewer, site_url, "Accessibility statement")

    editor.locator("#id_title").fill("Accessibility of this website")
    with editor.expect_navigation():
        editor.get_by_role("button", name="Save draft").click()
    assert "has been updated" in editor.locator(".messages").inner_text()

    reviewer.locator("#id_title").fill("Using this website with assistive technology")
    # Half a second after a change the editor autosaves, and finds the newer version.
    reviewer.get_by_text("Saving will overwrite a newer version.").wait_for()
    reviewer.get_by_role("button", name="Save draft").click()
    warning = reviewer.get_by_role("dialog", name=re.compile("saved a new version"))
    warning.wait_for()
    assert "Proceeding will overwrite the changes made by" in warning.inner_text()
    # The reviewer's typing is still in the form, and the editor's version is one click away.
    assert reviewer.locator("#id_title").input_value() == "Using this website with assistive technology"
    with reviewer.context.expect_page() as latest:
        warning.get_by_role("link", name="View latest version").click()
    latest.value.wait_for_load_state()
    assert "Accessibility of this website" in latest.value.content()


def test_a_new_page_saved_while_its_autosave_is_on_its_way_is_made_once(open_page, site_url):
    title = "Notice of a change to our opening hours"
    tab = open_page(None, 1280)
    log_in(tab, site_url, "editor")
    open_new_page_editor(tab, site_url, "About us", "pages/noticepage")
    # The autosave reaches the server and makes the page; its answer is held back, as by a slow network,
    # until the editor has pressed "Save draft".
    answers = []

    def hold_the_autosave_answer(route):
        if route.request.method == "POST" and "application/json" in route.request.headers.get("accept", ""):
            answers.append((route, route.fetch()))
        else:
            route.fallback()

    tab.route(re.compile(r".*/admin/pages/add/.*"), hold_the_autosave_answer)
    tab.locator("#id_title").fill(title)
    tab.locator("#id_title").press("Tab")  # the slug is made from the title as the editor leaves it
    for _ in range(100):
        if answers:
            break
        tab.wait_for_timeout(100)
    assert len(answers) == 1, "the editor did not autosave"
    tab.get_by_role("button", name="Save draft").click()
    route, answer = answers[0]
    route.fulfill(response=answer)
    expect(tab.locator(".messages")).to_contain_text(f"Page '{title}' has been updated.")
    assert re.search(r"/admin/pages/\d+/edit/$", tab.url)
    tab.goto(f"{site_url}/admin/pages/search/?q={title}")
    expect(tab.get_by_role("link", name=title, exact=True)).to_have_count(1)


def test_summary_counts_characters_while_the_editor_types(open_page, site_url):
    tab = open_page(None, 1280)
    log_in(tab, site_url, "editor")
    open_editor(tab, site_url, "Ketamine therapy for chronic pain and migraine")
    summary = tab.get_by_role("textbox", name="Summary")
    count = tab.locator("#id_summary-count")
    too_long = "A sentence. " * 26 + "The end."
    summary.fill(too_long)
    # All of it stays in the field for the editor to shorten; nothing is cut without a word.
    assert summary.input_value() == too_long
    expect(count).to_have_text("20 characters too many: 320 of 300 characters")
    summary.fill(too_long[:290])
    expect(count).to_have_text("290 of 300 characters")
    # Screen readers hear the count once typing pauses.
    expect(tab.locator("[data-character-count-announce-for=id_summary]")).to_have_text("290 of 300 characters")


# What a word processor puts on the clipboard: the document's title, a section heading and their text.
PASTED_DOCUMENT = "<h1>Exercise plan</h1><p>Walk every day.</p><h2>Stretching</h2><p>Three times a week.</p>"
PASTE = """(editor, html) => {
  const clipboard = new DataTransfer();
  clipboard.setData("text/html", html);
  clipboard.setData("text/plain", "Exercise plan");
  editor.dispatchEvent(new ClipboardEvent("paste", {clipboardData: clipboard, bubbles: true, cancelable: true}));
}"""


def test_headings_pasted_from_a_document_are_kept_as_heading_blocks(open_page, site_url):
    tab = open_page(None, 1280)
    log_in(tab, site_url, "editor")
    open_editor(tab, site_url, "About us")
    text = tab.locator("[data-contentpath='body'] [role=textbox]").first
    text.click()
    tab.keyboard.press("Control+End")
    tab.keyboard.press("Enter")
    text.evaluate(PASTE, PASTED_DOCUMENT)
    expect(text.locator("h1, h2")).to_have_text(["Exercise plan", "Stretching"])
    # The rich text editor copies what was pasted into its form field a moment later.
    tab.wait_for_function(
        "() => [...document.querySelectorAll('input[name^=body-]')].some(input => input.value.includes('Stretching'))"
    )
    with tab.expect_navigation():
        tab.get_by_role("button", name="Save draft").click()
    assert "has been updated" in tab.locator(".messages").inner_text()
    # Saved, each heading is a heading block of its own (the title a section heading); the text stays text.
    tab.wait_for_load_state("networkidle")
    fields = tab.locator("[data-contentpath='body'] input[name$='-value-text']")
    values = fields.evaluate_all("inputs => inputs.map(input => input.value)")
    assert "Exercise plan" in values and "Stretching" in values, values
    assert not tab.locator("[data-contentpath='body'] [role=textbox] :is(h1, h2, h3)").count()
