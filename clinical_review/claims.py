"""Warn editors about words that overstate a health claim. It warns; it never blocks saving."""

import re

from clinic_site.text import texts_in

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
