"""StreamField blocks for page bodies, each with its own template in templates/blocks/."""

import copy

from bs4 import BeautifulSoup
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock as GridTableBlock
from wagtail.images.blocks import ImageBlock
from wagtail.rich_text import RichText
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail_localize.segments import StringSegmentValue

# Body text keeps H2 and H3, so headings pasted from a document survive; on saving, BodyBlock turns
# each into a heading block, which gives it its anchor and its place in the contents list.
# H1 is offered only so that a document's title pasted into the text is kept: saving makes it a section
# heading (H2), as the page has its own title.
BODY_TEXT_FEATURES = ["h1", "h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link"]
SHORT_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


HEADING_MAX_LENGTH = 120


class ChoiceLabels(blocks.StructValue):
    """A block's value that can name an editor's choice in the visitor's language."""

    def choice_label(self, name):
        return str(dict(self.block.child_blocks[name].field.choices).get(self[name], ""))


class Anchored:
    """A block that other markup points at (its heading's aria-labelledby, the contents list). Its id
    comes from the block's own id in the page body, so two blocks with the same heading never share one."""

    anchor_prefix = ""

    def anchor(self, value, block_id=None):
        """The id of the block's heading: the prefix and the block's short id ("faq-3f2a9c1d")."""
        return "-".join(part for part in (self.anchor_prefix, (block_id or "")[:8]) if part)

    def render(self, value, context=None):
        # A page body's child renders with its own block id in the context, as "id".
        context = dict(context or {})
        context["anchor"] = self.anchor(value, context.get("id"))
        return super().render(value, context)


class HeadingBlock(Anchored, blocks.StructBlock):
    text = blocks.CharBlock(max_length=HEADING_MAX_LENGTH, help_text="The heading as patients will read it.")
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

    def anchor(self, value, block_id=None):
        """The heading's words, then the block's short id: readable in a link, and unique on the page."""
        return "-".join(part for part in (slugify(value["text"]) or "section", (block_id or "")[:8]) if part)


class CalloutValue(ChoiceLabels):
    def kind_label(self):
        return self.choice_label("kind")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("important", _("Important")), ("urgent", _("Urgent"))],
        default="info",
        help_text="Urgent is for safety messages, such as when to seek emergency care.",
    )
    title = blocks.CharBlock(required=False, max_length=120, help_text="Optional short title.")
    text = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        group = "Text"
        template = "blocks/callout_block.html"
        value_class = CalloutValue
        description = "A highlighted box that draws attention to a note, caution or safety message."
        preview_value = {
            "kind": "important",
            "title": "Talk to your doctor first",
            "text": "<p>Do not stop or change a medicine without your doctor's advice.</p>",
        }


class FigureBlock(blocks.StructBlock):
    """An image with its text alternative (or marked decorative) and an optional caption."""

    image = ImageBlock()
    caption = blocks.CharBlock(required=False, max_length=250, help_text="Optional caption shown below the image.")

    class Meta:
        icon = "image"
        group = "Media"
        template = "blocks/image_block.html"
        description = "An image with a text alternative for screen readers."


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200, help_text="Phrase it as a patient would ask it.")
    answer = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES, help_text="A short, plain-language answer.")

    class Meta:
        icon = "help"
        label = "Question"


class FAQBlock(Anchored, blocks.StructBlock):
    anchor_prefix = "faq"

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

    def get_context(self, value, parent_context=None):
        """The booking box's include names its heading "booking-cta-<cta_id>": the block's short id, so that
        it differs from the page's own booking box and from any other booking block."""
        context = super().get_context(value, parent_context)
        context["cta_id"] = (context.get("id") or "block")[:8]
        return context


class PriceRowBlock(blocks.StructBlock):
    service = blocks.CharBlock(max_length=120, help_text="e.g. First consultation.")
    price = blocks.CharBlock(
        max_length=60,
        help_text="A price or range, e.g. $250 or $200–$300. Write 'Ask us' rather than guess.",
    )
    included = blocks.CharBlock(required=False, max_length=250, help_text="What the price covers.")
    notes = blocks.CharBlock(required=False, max_length=250, help_text="Optional, e.g. 'Not covered by insurance'.")

    class Meta:
        icon = "list-ul"
        label = "Service"


class PriceTableBlock(Anchored, blocks.StructBlock):
    anchor_prefix = "prices"

    heading = blocks.CharBlock(max_length=120, default="Our prices")
    rows = blocks.ListBlock(PriceRowBlock(), min_num=1, label="Services")
    checked_on = blocks.DateBlock(
        label="Prices last checked", help_text="Shown under the table; check the prices at least once a year."
    )
    ask_us = blocks.BooleanBlock(
        required=False,
        default=True,
        help_text="Add a line under the table with the clinic's phone number, for questions about cost.",
    )

    class Meta:
        icon = "table"
        group = "Patient help"
        template = "blocks/price_table_block.html"
        description = "A table of services with their prices, what is included, and when the prices were checked."
        preview_value = {
            "heading": "Our prices",
            "rows": [{"service": "First consultation", "price": "Ask us", "included": "Assessment and plan"}],
            "checked_on": "2026-12-01",
            "ask_us": True,
        }


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, help_text="What happens, in a few words, e.g. 'You check in'.")
    text = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES, help_text="What the patient does and can expect.")
    duration = blocks.CharBlock(required=False, max_length=60, label="How long", help_text="e.g. About 15 minutes.")
    bring = blocks.CharBlock(
        required=False, max_length=250, label="What to bring", help_text="e.g. Photo ID and a list of your medicines."
    )

    class Meta:
        icon = "order"
        label = "Step"


class StepsBlock(Anchored, blocks.StructBlock):
    anchor_prefix = "steps"

    heading = blocks.CharBlock(max_length=120, default="What happens, step by step")
    steps = blocks.ListBlock(StepBlock(), min_num=1)

    class Meta:
        icon = "order"
        group = "Patient help"
        template = "blocks/steps_block.html"
        description = "Numbered steps, each with what happens, how long it takes and what to bring."
        preview_value = {
            "heading": "Your first visit",
            "steps": [{"title": "You check in", "text": "<p>We confirm your details.</p>", "duration": "10 minutes"}],
        }


# Words, not numbers: the studies behind most off-label uses do not give reliable rates.
FREQUENCIES = [
    ("very-common", _("Very common")),
    ("common", _("Common")),
    ("uncommon", _("Uncommon")),
    ("rare", _("Rare")),
    ("unknown", _("How often is not known")),
]


class SideEffectValue(ChoiceLabels):
    def frequency_label(self):
        """How often, as it reads after the effect's name: "Dizziness: common"."""
        label = self.choice_label("frequency")
        return label[:1].lower() + label[1:]


class SideEffectBlock(blocks.StructBlock):
    effect = blocks.CharBlock(max_length=200, help_text="In everyday words, e.g. Feeling sick (nausea).")
    frequency = blocks.ChoiceBlock(
        choices=FREQUENCIES, default="common", help_text="As the references cited on the page report it."
    )

    class Meta:
        icon = "warning"
        label = "Side effect"
        value_class = SideEffectValue


class SafetyBlock(Anchored, blocks.StructBlock):
    anchor_prefix = "safety"

    heading = blocks.CharBlock(max_length=120, default="Is it safe for me?")
    not_for = blocks.RichTextBlock(
        features=SHORT_TEXT_FEATURES, label="Who should not have it", help_text="A list reads best."
    )
    side_effects = blocks.ListBlock(SideEffectBlock(), min_num=1)
    call_clinic = blocks.RichTextBlock(
        features=SHORT_TEXT_FEATURES, label="When to call the clinic", help_text="Problems that can wait for us."
    )
    call_911 = blocks.RichTextBlock(
        features=SHORT_TEXT_FEATURES, label="When to call 911", help_text="Signs of an emergency."
    )

    class Meta:
        icon = "warning"
        group = "Patient help"
        template = "blocks/safety_block.html"
        description = "Who should not have the treatment, its side effects and how often they happen, and when to "
        "call the clinic or 911."
        preview_value = {
            "heading": "Is it safe for me?",
            "not_for": "<ul><li>People who are pregnant</li></ul>",
            "side_effects": [{"effect": "Feeling dizzy", "frequency": "common"}],
            "call_clinic": "<p>Call us if you feel sick for more than a day.</p>",
            "call_911": "<p>Call 911 if you have chest pain or trouble breathing.</p>",
        }


class TaglineBlock(blocks.StructBlock):
    language = blocks.CharBlock(max_length=60, help_text="The language's name in English, e.g. Vietnamese.")
    code = blocks.RegexBlock(
        regex=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
        max_length=20,
        label="Language code",
        help_text="e.g. vi, zh-Hant, ar. Screen readers use it to pronounce the sentence.",
        error_messages={"invalid": "Use a language code such as vi, zh-Hant or ar."},
    )
    text = blocks.CharBlock(max_length=400, help_text="The sentence in that language, as a translator wrote it.")
    phone = blocks.CharBlock(required=False, max_length=30, help_text="Leave empty to use the clinic's phone number.")

    class Meta:
        icon = "globe"
        label = "Tagline"


class TaglinesBlock(Anchored, blocks.StructBlock):
    anchor_prefix = "taglines"

    heading = blocks.CharBlock(max_length=120, default="Language help")
    taglines = blocks.ListBlock(TaglineBlock(), min_num=1)

    class Meta:
        icon = "globe"
        group = "Patient help"
        template = "blocks/taglines_block.html"
        description = "The same offer of free language help in several languages, each marked with its language."
        preview_value = {
            "heading": "Language help",
            "taglines": [{"language": "Spanish", "code": "es", "text": "Le ofrecemos ayuda gratuita con el idioma."}],
        }


class TableBlock(Anchored, GridTableBlock):
    """A table typed into a grid, or pasted into it from a word processor or spreadsheet (pasted into
    text, a table runs its cells together). Patients' screen readers announce each cell with its header."""

    anchor_prefix = "table"

    def clean(self, value):
        value = super().clean(value)
        if value and not self.is_deferred_validation:
            if value.get("table_header_choice") == "neither":
                raise ValidationError("Choose a header row or column, so that screen readers can name each cell.")
            if not (value.get("table_caption") or "").strip():
                raise ValidationError("Give the table a caption saying what it shows.")
        return value

    # wagtail-localize leaves blocks it does not know untranslated: these give it the caption and each cell.
    def get_translatable_segments(self, value):
        if not value:
            return []
        segments = [StringSegmentValue("caption", value["table_caption"])] if value.get("table_caption") else []
        for row_number, row in enumerate(value.get("data") or []):
            for column, cell in enumerate(row):
                if cell and cell.strip():
                    segments.append(StringSegmentValue(f"cell-{row_number}-{column}", cell))
        return segments

    def restore_translated_segments(self, value, segments):
        value = copy.deepcopy(value)
        for segment in segments:
            if segment.path == "caption":
                value["table_caption"] = segment.render_text()
            else:
                _, row_number, column = segment.path.split("-")
                value["data"][int(row_number)][int(column)] = segment.render_text()
        return value

    class Meta:
        icon = "table"
        group = "Text"
        template = "blocks/table_block.html"
        description = "A table with a caption and a header row or column. Paste a table from a document into the grid."
        preview_value = {
            "table_caption": "How often to do each exercise",
            "table_header_choice": "row",
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "data": [["Exercise", "How often"], ["Walking", "Every day"], ["Stretching", "3 times a week"]],
        }


# The heading level each heading element in body text becomes.
HEADING_LEVELS = {"h1": "h2", "h2": "h2", "h3": "h3"}


def split_at_headings(html):
    """[("heading", {...}) or ("paragraph", RichText)] for text holding h1/h2/h3 elements, in order."""
    parts, text = [], []
    for element in BeautifulSoup(html, "html.parser").contents:
        level = HEADING_LEVELS.get(getattr(element, "name", None))
        heading = element.get_text(" ", strip=True) if level else ""
        if heading and len(heading) <= HEADING_MAX_LENGTH:
            if "".join(text).strip():
                parts.append(("paragraph", RichText("".join(text))))
            parts.append(("heading", {"text": heading, "level": level}))
            text = []
        elif level:
            text.append(f"<p><b>{escape(heading)}</b></p>" if heading else "")  # too long to be a heading
        else:
            text.append(str(element))
    if "".join(text).strip():
        parts.append(("paragraph", RichText("".join(text))))
    return parts


class BodyBlock(blocks.StreamBlock):
    """The building blocks of every article and standard page."""

    def clean(self, value):
        """Headings in the text (pasted from a document, or chosen in its toolbar) become heading blocks."""
        value = super().clean(value)
        if not any(child.block_type == "paragraph" and "<h" in child.value.source for child in value):
            return value
        children = []
        for child in value:
            if child.block_type != "paragraph" or "<h" not in child.value.source:
                children.append((child.block_type, child.value, child.id))
                continue
            for number, (block_type, part) in enumerate(split_at_headings(child.value.source)):
                if block_type == "heading":
                    part = self.child_blocks["heading"].to_python(part)
                children.append((block_type, part, child.id if number == 0 else None))
        return blocks.StreamValue(self, children)

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
    image = FigureBlock()
    faq = FAQBlock(label="FAQ")
    booking_cta = BookingCallToActionBlock(label="Booking call to action")
    safety = SafetyBlock(label="Safety information")
    steps = StepsBlock(label="Numbered steps")
    price_table = PriceTableBlock(label="Price table")
    taglines = TaglinesBlock(label="Language-help taglines")
    table = TableBlock()


class ConditionBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=80, help_text="The condition as patients call it, e.g. Migraine.")
    description = blocks.CharBlock(
        max_length=200, required=False, help_text="Optional short line about how the clinic can help."
    )
    article = blocks.PageChooserBlock(
        page_type="pages.ArticlePage",
        required=False,
        help_text="Optional article to read more, for a condition with no topic page.",
    )
    topic = SnippetChooserBlock(
        "topics.Topic",
        required=False,
        help_text="Optional topic: the card then leads to its page listing every article about it.",
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
    language = blocks.ChoiceBlock(
        choices=settings.LANGUAGES,
        default="en",
        help_text="The language of the title, so that screen readers read it in that language.",
    )

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
