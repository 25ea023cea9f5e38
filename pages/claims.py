"""Warn editors about words that overstate a health claim. It warns; it never blocks saving."""

import html
import re
from collections.abc import Mapping, Sequence

from django.utils.html import strip_tags
from wagtail.rich_text import RichText

FLAGGED_PHRASES = [
    "cure",
    "cures",
    "cured",
    "guarantee",
    "guaranteed",
    "100%",
    "FDA-approved for fibromyalgia",
    "no side effects",
    "risk-free",
    "miracle",
    "permanent relief",
]
# A phrase is not a claim when one of these stands within three words before it ("not a cure").
NEGATIONS = {"not", "no", "never", "isn't", "aren't", "cannot", "can't", "nor", "without"}
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
BLOCK_END = re.compile(r"</(p|li|h[1-6])>|<br\s*/?>", flags=re.IGNORECASE)
WORD = re.compile(r"[\w'’-]+")


def overstated_claims(text, extra_phrases=()):
    """[(phrase, sentence), ...] for each sentence that states a flagged phrase as a claim."""
    phrases = [*FLAGGED_PHRASES, *extra_phrases]
    findings = []
    for sentence in SENTENCE_END.split(text):
        sentence = " ".join(sentence.split())
        if not sentence or sentence.endswith("?"):
            continue  # a question is not a claim ("Can ketamine cure fibromyalgia?")
        for phrase in phrases:
            if any(not is_negated(sentence[: match.start()]) for match in find(phrase, sentence)):
                findings.append((phrase, sentence))
                break
    return findings


def find(phrase, sentence):
    return re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", sentence, flags=re.IGNORECASE)


def is_negated(text_before):
    words = [word.lower().replace("’", "'") for word in WORD.findall(text_before)[-3:]]
    return any(word in NEGATIONS for word in words)


def article_text(article):
    """Everything a patient reads in an article, as plain text, sentence by sentence."""
    parts = [article.title, article.summary, article.regulatory_notice, article.search_description]
    parts += [text for block in article.body for text in texts_in(block.value)]
    sentences = [part.strip() for part in parts if part and part.strip()]
    return "\n".join(sentences)  # each part (heading, question, paragraph) ends a sentence


def texts_in(value):
    """The words inside a block's value: its text, rich text and nested blocks (images have none)."""
    if isinstance(value, RichText):
        return [html.unescape(strip_tags(BLOCK_END.sub("\n", value.source)))]
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):  # a StructBlock's value
        return [text for child in value.values() for text in texts_in(child)]
    if isinstance(value, Sequence):  # a ListBlock's value
        return [text for child in value for text in texts_in(child)]
    return []
