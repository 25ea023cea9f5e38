"""The demo articles, as raw StreamField data. Every sentence is our own plain-language text."""

import datetime


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def text(html):
    return {"type": "paragraph", "value": html}


def callout(kind, title, html):
    return {"type": "callout", "value": {"kind": kind, "title": title, "text": html}}


def faq(items, title="Frequently asked questions"):
    return {
        "type": "faq",
        "value": {"heading": title, "items": [{"question": q, "answer": a} for q, a in items]},
    }


def reference(authors, title, publisher, year, doi):
    return {
        "type": "reference",
        "value": dict(authors=authors, title=title, publisher=publisher, year=year, doi=doi, url="", language="en"),
    }


def safety(heading_text, not_for, side_effects, call_clinic, call_911):
    return {
        "type": "safety",
        "value": {
            "heading": heading_text,
            "not_for": not_for,
            "side_effects": [{"effect": effect, "frequency": how_often} for effect, how_often in side_effects],
            "call_clinic": call_clinic,
            "call_911": call_911,
        },
    }


def steps(heading_text, items):
    keys = ("title", "text", "duration", "bring")
    return {
        "type": "steps",
        "value": {"heading": heading_text, "steps": [dict(zip(keys, item, strict=True)) for item in items]},
    }


def price_table(heading_text, rows, checked_on):
    keys = ("service", "price", "included", "notes")
    value = {"heading": heading_text, "rows": [dict(zip(keys, row, strict=True)) for row in rows], "ask_us": True}
    return {"type": "price_table", "value": {**value, "checked_on": checked_on.isoformat()}}


def taglines(heading_text, items):
    rows = [{"language": language, "code": code, "text": sentence, "phone": ""} for language, code, sentence in items]
    return {"type": "taglines", "value": {"heading": heading_text, "taglines": rows}}


def bullets(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


# The same safety facts in both articles; only when to call the clinic differs.
NOT_SAFE_IF = "<p>Ketamine may not be safe if you:</p>" + bullets(
    "are pregnant or breastfeeding",
    "have heart disease, or high blood pressure that is not under control",
    "have had psychosis, or some other mental health conditions",
    "have a problem with drugs or alcohol, now or in the past",
    "have liver disease or bladder problems",
)
SIDE_EFFECTS = [
    ("Feeling dizzy, drowsy or detached, or as if in a dream", "common"),
    ("Feeling sick (nausea)", "common"),
    ("A rise in blood pressure", "common"),
    ("Seeing or hearing things that are not there", "common"),
    ("Slowed breathing", "unknown"),
    ("Bladder and urinary problems", "unknown"),
    ("Misuse, and wanting to take more than prescribed", "unknown"),
]
CALL_911 = "<p>Call 911 if someone has chest pain, slow or shallow breathing, a seizure, or cannot be woken.</p>"


def ketamine_safety(call_clinic):
    return safety("Is ketamine safe for me?", NOT_SAFE_IF, SIDE_EFFECTS, call_clinic, CALL_911)


KETAMINE_INFUSION_GUIDELINES = reference(
    "Cohen SP, Bhatia A, Buvanendran A, et al.",
    "Consensus Guidelines on the Use of Intravenous Ketamine Infusions for Chronic Pain From the American "
    "Society of Regional Anesthesia and Pain Medicine, the American Academy of Pain Medicine, and the "
    "American Society of Anesthesiologists",
    "Regional Anesthesia and Pain Medicine",
    2018,
    "10.1097/AAP.0000000000000808",
)

PAIN_AND_MIGRAINE = {
    "slug": "ketamine-therapy-chronic-pain-migraine",
    "title": "Ketamine therapy for chronic pain and migraine",
    "date_published": datetime.date(2026, 9, 14),
    "hero_image": ("Demo pattern in teal", "#0b5e6b", "#d9eef0"),
    "hero_image_decorative": True,  # a colour pattern: nothing for a screen reader to say
    "regulatory_notice": (
        "Ketamine is approved by the FDA as an anesthetic. Using it for chronic pain or migraine is off-label: "
        "a doctor may prescribe it when they judge it suitable for you, but it is not an approved treatment "
        "for these conditions. It is not a cure, and results differ from person to person."
    ),
    "conditions_covered": "Chronic pain\nMigraine\nComplex regional pain syndrome",
    "last_reviewed": datetime.date(2026, 9, 10),
    "references": [
        KETAMINE_INFUSION_GUIDELINES,
        reference(
            "Orhurhu V, Orhurhu MS, Bhatia A, Cohen SP",
            "Ketamine Infusions for Chronic Pain: A Systematic Review and Meta-analysis of Randomized "
            "Controlled Trials",
            "Anesthesia & Analgesia",
            2019,
            "10.1213/ANE.0000000000004185",
        ),
    ],
    "summary": (
        "Ketamine is a medicine some doctors prescribe at low doses for long-lasting pain or migraine "
        "when other treatments have not helped. This page explains how it differs from opioids, the "
        "forms we offer, its side effects, and what to expect. It does not help everyone."
    ),
    "body": [
        text(
            "<p>Pain that lasts for months, or migraine attacks that keep coming back, can make work, "
            "sleep and family life hard. Common painkillers do not always help, and opioids bring risks "
            "of their own, such as needing more over time and becoming dependent on them.</p>"
            "<p>Ketamine is one option some people explore when other treatments have not worked. "
            "Here is what we know about it, and what we do not.</p>"
        ),
        heading("How ketamine works differently from opioids"),
        text(
            "<p>Opioids dull pain by attaching to opioid receptors in the brain and spinal cord. Ketamine "
            "acts somewhere else. It blocks the <b>NMDA receptor</b>, which helps pass pain signals along "
            "the nerves.</p>"
            "<p>In long-lasting pain, the nervous system can become over-sensitive, so that it sends pain "
            "signals more easily and more strongly than it should. Doctors call this "
            "<b>central sensitization</b>. By blocking NMDA receptors, ketamine may:</p>"
            + bullets(
                "calm nerves that have become too easy to trigger",
                "interrupt pain pathways that opioids do not reach",
                "ease pain for some people when other medicines have not",
            )
            + "<p>Doctors have looked at it most for nerve pain, complex regional pain syndrome (CRPS), "
            "fibromyalgia and severe migraine.</p>"
        ),
        heading("What the research shows"),
        text(
            "<p>The evidence is stronger for some kinds of pain than for others. Most studies gave ketamine "
            "through a drip into a vein, not as a lozenge or nasal spray.</p>"
            + bullets(
                "In 2018, groups of US pain doctors wrote guidelines. They found moderate evidence "
                "for ketamine drips in CRPS. For migraine, fibromyalgia and other long-lasting pain, the "
                "evidence was weak or missing.",
                "A 2019 review looked at seven trials. On average, drips lowered pain a little, for up to "
                "about two weeks. People given ketamine had more side effects, such as feeling detached "
                "or sick.",
            )
            + "<p>So ketamine may help some people for a while, but it is not a sure thing, and the effect "
            "often wears off.</p>"
        ),
        heading("Possible benefits"),
        text(
            bullets(
                "<b>It is not an opioid.</b> It works in a different way. It can still be misused, and "
                "it can slow your breathing. That is why we prescribe it and check on you carefully.",
                "<b>It can work quickly for some people.</b> Some notice less pain within hours or days. "
                "Others notice a change only later, or not at all.",
                "<b>It comes in more than one form,</b> so treatment can be fitted to you.",
            )
        ),
        heading("Why dosing and supervision matter"),
        text(
            "<p>Ketamine is a strong medicine. The wrong dose can cause harm, and so can using it without a "
            "doctor's care. It can make you dizzy and raise your blood pressure. It can also make you see or "
            "hear things that are not there (hallucinations).</p>"
            "<p>Our clinicians are trained in ketamine therapy. They:</p>"
            + bullets(
                "work out a dose for you, based on your health and your pain",
                "check on you during and after treatment",
                "change the plan when something is not working or causes side effects",
            )
        ),
        heading("The forms of ketamine we offer"),
        heading("Troches (lozenges)", "h3"),
        text(
            bullets(
                "A small lozenge that dissolves slowly in your mouth, so the medicine is absorbed gradually.",
                "You can take it at home, following written dosing instructions from your clinician.",
                "A pharmacy makes it for you. This is called compounding.",
            )
        ),
        heading("Nasal spray", "h3"),
        text(
            bullets(
                "The medicine is absorbed through the lining of the nose, so it starts to work quickly.",
                "It is easy to use.",
                "Your clinician can adjust the dose as your treatment goes on.",
                "It is compounded by a pharmacy too.",
            )
        ),
        callout(
            "important",
            "Compounded medicines are not FDA-approved",
            "<p>Our troches and nasal spray are made by a pharmacy for each patient. The FDA has not checked "
            "these products for safety, quality or how well they work. It has warned about this kind of "
            "ketamine, mostly when it is used at home. That is why we see you before and during treatment.</p>",
        ),
        text(
            "<p>Ketamine can also be given as an infusion into a vein in some clinics. We will talk with you "
            "about which form, if any, suits your condition and your daily life.</p>"
        ),
        heading("What to expect"),
        text(
            "<p>Before we prescribe anything, we check whether ketamine is a safe choice for you. This "
            "usually includes:</p>"
            + bullets(
                "a review of your medical history and an assessment of your pain",
                "a talk about what you hope treatment will change, and what it realistically can",
                "an explanation of the dosing schedule and the possible side effects",
                "regular follow-up visits to see how you are doing and adjust the plan",
            )
            + "<p>Tell us openly how the treatment is going, good or bad. That helps us make the right "
            "changes.</p>"
        ),
        ketamine_safety(
            "<p>Call us if a side effect worries you, if you pass urine more often or it hurts, or if you "
            "want to take more than prescribed.</p>"
            + bullets(
                "Do not drive or use machines until the day after a dose.",
                "Keep your medicine locked away, out of reach of children and other people.",
                "Bring back any doses you no longer need. Do not throw them away or share them.",
            )
        ),
        faq(
            [
                (
                    "What happens at the first appointment?",
                    "<p>We go through your medical history, ask about your pain and the treatments you have "
                    "tried, and talk about your goals. Together we decide whether ketamine is worth trying.</p>",
                ),
                (
                    "Can I use ketamine at home?",
                    "<p>Troches and nasal spray can be used at home once your clinician has checked that they "
                    "are suitable for you. You get clear written dosing instructions, and you use the "
                    "medicine only as prescribed.</p>",
                ),
                (
                    "How soon might I notice a difference?",
                    "<p>Some people notice less pain within hours or days. For others it takes longer, and "
                    "some people do not benefit. We review your progress at every follow-up.</p>",
                ),
                (
                    "What side effects should I know about?",
                    "<p>The most common are dizziness, feeling detached or dreamy, and a rise in blood "
                    "pressure. Some people see or hear things that are not there. The list above has more. "
                    "We explain them before you start. Tell us about any you notice.</p>",
                ),
                (
                    "Will I need follow-up visits?",
                    "<p>Yes. Regular follow-ups let us check that the treatment is safe and helping, and "
                    "change the dose or stop when it is not.</p>",
                ),
                (
                    "Is ketamine approved for chronic pain or migraine?",
                    "<p>No. The FDA has approved ketamine as an anesthetic. Its use for chronic pain and "
                    "migraine is off-label, based on your doctor's judgement.</p>",
                ),
            ]
        ),
    ],
}


FIBROMYALGIA = {
    "slug": "ketamine-therapy-fibromyalgia",
    "title": "Ketamine therapy for fibromyalgia",
    "date_published": datetime.date(2026, 10, 5),
    "hero_image": ("Demo pattern in sand", "#7a5a2a", "#f5ede0"),
    "hero_image_decorative": True,
    "regulatory_notice": (
        "Ketamine is approved by the FDA as an anesthetic. It is not FDA-approved for fibromyalgia. Doctors "
        "sometimes prescribe it off-label, based on clinical experience and their judgement. It is not a cure, "
        "results vary widely, and any benefit may not last."
    ),
    "conditions_covered": "Fibromyalgia",
    "last_reviewed": datetime.date(2026, 10, 1),
    "references": [
        reference(
            "Pastrak M, Abd-Elsayed A, Ma F, Vrooman B, Visnjevac O",
            "Systematic Review of the Use of Intravenous Ketamine for Fibromyalgia",
            "Ochsner Journal",
            2021,
            "10.31486/toj.21.0038",
        ),
        reference(
            "de Carvalho JF, de Sena EP",
            "Ketamine in fibromyalgia: a systematic review",
            "Advances in Rheumatology",
            2024,
            "10.1186/s42358-024-00393-9",
        ),
        KETAMINE_INFUSION_GUIDELINES,
    ],
    "summary": (
        "Fibromyalgia causes pain all over the body, tiredness and poor sleep. Ketamine is being studied "
        "for some people whose symptoms have not improved with standard care. It is not FDA-approved for "
        "fibromyalgia, it is not a cure, and it does not help everyone."
    ),
    "body": [
        text(
            "<p>Fibromyalgia is a long-term condition. It causes pain in many parts of the body, along with "
            "tiredness, poor sleep and trouble thinking clearly. Many people try several medicines and "
            "therapies and still find their symptoms come and go, or do not ease much at all.</p>"
            "<p>Some people have severe fibromyalgia that other treatments have not helped. Our clinicians may "
            "talk with them about ketamine. It is always given with a doctor's care, as one part of a wider "
            "plan.</p>"
        ),
        heading("About fibromyalgia"),
        text(
            "<p>Fibromyalgia affects millions of people. It is more common in women, but anyone can have it, "
            "at any age. Doctors now understand it as a problem with how the brain and spinal cord handle "
            "pain signals.</p><p>Common symptoms include:</p>"
            + bullets(
                "pain that lasts and is spread across many parts of the body",
                "being extra sensitive to touch, pressure, heat, cold or noise",
                "deep tiredness that rest does not fix",
                "sleep that does not refresh you, or trouble sleeping",
                "problems with memory and concentration, often called “fibro fog”",
                "headaches or migraines",
                "irritable bowel syndrome",
                "anxiety or low mood",
            )
            + "<p>Fibromyalgia does not damage the joints and does not show up on scans or blood tests. "
            "That can make it slow to diagnose, which is upsetting for many people.</p>"
        ),
        heading("Why fibromyalgia can be hard to treat"),
        text(
            "<p>In fibromyalgia the pain pathways become over-sensitive. They turn up signals that would not "
            "normally hurt, so pain continues even when nothing in the body is injured. This is called "
            "<b>central sensitization</b>.</p>"
            "<p>Because of this, many usual pain medicines help only a little:</p>"
            + bullets(
                "opioids usually do not help and can make things worse",
                "painkillers like ibuprofen often help only a little",
                "muscle relaxants and some anti-seizure medicines help some symptoms but not others",
            )
            + "<p>Fibromyalgia also affects sleep, thinking and mood, so a treatment aimed at one thing "
            "rarely helps with everything.</p>"
        ),
        heading("Why ketamine is being studied"),
        text(
            "<p>Ketamine has been used for many years in anesthesia, emergency care and pain care. At low doses, "
            "given with care, it acts on the nerves in a different way from usual painkillers. "
            "It may:</p>"
            + bullets(
                "block the <b>NMDA receptor</b>, which plays a part in turning pain signals up",
                "change glutamate signalling, which is involved in pain building up over time",
                "help over-active pain circuits settle",
                "in some people, reduce extra-strong pain (hyperalgesia) and pain from a light touch (allodynia)",
            )
        ),
        heading("What the evidence suggests"),
        text(
            "<p>Studies suggest ketamine may lower pain for a while in some people with fibromyalgia. This "
            "is mostly when symptoms are severe and other treatments have not worked. It is important to "
            "know that:</p>"
            + bullets(
                "people respond in very different ways",
                "any benefit may be short-lived and needs to be checked again",
                "ketamine is not FDA-approved for fibromyalgia",
                "it should only be used under medical supervision",
            )
            + "<p>Reviews of the research so far are cautious. A 2021 review of seven studies (118 people) "
            "found that a single low-dose infusion eased pain for only a few hours. A 2024 review of six "
            "studies found short-term benefit in most of them. But the one study that followed people for "
            "eight weeks found no lasting benefit. Larger and longer studies are still needed.</p>"
            "<p>It is usually considered only after standard treatments have been tried.</p>"
        ),
        heading("Who may be considered"),
        text(
            "<p>We decide person by person, after a full assessment. We may consider ketamine for people "
            "who:</p>"
            + bullets(
                "have a diagnosis of fibromyalgia that makes everyday life much harder",
                "still have pain despite suitable medical treatment",
                "show clear signs of central sensitization",
                "are in stable physical and mental health",
            )
            + "<p>Ketamine may not be safe for you if you have:</p>"
            + bullets(
                "certain heart conditions",
                "high blood pressure that is not under control",
                "a current problem, or concern, with drug or alcohol use",
                "some mental health conditions",
            )
            + "<p>Whether it is suitable and safe for you is decided at your consultation.</p>"
        ),
        heading("What ketamine therapy is not"),
        text(
            bullets(
                "It is not a cure for fibromyalgia.",
                "It does not replace good sleep habits, physical activity or support from a wider care team.",
                "It is not for use without medical supervision.",
            )
            + "<p>At best, it is a tool that may turn down pain enough for you to take part more fully in "
            "rehabilitation and daily life.</p>"
        ),
        heading("What treatment involves"),
        heading("Your first consultation", "h3"),
        text(
            bullets(
                "a review of your diagnosis and symptoms",
                "a look at the treatments you have tried and how they worked",
                "questions about your pain, tiredness and how they affect your life",
                "checks of your physical and mental health",
            )
        ),
        heading("During treatment", "h3"),
        text(
            "<p>Much of the research in fibromyalgia used ketamine given through a drip (an infusion) in a "
            "clinic, with staff watching closely. During a dose, people may notice:</p>"
            + bullets(
                "changes in how things look, sound or feel, or feeling detached",
                "short-lived changes in their senses",
                "feeling more distant from their pain",
            )
            + "<p>These effects fade as the dose wears off. Your clinician will explain which form of "
            "treatment, if any, fits your situation.</p>"
        ),
        heading("Safety and monitoring"),
        text(
            "<p>People with fibromyalgia often have other health problems too, so we check carefully. We give "
            "ketamine as troches and nasal spray, which you use mostly at home. Here is how we keep that "
            "safe:</p>"
            + bullets(
                "A doctor checks that you are fit for treatment and oversees it.",
                "We start with a low dose.",
                "You take your first dose at the clinic. We watch how you respond before you go home.",
                "After each dose at home, do not drive or use machines until the next day.",
                "Keep your doses locked away, out of reach of children and other people.",
                "Bring back any doses you no longer need, so they cannot be misused.",
            )
            + "<p>Clinics that give ketamine through a drip check your heart rate, blood pressure and "
            "breathing the whole time. We do not give drips. We go ahead only when the likely benefits "
            "outweigh the risks for you.</p>"
        ),
        ketamine_safety(
            "<p>Call us if a side effect worries you, if passing urine hurts or you need to go more often, or "
            "if your pain gets worse.</p>"
        ),
        heading("Part of a wider plan"),
        text(
            "<p>Fibromyalgia is best managed with several kinds of support. Ketamine may sit alongside:</p>"
            + bullets(
                "help with sleep",
                "gentle exercise that builds up slowly",
                "physical therapy",
                "talking therapy for pain, such as CBT",
                "ways to manage stress",
            )
            + "<p>Some people find ketamine eases their pain enough to get moving again and take part in "
            "therapy and daily activities.</p>"
        ),
        heading("What results to expect"),
        text(
            "<p>Some people notice:</p>"
            + bullets(
                "less everyday pain",
                "less sensitivity to touch, sound or temperature",
                "more energy to take part in daily life",
            )
            + "<p>Others notice:</p>"
            + bullets("only a small benefit", "an improvement that does not last", "no real change")
            + "<p>We will talk honestly with you about this uncertainty before you decide.</p>"
        ),
        faq(
            [
                (
                    "Is ketamine approved for fibromyalgia?",
                    "<p>No. Ketamine is not FDA-approved for fibromyalgia. Some doctors still prescribe it "
                    "when they judge it may help. This is called off-label use.</p>",
                ),
                (
                    "Can ketamine cure fibromyalgia?",
                    "<p>No. It is not a cure. In some people it may calm the over-sensitive pain system for "
                    "a while.</p>",
                ),
                (
                    "How long do the benefits last?",
                    "<p>It varies a lot. Some people feel better for a time; others do not respond at all.</p>",
                ),
                (
                    "Will ketamine replace my current medicines?",
                    "<p>Not always. We decide any change to your medicines with you and your other doctors. "
                    "Do not stop a medicine on your own.</p>",
                ),
            ]
        ),
    ],
}

ARTICLES = [PAIN_AND_MIGRAINE, FIBROMYALGIA]
