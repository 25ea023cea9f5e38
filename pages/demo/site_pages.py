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
    "booking_prompt": "Book a consultation to talk through whether treatment could suit you.",
}

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

STANDARD_PAGES = [ABOUT, PRIVACY]
