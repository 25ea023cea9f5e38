"""The demo home, index, contact and standard pages."""

import datetime

from .articles import bullets, callout, heading, price_table, steps, taglines, text

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
        "chronic-pain",
    ),
    (
        "Migraine",
        "Frequent or severe migraine that other treatments have not eased.",
        "ketamine-therapy-chronic-pain-migraine",
        "migraine",
    ),
    (
        "Fibromyalgia",
        "Pain all over the body, tiredness and poor sleep.",
        "ketamine-therapy-fibromyalgia",
        "fibromyalgia",
    ),
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

TOPICS = {
    "slug": "topics",
    "title": "Conditions and treatments A–Z",
    "introduction": "Each condition we help with and each form of treatment we offer, with our articles about it.",
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
            "see have tried several treatments that did not help enough.</p>"
            "<p>We offer ketamine therapy as troches (lozenges) and nasal spray, with a doctor's care. We "
            "offer it to people it is likely to help, and who can take it safely. Ketamine is not right for "
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
            "<p>Our booking system is run by another company. It has its own privacy notice, which you can "
            "read before you enter any details. When you call us, we only use what you tell us to arrange and "
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

COSTS = {
    "slug": "costs",
    "title": "Costs and insurance",
    "show_in_menus": True,
    "introduction": "What care costs, what insurance may pay for, and your right to an estimate before you start.",
    "body": [
        text(
            "<p>Most patients pay for ketamine therapy themselves. The cost depends on your plan, so we tell "
            'you what your care will cost before you start. You can also read about <a href="/first-visit/">'
            "your first visit</a>.</p>"
        ),
        price_table(
            "Our prices",
            [
                ("First consultation", "Ask us", "Your health history, an exam and a plan", ""),
                ("Follow-up visit", "Ask us", "A check on how you are doing, and changes to your dose", ""),
                ("Troches or nasal spray", "Ask us", "The medicine, made by a pharmacy", "The pharmacy may bill you"),
            ],
            datetime.date(2026, 12, 1),
        ),
        heading("Insurance and payment"),
        text(
            "<p>Health plans rarely pay for ketamine for pain, because this use is off-label. Some plans pay "
            "for part of a visit. Call your plan and ask before you start. We can give you a receipt to send "
            "them. Ask us how you can pay, and tell us if the cost is hard to meet.</p>"
        ),
        heading("Your right to a Good Faith Estimate"),
        text(
            "<p>If you have no health insurance, or you choose not to use it, you can get a written estimate "
            "of what your care will cost. This is called a Good Faith Estimate. A federal law, the No "
            "Surprises Act, gives you this right.</p>"
            + bullets(
                "Ask for an estimate when you book, or any time you ask us about costs.",
                "If you book at least three working days ahead, you get it within one working day.",
                "If you only ask about costs, you get it within three working days.",
                "If your bill is $400 or more above the estimate, you can dispute the bill.",
                "Keep a copy of your estimate.",
            )
            + "<p>To learn more, visit www.cms.gov/nosurprises or call 1-800-985-3059.</p>"
        ),
    ],
}

FIRST_VISIT = {
    "slug": "first-visit",
    "title": "Your first visit",
    "show_in_menus": False,
    "introduction": (
        "What happens at your first appointment, how long it takes, and what to bring. The times are a rough guide."
    ),
    "body": [
        steps(
            "Your first visit, step by step",
            [
                (
                    "Before you come",
                    "<p>We send you a short form about your health and your medicines. Fill it in at home if "
                    "you can.</p>",
                    "About 15 minutes",
                    "",
                ),
                (
                    "You check in",
                    "<p>We check your details, and your insurance if you have any.</p>",
                    "About 10 minutes",
                    "Photo ID, and your insurance card if you have one",
                ),
                (
                    "You meet your clinician",
                    "<p>They ask about your pain, the treatments you have tried, and what you hope will change. "
                    "They check your blood pressure and heart rate.</p>",
                    "About 45 minutes",
                    "A list of your medicines, and letters or test results from other doctors",
                ),
                (
                    "You decide together",
                    "<p>If ketamine could suit you, your clinician explains the plan, the cost and the risks. "
                    "You do not have to decide on the day.</p>",
                    "About 15 minutes",
                    "",
                ),
                (
                    "Your first dose, at a later visit",
                    "<p>You take your first dose at the clinic, and we watch how you respond. You cannot drive "
                    "until the next day, so someone must take you home.</p>",
                    "Ask us when you book",
                    "Someone to take you home",
                ),
            ],
        ),
        callout(
            "info",
            "Help to take part",
            "<p>Tell us when you book if you need an interpreter or other help. It is free.</p>",
        ),
    ],
}

NONDISCRIMINATION = {
    "slug": "nondiscrimination",
    "title": "Nondiscrimination and language help",
    "show_in_menus": False,
    "introduction": "We treat everyone fairly, and we offer free help with language and disability.",
    "body": [
        text(
            "<p>We follow federal civil rights laws. We do not treat anyone unfairly, turn them away or treat "
            "them differently because of their:</p>"
            + bullets("race or color", "national origin", "age", "disability", "sex")
            + "<p>Sex here includes:</p>"
            + bullets(
                "pregnancy", "sexual orientation", "gender identity", "sex characteristics, such as intersex traits"
            )
        ),
        heading("Free help we offer"),
        text(
            bullets(
                "Trained interpreters, in person or by phone, if English is not your first language.",
                "Written information in other languages.",
                "Sign language interpreters.",
                "Written information in other formats, such as large print or audio.",
                "Other aids and changes to how we work, so that you can use our services.",
            )
        ),
        heading("How to ask"),
        text(
            "<p>Call us on the number at the top of this page, or ask at the front desk. If you are deaf or "
            "hard of hearing, or have a speech disability, dial 711 to reach us through a relay service.</p>"
        ),
        heading("How to complain"),
        text(
            "<p>If you think we did not give you this help, or treated you unfairly, tell us. Call us and ask "
            "for the clinic manager, who deals with these complaints. We can help you write it down.</p>"
            "<p>You can also complain to the U.S. Department of Health and Human Services, Office for Civil "
            "Rights:</p>"
            + bullets(
                "online at www.hhs.gov/ocr/complaints",
                "by phone at 1-800-368-1019 (TDD: 1-800-537-7697)",
                "by mail to 200 Independence Avenue SW, Room 509F, HHH Building, Washington, D.C. 20201",
            )
        ),
        taglines(
            "Language help",
            [
                (
                    "Spanish",
                    "es",
                    "ATENCIÓN: si habla español, le ofrecemos ayuda gratuita con el idioma. Llame al",
                ),
                (
                    "Vietnamese",
                    "vi",
                    "CHÚ Ý: Nếu bạn nói tiếng Việt, chúng tôi có dịch vụ hỗ trợ ngôn ngữ miễn phí. Hãy gọi số",
                ),
                ("Chinese", "zh-Hant", "注意：如果您說中文，我們可為您提供免費的語言協助服務。請致電"),
                (
                    "Arabic",
                    "ar",
                    "تنبيه: إذا كنت تتحدث العربية، فإننا نقدم لك خدمات المساعدة اللغوية مجانًا. اتصل على الرقم",
                ),
                (
                    "Tagalog",
                    "tl",
                    "PAUNAWA: Kung nagsasalita ka ng Tagalog, may libreng tulong sa wika para sa iyo. Tumawag sa",
                ),
                ("Korean", "ko", "안내: 한국어를 하시는 경우, 무료 언어 지원 서비스를 이용하실 수 있습니다. 전화:"),
            ],
        ),
    ],
}

PRIVACY_PRACTICES = {
    "slug": "notice-of-privacy-practices",
    "title": "Notice of Privacy Practices",
    "show_in_menus": False,
    "effective_date": datetime.date(2026, 12, 1),
    "introduction": (
        "How we may use and share your health information, and your rights over it. This is not the privacy "
        "notice for this website."
    ),
    "body": [
        callout(
            "important",
            "Example notice",
            "<p>This summary and the document are examples. Replace them with your clinic's own notice.</p>",
        ),
        text(
            "<p>A federal law, HIPAA, says we must keep your health information private and give you this "
            "notice. The full notice is in the document above. Here is a short summary.</p>"
        ),
        heading("Your rights"),
        text(
            bullets(
                "Get a copy of your health record.",
                "Ask us to correct your record.",
                "Ask us to contact you in a certain way, such as at another address.",
                "Ask us to limit what we use or share.",
                "Get a list of those we have shared your information with.",
                "Get a copy of this notice.",
                "Choose someone to act for you.",
                "Complain if you think we have not respected your rights.",
            )
        ),
        heading("How we use and share your information"),
        text(
            bullets(
                "To treat you, and to work with your other doctors.",
                "To run our clinic.",
                "To bill for your care.",
                "When the law requires it.",
            )
        ),
        heading("Questions and complaints"),
        text(
            "<p>Call us and ask for our privacy officer. You can also complain to the U.S. Department of "
            "Health and Human Services at www.hhs.gov/ocr/complaints. We will not hold it against you if you "
            "complain.</p>"
        ),
    ],
}

STANDARD_PAGES = [ABOUT, PRIVACY, ACCESSIBILITY, COSTS, FIRST_VISIT, NONDISCRIMINATION]
