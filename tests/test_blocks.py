import pytest
from django.core.exceptions import ValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from pages.blocks import BodyBlock, CalloutBlock, FAQBlock, HeadingBlock, ImageBlock


def html(block, raw_value, context=None):
    return soup_of(block.render(block.to_python(raw_value), context=context))


def soup_of(markup):
    from bs4 import BeautifulSoup

    return BeautifulSoup(str(markup), "html.parser")


def test_faq_renders_native_disclosures_with_the_question_text():
    page = html(
        FAQBlock(),
        {
            "heading": "Questions patients ask",
            "items": [
                {"question": "Is it safe?", "answer": "<p>It needs medical supervision.</p>"},
                {"question": "Does it hurt?", "answer": "<p>Rarely.</p>"},
            ],
        },
    )
    assert page.h2.get_text() == "Questions patients ask"
    disclosures = page.find_all("details")
    assert [d.summary.get_text() for d in disclosures] == ["Is it safe?", "Does it hurt?"]
    assert disclosures[0].find("p").get_text() == "It needs medical supervision."
    assert not disclosures[0].has_attr("open")  # closed until the patient opens it


@pytest.mark.parametrize("level", ["h2", "h3", "h4"])
def test_heading_renders_at_the_chosen_level(level):
    page = html(HeadingBlock(), {"text": "What to expect", "level": level})
    assert page.find(level).get_text() == "What to expect"
    assert page.find(level)["id"] == "what-to-expect"


def test_callout_names_its_urgency_in_words_not_only_colour():
    page = html(CalloutBlock(), {"kind": "urgent", "title": "Stay safe", "text": "<p>Call 911.</p>"})
    assert "callout--urgent" in page.div["class"] and page.div["role"] == "note"
    assert page.find(class_="callout__kind").get_text() == "Urgent:"


@pytest.mark.django_db
def test_image_needs_alt_text_unless_decorative():
    image = Image.objects.create(title="Clinic", file=get_test_image_file())
    block = ImageBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": " ", "decorative": False}))
    block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": True}))
    described = html(block, {"image": image.pk, "alt_text": "The waiting room", "decorative": False})
    assert described.img["alt"] == "The waiting room"
    assert [source["type"] for source in described.find_all("source")] == ["image/avif", "image/webp"]
    assert described.img["loading"] == "lazy" and described.img["width"] and described.img["height"]
    decorative = html(block, {"image": image.pk, "alt_text": "ignored", "decorative": True})
    assert decorative.img["alt"] == ""


@pytest.mark.django_db
def test_booking_cta_block_uses_the_clinic_booking_link(rf, clinic, fibromyalgia):
    request = rf.get(fibromyalgia.url)
    block = BodyBlock().child_blocks["booking_cta"]
    context = {"clinic": clinic, "page": fibromyalgia, "request": request}
    page = html(block, {"heading": "Ready to talk?", "text": "We can help."}, context)
    assert page.h2.get_text() == "Ready to talk?"
    assert page.find("a", class_="button")["href"] == f"/book/?from={fibromyalgia.pk}"


def test_body_offers_every_purpose_built_block():
    assert set(BodyBlock().child_blocks) == {"heading", "paragraph", "callout", "image", "faq", "booking_cta"}


def test_rich_text_in_the_body_has_no_heading_levels_of_its_own():
    features = BodyBlock().child_blocks["paragraph"].features
    assert not any(feature.startswith("h") for feature in features if feature != "hr")
