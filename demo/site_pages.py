"""The demo home, index, contact and standard pages."""

from .articles import bullets, callout, heading, text

HOME = {
    "title": "Home",
    "hero_heading": "Help for long-lasting pain, led by clinicians",
    "hero_intro": (
        "We see adults living with chronic pain, migraine or fibromyalgia, and help them find out whether "
        "ketamine therapy could be part of their care, with a careful assessment and medical supervision "
        "at every step."
    ),
}

# Conditions listed on the home page, each linked to the article (by slug) that covers it.
CONDITIONS = [
    (
        "Chronic pain",
        "Pain that has lasted for months, including nerve pain and CRPS.",
        "ketamine-therapy-chronic-pain-migraine",
    ),
    (
        "Migraine",
        "Frequent or severe migraine that other treatments have not eased.",
        "ketamine-therapy-chronic-pain-migraine",
    ),
    ("Fibromyalgia", "Pain all over the body, tiredness and poor sleep.", "ketamine-therapy-fibromyalgia"),
]

ARTICLE_INDEX = {
    "slug": "conditions-treatments",
    "title": "Conditions & treatments",
    "show_in_menus": True,
    "intro": (
        "<p>Plain-language guides to the conditions we help with and the treatments we offer, "
        "including what they can and cannot do.</p>"
    ),
}

CONTACT = {
    "slug": "contact",
    "title": "Contact us",
    "show_in_menus": True,
    "introduction": "Call us, book online, or visit our office. We are happy to answer questions before you book.",
    "directions": "",
}

LOCATIONS = {
    "slug": "locations",
    "title": "Locations",
    "show_in_menus": True,
    "introduction": "Where to find us, when we are open, and how to get in.",
}

TEAM = {
    "slug": "our-team",
    "title": "Our team",
    "show_in_menus": True,
    "introduction": "The clinicians you may meet, and the training they have.",
}

CALL_BACK = {
    "slug": "call-back",
    "title": "Ask us to call you back",
    "show_in_menus": False,
    "introduction": "Leave your name and a number or email address, and someone from the clinic will call you.",
    "confirmation_text": (
        "We call back within one working day, during our opening hours. If we cannot reach you, we will try "
        "once more, or email you if you gave us an address."
    ),
}

ABOUT = {
    "slug": "about",
    "title": "About us",
    "show_in_menus": True,
    "introduction": "A small clinic focused on long-lasting pain, with care led by clinicians.",
    "body": [
        text(
            "<p>We help adults living with chronic pain, migraine and fibromyalgia. Many of the people we "
            "see have already tried several treatments without enough relief.</p>"
            "<p>We offer ketamine therapy under medical supervision, as troches (lozenges) and nasal spray, "
            "for people who are likely to be helped by it and safe to take it. Ketamine is not right for "
            "everyone, and we will tell you honestly if we do not think it suits you.</p>"
        ),
        heading("How we work"),
        text(
            bullets(
                "A full assessment before any treatment is prescribed.",
                "Doses worked out for you, starting low.",
                "Regular follow-ups, and changes to the plan when something is not working.",
                "Working together with your other doctors and therapists.",
            )
        ),
    ],
}

PRIVACY = {
    "slug": "privacy",
    "title": "Privacy notice",
    "show_in_menus": False,
    "introduction": "How this website treats your information. In short: it does not track you.",
    "body": [
        heading("What this website collects"),
        text(
            bullets(
                "No analytics or advertising tools run on this website.",
                "No cookies are set when you read our pages.",
                "Our pages load nothing from other companies' servers, such as fonts or maps.",
                "When you press the booking button, we add one to a daily count for the page you were on. "
                "We do not record anything about you: not your address on the internet, your device or "
                "your browser.",
            )
        ),
        heading("Booking and phone calls"),
        text(
            "<p>Our booking system is run separately and has its own privacy notice, which you can read "
            "before you enter any details. When you call us, we only use what you tell us to arrange and "
            "provide your care.</p>"
        ),
        callout(
            "info",
            "Questions",
            "<p>To ask about your information, call us on the number shown at the top of this page.</p>",
        ),
    ],
}

ACCESSIBILITY = {
    "slug": "accessibility",
    "title": "Accessibility statement",
    "show_in_menus": False,
    "introduction": (
        "We want everyone to be able to use this website, whatever device or assistive technology they use."
    ),
    "body": [
        heading("What you can do on this website"),
        text(
            bullets(
                "Zoom in up to 400% without text spilling off the screen or needing to scroll sideways.",
                "Use every page with a keyboard alone. A “Skip to main content” link is the first thing you reach.",
                "Use a screen reader: pages have clear headings, labelled menus and text descriptions for images.",
                "Read and use every page with JavaScript turned off.",
                "Print an article: menus are left out and the addresses of links are printed.",
            )
        ),
        heading("How we check it"),
        text(
            "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Every type of "
            "page is checked automatically in a real web browser, at phone and desktop sizes, each time the "
            "website changes. Automated checks cannot find every problem, so we also welcome your "
            "feedback.</p>"
        ),
        heading("Tell us about a problem"),
        text(
            "<p>If something on this website is hard to use, or you need information in another format, call us "
            "on the number shown at the top of this page. We will help you over the phone and fix the page.</p>"
        ),
    ],
}

STANDARD_PAGES = [ABOUT, PRIVACY, ACCESSIBILITY]
