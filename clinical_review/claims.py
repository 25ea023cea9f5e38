"""Warn editors about words that overstate a health claim. It warns; it never blocks saving."""

import re

from clinic_site.text import texts_in

from .flagged_phrases import FLAGGED_PHRASES

# A phrase is not a claim when one of these stands within three words before it ("not a cure",
# "doesn't cure", "no cura").
NEGATIONS = {
    *("not", "no", "never", "nor", "without", "cannot", "can't", "isn't", "aren't", "doesn't", "don't"),
    *("won't", "wouldn't", "didn't", "hasn't", "haven't", "nunca", "ni", "sin", "tampoco"),
}
# A phrase that is a claim only when it does not go on to say what for: "FDA-approved for anesthesia"
# states a fact, a bare "FDA-approved" implies more than that.
QUALIFIED = {
    "fda-approved": re.compile(r"\s+(?:for|as|to)\b", flags=re.IGNORECASE),
    "aprobado por la fda": re.compile(r"\s+(?:para|como)\b", flags=re.IGNORECASE),
}
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
WORD = re.compile(r"[\w'’-]+")


def overstated_claims(text, phrases=FLAGGED_PHRASES):
    """[(phrase, sentence), ...] for each sentence that states a flagged phrase as a claim."""
    findings = []
    for sentence in SENTENCE_END.split(text):
        sentence = " ".join(sentence.split())
        if not sentence or sentence.endswith("?"):
            continue  # a question is not a claim ("Can ketamine cure fibromyalgia?")
        for phrase in sorted(phrases, key=len, reverse=True):  # the longest match names the claim
            if any(is_claim(phrase, sentence, match) for match in find(phrase, sentence)):
                findings.append((phrase, sentence))
                break
    return findings


def find(phrase, sentence):
    return re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", sentence, flags=re.IGNORECASE)


def is_claim(phrase, sentence, match):
    qualifier = QUALIFIED.get(phrase.lower())
    if qualifier and qualifier.match(sentence, match.end()):
        return False
    return not is_negated(sentence[: match.start()])


def is_negated(text_before):
    words = [word.lower().replace("’", "'") for word in WORD.findall(text_before)[-3:]]
    return any(word in NEGATIONS for word in words)


def page_text(page):
    """Everything a patient reads on a page with a body (an article, a standard page), as plain text,
    sentence by sentence."""
    fields = ("title", "summary", "introduction", "regulatory_notice", "search_description")
    parts = [getattr(page, name, "") for name in fields]
    parts += [text for block in page.body for text in texts_in(block.value)]
    sentences = [part.strip() for part in parts if part and part.strip()]
    return "\n".join(sentences)  # each part (heading, question, paragraph) ends a sentence
