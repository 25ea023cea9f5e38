"""StreamField blocks for page bodies, each with its own template in templates/blocks/."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

# Headings come from HeadingBlock, so body text offers no heading levels of its own.
BODY_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "document-link"]
SHORT_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text="The heading as patients will read it.")
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading (H2)"), ("h3", "Subheading (H3)"), ("h4", "Minor heading (H4)")],
        default="h2",
        help_text="Use H2 for main sections; H3 and H4 only inside a section.",
    )

    class Meta:
        icon = "title"
        group = "Text"
        template = "blocks/heading_block.html"
        description = "A section heading. Main sections also appear in the article's contents list."
        preview_value = {"text": "What to expect at your first visit", "level": "h2"}


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("info", "Information"), ("important", "Important"), ("urgent", "Urgent")],
        default="info",
        help_text="Urgent is for safety messages, such as when to seek emergency care.",
    )
    title = blocks.CharBlock(required=False, max_length=120, help_text="Optional short title.")
    text = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        group = "Text"
        template = "blocks/callout_block.html"
        description = "A highlighted box that draws attention to a note, caution or safety message."
        preview_value = {
            "kind": "important",
            "title": "Talk to your doctor first",
            "text": "<p>Do not stop or change a medicine without your doctor's advice.</p>",
        }


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text="Describe what the image shows for people who cannot see it. "
        "Required unless the image is marked decorative.",
    )
    decorative = blocks.BooleanBlock(
        required=False,
        help_text="Tick only if the image adds nothing to the text; screen readers will skip it.",
    )
    caption = blocks.CharBlock(required=False, max_length=250, help_text="Optional caption shown below the image.")

    class Meta:
        icon = "image"
        group = "Media"
        template = "blocks/image_block.html"
        description = "An image with a text alternative for screen readers."

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not value.get("alt_text", "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        "Describe the image, or tick 'decorative' if it adds nothing to the text."
                    )
                }
            )
        return value


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200, help_text="Phrase it as a patient would ask it.")
    answer = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES, help_text="A short, plain-language answer.")

    class Meta:
        icon = "help"
        label = "Question"


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=120,
        default="Frequently asked questions",
        help_text="Shown above the questions.",
    )
    items = blocks.ListBlock(FAQItemBlock(), min_num=1, label="Questions")

    class Meta:
        icon = "help"
        group = "Patient help"
        template = "blocks/faq_block.html"
        description = "Questions and answers that patients open one at a time."
        preview_value = {
            "heading": "Frequently asked questions",
            "items": [
                {
                    "question": "Do I need a referral?",
                    "answer": "<p>No. You can book a first consultation yourself.</p>",
                }
            ],
        }


class BookingCallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=120,
        default="Ready to talk about your options?",
        help_text="A short invitation to book.",
    )
    text = blocks.TextBlock(
        required=False,
        max_length=300,
        help_text="Optional sentence below the heading. The button uses the booking link from the clinic settings.",
    )

    class Meta:
        icon = "date"
        group = "Patient help"
        template = "blocks/booking_cta_block.html"
        description = "A booking button. Falls back to the clinic's phone number when no booking link is set."
        preview_value = {"heading": "Ready to talk about your options?", "text": ""}


class BodyBlock(blocks.StreamBlock):
    """The building blocks of every article and standard page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=BODY_TEXT_FEATURES,
        icon="pilcrow",
        label="Text",
        group="Text",
        description="Paragraphs and lists of plain-language text.",
        preview_value="<p>Most people go home the same day. Bring a list of the medicines you take.</p>",
    )
    callout = CalloutBlock()
    image = ImageBlock()
    faq = FAQBlock(label="FAQ")
    booking_cta = BookingCallToActionBlock(label="Booking call to action")


class ConditionBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=80, help_text="The condition as patients call it, e.g. Migraine.")
    description = blocks.CharBlock(
        max_length=200, required=False, help_text="Optional short line about how the clinic can help."
    )
    article = blocks.PageChooserBlock(
        page_type="pages.ArticlePage", required=False, help_text="Optional article to read more."
    )

    class Meta:
        icon = "list-ul"
        template = "blocks/condition_block.html"
        preview_value = {
            "name": "Migraine",
            "description": "Frequent or severe attacks that other treatments have not eased.",
        }


class ReferenceBlock(blocks.StructBlock):
    authors = blocks.CharBlock(max_length=200, required=False, help_text="e.g. Cohen SP, Bhatia A, et al.")
    title = blocks.CharBlock(max_length=300, help_text="The title exactly as published.")
    publisher = blocks.CharBlock(max_length=200, help_text="Journal or publisher, e.g. Anesthesia & Analgesia.")
    year = blocks.IntegerBlock(min_value=1900, max_value=2100)
    doi = blocks.CharBlock(
        max_length=200,
        required=False,
        label="DOI",
        help_text="e.g. 10.1213/ANE.0000000000004185 (without https://doi.org/).",
    )
    url = blocks.URLBlock(required=False, label="URL", help_text="Web address, if the source has no DOI.")

    class Meta:
        icon = "link"
        template = "blocks/reference_block.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("doi") and not value.get("url"):
            raise StructBlockValidationError(
                non_block_errors=[ValidationError("Give a DOI or a web address, so readers can find the source.")]
            )
        return value
