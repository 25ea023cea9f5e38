import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from pages.blocks import BodyBlock, CalloutBlock, FAQBlock, FigureBlock, HeadingBlock, TableBlock


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
    page = html(
        HeadingBlock(), {"text": "What to expect", "level": level}, {"id": "3f2a9c1d-0000-4000-8000-000000000000"}
    )
    assert page.find(level).get_text() == "What to expect"
    assert page.find(level)["id"] == "what-to-expect-3f2a9c1d"  # its words, then the block's own short id


def test_callout_names_its_urgency_in_words_not_only_colour():
    page = html(CalloutBlock(), {"kind": "urgent", "title": "Stay safe", "text": "<p>Call 911.</p>"})
    assert "callout--urgent" in page.div["class"] and page.div["role"] == "note"
    assert page.find(class_="callout__kind").get_text() == "Urgent:"


def test_a_callout_and_a_side_effect_name_their_choice_in_the_visitors_language():
    callout = CalloutBlock().to_python({"kind": "important", "title": "", "text": "<p>Rest.</p>"})
    from pages.blocks import SideEffectBlock

    effect = SideEffectBlock().to_python({"effect": "Dizziness", "frequency": "very-common"})
    assert (callout.kind_label(), effect.frequency_label()) == ("Important", "very common")
    with translation.override("es"):
        assert (callout.kind_label(), effect.frequency_label()) == ("Importante", "muy frecuente")


@pytest.mark.django_db
def test_image_needs_alt_text_unless_decorative():
    image = Image.objects.create(title="Clinic", file=get_test_image_file())
    block = FigureBlock()

    def figure(alt_text, decorative, caption=""):
        return {"image": {"image": image.pk, "alt_text": alt_text, "decorative": decorative}, "caption": caption}

    with pytest.raises(ValidationError):
        block.clean(block.to_python(figure("", False)))
    block.clean(block.to_python(figure("", True)))
    described = html(block, figure("The waiting room", False, "Our waiting room"))
    assert described.img["alt"] == "The waiting room"
    assert described.figcaption.get_text() == "Our waiting room"
    assert [source["type"] for source in described.find_all("source")] == ["image/avif", "image/webp"]
    assert described.img["loading"] == "lazy" and described.img["width"] and described.img["height"]
    decorative = html(block, figure("ignored", True))
    assert decorative.img["alt"] == "" and decorative.figcaption is None


@pytest.mark.django_db
def test_booking_cta_block_uses_the_clinic_booking_link(rf, clinic, fibromyalgia):
    request = rf.get(fibromyalgia.url)
    block = BodyBlock().child_blocks["booking_cta"]
    context = {"clinic": clinic, "page": fibromyalgia, "request": request}
    page = html(block, {"heading": "Ready to talk?", "text": "We can help."}, context)
    assert page.h2.get_text() == "Ready to talk?"
    assert page.find("a", class_="button")["href"] == f"/book/?from={fibromyalgia.pk}"


def test_body_offers_every_purpose_built_block():
    assert set(BodyBlock().child_blocks) == {
        *("heading", "paragraph", "callout", "image", "faq", "booking_cta"),
        *("safety", "steps", "price_table", "taglines", "table"),
    }


EXERCISE_TABLE = {
    "table_caption": "How often to exercise",
    "table_header_choice": "both",
    "data": [["Treatment", "How often"], ["Exercise", "3 times a week"], ["Walking", None]],
}


def test_a_table_names_its_headers_for_screen_readers_and_scrolls_in_its_own_box():
    block = TableBlock()
    page = html(block, block.clean(dict(EXERCISE_TABLE)), context={"id": "4b1e2c3d-0000-4000-8000-000000000000"})
    region = page.find(class_="table-block")
    assert region["role"] == "region" and region["tabindex"] == "0"
    assert region["aria-labelledby"] == page.caption["id"] == "table-4b1e2c3d"
    assert page.caption.get_text() == "How often to exercise"
    assert [th.get_text() for th in page.select("thead th[scope=col]")] == ["Treatment", "How often"]
    assert [th.get_text() for th in page.select("tbody th[scope=row]")] == ["Exercise", "Walking"]
    assert [td.get_text() for td in page.select("tbody td")] == ["3 times a week", ""]


@pytest.mark.parametrize(
    "change, message",
    [({"table_header_choice": "neither"}, "Choose a header row or column"), ({"table_caption": " "}, "caption")],
)
def test_a_table_needs_headers_and_a_caption(change, message):
    with pytest.raises(ValidationError, match=message):
        TableBlock().clean({**EXERCISE_TABLE, **change})


def test_every_cell_and_the_caption_of_a_table_go_to_the_translators():
    block = TableBlock()
    segments = block.get_translatable_segments(EXERCISE_TABLE)
    assert [segment.render_text() for segment in segments] == [
        "How often to exercise",
        *("Treatment", "How often", "Exercise", "3 times a week", "Walking"),
    ]
    spanish = {"How often to exercise": "Con qué frecuencia hacer ejercicio", "Exercise": "Ejercicio"}
    for segment in segments:
        segment.string = type(segment.string).from_plaintext(spanish.get(segment.render_text(), "…"))
    translated = block.restore_translated_segments(EXERCISE_TABLE, segments)
    assert translated["table_caption"] == "Con qué frecuencia hacer ejercicio"
    assert translated["data"][1] == ["Ejercicio", "…"] and translated["data"][2] == ["…", None]
    assert EXERCISE_TABLE["data"][1][0] == "Exercise"  # the English table is left as it was


def test_rich_text_in_the_body_keeps_pasted_headings_and_a_pasted_title_becomes_a_section_heading():
    features = BodyBlock().child_blocks["paragraph"].features
    assert {"h1", "h2", "h3"} <= set(features)  # Draftail drops pasted headings it is not offered
    body = BodyBlock()
    value = body.clean(body.to_python([{"type": "paragraph", "value": "<h1>Exercise plan</h1><p>Walk daily.</p>"}]))
    assert [child.block_type for child in value] == ["heading", "paragraph"]
    assert value[0].value["level"] == "h2" and "<h1" not in str(value.render_as_block())


def test_price_table_renders_a_row_per_service_and_the_checked_date():
    from pages.blocks import PriceTableBlock

    clinic = type("Clinic", (), {"phone": "480.306.4372", "phone_href": "tel:4803064372"})()
    page = html(
        PriceTableBlock(),
        {
            "heading": "Prices",
            "rows": [
                {"service": "Consultation", "price": "$250", "included": "A plan", "notes": ""},
                {"service": "Follow-up", "price": "Ask us", "included": "", "notes": "Per visit"},
            ],
            "checked_on": "2026-11-02",
            "ask_us": True,
        },
        {"clinic": clinic},
    )
    rows = page.select("tbody tr")
    assert [row.th.get_text() for row in rows] == ["Consultation", "Follow-up"]
    assert [td.get_text() for td in rows[1].select("td")] == ["Ask us", "—", "Per visit"]
    assert rows[0].td["data-label"] == "Price"  # read out on phones, where the table becomes cards
    assert page.select_one(".prices__checked time")["datetime"] == "2026-11-02"
    assert page.select_one(".prices__checked a")["href"] == "tel:4803064372"


def test_steps_render_as_a_numbered_list():
    from pages.blocks import StepsBlock

    page = html(
        StepsBlock(),
        {
            "heading": "Steps",
            "steps": [
                {"title": "Arrive", "text": "<p>Check in.</p>", "duration": "5 minutes", "bring": "ID"},
                {"title": "Talk", "text": "<p>We listen.</p>", "duration": "", "bring": ""},
            ],
        },
    )
    assert [li.h3.get_text() for li in page.select("ol > li")] == ["Arrive", "Talk"]
    assert " ".join(page.select_one("ol > li dl").get_text(" ").split()) == "How long: 5 minutes What to bring: ID"
    assert page.select("ol > li")[1].dl is None


def test_safety_block_names_frequencies_in_words_and_who_to_call():
    from pages.blocks import SafetyBlock

    page = html(
        SafetyBlock(),
        {
            "heading": "Is it safe?",
            "not_for": "<ul><li>People who are pregnant</li></ul>",
            "side_effects": [
                {"effect": "Dizziness", "frequency": "common"},
                {"effect": "Misuse", "frequency": "unknown"},
            ],
            "call_clinic": "<p>Call us if you feel sick.</p>",
            "call_911": "<p>Call 911 if breathing slows.</p>",
        },
    )
    assert [" ".join(li.get_text().split()) for li in page.select(".side-effects li")] == [
        "Dizziness: common",
        "Misuse: how often is not known",
    ]
    assert "When to call 911" in page.select_one(".callout--urgent").get_text()
    assert "People who are pregnant" in page.get_text()


def test_taglines_mark_each_sentence_with_its_language_and_direction():
    from pages.blocks import TaglinesBlock

    clinic = type("Clinic", (), {"phone": "480.306.4372"})()
    page = html(
        TaglinesBlock(),
        {
            "heading": "Language help",
            "taglines": [
                {"language": "Arabic", "code": "ar", "text": "تنبيه", "phone": ""},
                {"language": "Vietnamese", "code": "vi", "text": "CHÚ Ý", "phone": "480.555.0100"},
            ],
        },
        {"clinic": clinic},
    )
    items = page.select("li")
    assert [(li["lang"], li["dir"]) for li in items] == [("ar", "rtl"), ("vi", "ltr")]
    assert [li.a["href"] for li in items] == ["tel:4803064372", "tel:4805550100"]
    assert items[0].a["dir"] == "ltr"  # the number reads left to right inside Arabic text


def test_a_tagline_language_code_is_checked():
    from pages.blocks import TaglineBlock

    with pytest.raises(ValidationError):
        TaglineBlock().clean(TaglineBlock().to_python({"language": "X", "code": "not a code", "text": "Hi"}))


def test_headings_in_body_text_become_heading_blocks():
    """Headings pasted from a document into the text keep their level, get their anchor and reach the
    contents list; text around them stays text, and a paragraph too long to be a heading stays text."""
    body = BodyBlock()
    long_line = "A" * 130
    value = body.clean(
        body.to_python(
            [
                {
                    "type": "paragraph",
                    "value": "<p>Before.</p><h2>What to expect</h2><p>During.</p><h3>Aftercare</h3>"
                    f"<h2>{long_line}</h2>",
                }
            ]
        )
    )
    kinds = [(child.block_type, child.value) for child in value]
    assert [kind for kind, _ in kinds] == ["paragraph", "heading", "paragraph", "heading", "paragraph"]
    assert (kinds[1][1]["text"], kinds[1][1]["level"]) == ("What to expect", "h2")
    assert (kinds[3][1]["text"], kinds[3][1]["level"]) == ("Aftercare", "h3")
    assert kinds[4][1].source == f"<p><b>{long_line}</b></p>"
    body.get_prep_value(value)  # saving gives each new block its id
    page = soup_of(value.render_as_block())
    assert page.h2.get_text() == "What to expect" and page.h2["id"] == f"what-to-expect-{value[1].id[:8]}"
    assert page.h3["id"] == f"aftercare-{value[3].id[:8]}"
