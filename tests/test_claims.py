import pytest
from wagtail.rich_text import RichText

from clinical_review.claims import overstated_claims, page_text


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Ketamine is a cure for fibromyalgia.", "cure"),
        ("Relief is guaranteed within a week.", "guaranteed"),
        ("It works for 100% of patients.", "100%"),
        ("Our therapy has no side effects.", "no side effects"),
        ("Ketamine is FDA-approved for fibromyalgia.", "FDA-approved for fibromyalgia"),
        ("Ketamine cures migraine.", "cures"),
        ("Our therapy is safe and effective.", "safe and effective"),
        ("It is a proven treatment.", "proven"),
        ("A clinically proven approach to pain.", "clinically proven"),
        ("Ketamine is non-addictive.", "non-addictive"),
        ("Leave our clinic pain-free.", "pain-free"),
        ("Our ketamine is FDA-approved.", "FDA-approved"),
        ("La ketamina cura la migraña.", "cura"),
        ("Un tratamiento sin efectos secundarios.", "sin efectos secundarios"),
    ],
)
def test_overstated_claims_are_flagged_with_their_sentence(text, phrase):
    assert overstated_claims("An honest start. " + text) == [(phrase, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Ketamine is not a cure for fibromyalgia.",
        "Can ketamine cure fibromyalgia?",
        "Ketamine is not FDA-approved for fibromyalgia.",
        "No. It is not a cure.",
        "We cannot guarantee results.",
        "Responses vary, and some people notice no change.",
        "Ketamine doesn't cure pain.",
        "It won't cure fibromyalgia.",
        "This use has not been proven in large trials.",
        "Ketamine is FDA-approved for anesthesia.",
        "Ketamine is approved by the FDA as an anesthetic, and is FDA-approved as one.",
        "Compounded troches are not FDA-approved products.",
        "La ketamina no cura la fibromialgia.",
    ],
)
def test_honest_text_is_not_flagged(text):
    assert overstated_claims(text) == []


def test_staff_edit_the_list_itself():
    assert overstated_claims("Results are life-changing. It is a cure.", ["life-changing"]) == [
        ("life-changing", "Results are life-changing.")
    ]


def test_staff_can_add_their_own_phrases():
    assert overstated_claims("Results are life-changing.", ["life-changing"]) == [
        ("life-changing", "Results are life-changing.")
    ]


@pytest.mark.django_db
def test_claims_inside_faq_answers_are_found(fibromyalgia):
    fibromyalgia.body[-1].value["items"][0]["answer"] = RichText("<p>Yes, and relief is guaranteed.</p>")
    assert overstated_claims(page_text(fibromyalgia)) == [("guaranteed", "Yes, and relief is guaranteed.")]


@pytest.mark.django_db
def test_demo_articles_pass_the_claims_check(pain_article, fibromyalgia):
    for article in (pain_article, fibromyalgia):
        assert overstated_claims(page_text(article)) == [], article.title


def test_each_paragraph_and_list_item_is_read_as_its_own_sentence():
    from clinic_site.text import texts_in

    [text] = texts_in(RichText("<p>It is not magic</p><ul><li>Relief is guaranteed</li><li>No &amp; more</li></ul>"))
    assert overstated_claims(text) == [("guaranteed", "Relief is guaranteed")]


@pytest.mark.django_db
def test_every_demo_page_passes_the_claims_check():
    from wagtail.models import Page

    pages = [page.specific for page in Page.objects.filter(depth__gt=2).live()]
    checked = [page for page in pages if hasattr(page, "body")]
    assert len(checked) >= 18
    for page in checked:
        assert overstated_claims(page_text(page)) == [], page.url_path
