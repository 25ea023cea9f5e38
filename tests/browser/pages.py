"""The public pages every browser test walks through, by what a patient would call them."""

ARTICLE = "/conditions-treatments/ketamine-therapy-chronic-pain-migraine/"
FIBROMYALGIA = "/conditions-treatments/ketamine-therapy-fibromyalgia/"

PAGES = {
    "home": "/",
    "article-index": "/conditions-treatments/",
    "article-pain-migraine": ARTICLE,
    "article-fibromyalgia": FIBROMYALGIA,
    "contact": "/contact/",
    "search-results": "/search/?q=ketamine",
    "search-no-results": "/search/?q=xylophone",
    "not-found": "/no-such-page/",
}

OTHER_PAGES = {
    "about": "/about/",
    "privacy": "/privacy/",
    "accessibility": "/accessibility/",
}

WIDTHS = [375, 1280]
