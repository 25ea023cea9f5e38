"""What editors are told about a page's reading grade when they save it."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wagtail.rich_text import RichText

from clinic_site.text import texts_in

from .readability import grade, hardest_sentences

FORMULA = {"en": "Flesch–Kincaid", "es": "Fernández Huerta"}


@dataclass(frozen=True)
class ReadingMessage:
    text: str
    above_target: bool


def prose_in(value):
    """The paragraphs and list items inside a block's value (rich text), not its headings or labels."""
    if isinstance(value, RichText):
        return texts_in(value)
    if isinstance(value, Mapping):  # a StructBlock's value
        return [text for child in value.values() for text in prose_in(child)]
    if isinstance(value, Sequence) and not isinstance(value, str):  # a ListBlock's value
        return [text for child in value for text in prose_in(child)]
    return []


def body_and_answers(page):
    """(the body's prose outside FAQs, [(question, answer), ...])."""
    body, answers = [], []
    for block in page.body:
        if block.block_type == "faq":
            answers += [(item["question"], "\n".join(prose_in(item["answer"]))) for item in block.value["items"]]
        else:
            body += prose_in(block.value)
    return "\n".join(body), answers


def graded(text, language):
    found = grade(text, language)
    return None if found is None else round(found, 1)


def reading_messages(page, target):
    """An information line with the grades, and a warning for the body and each FAQ answer above `target`."""
    language = "es" if page.locale.language_code == "es" else "en"
    body, answers = body_and_answers(page)
    body_grade = graded(body, language)
    answer_grades = [(question, answer, graded(answer, language)) for question, answer in answers]
    answer_grades = [row for row in answer_grades if row[2] is not None]
    if body_grade is None and not answer_grades:
        return []
    summary = [f"body {body_grade}"] if body_grade is not None else []
    if answer_grades:
        low, high = min(row[2] for row in answer_grades), max(row[2] for row in answer_grades)
        summary.append(f"FAQ answers {low}" if low == high else f"FAQ answers {low} to {high}")
    found = [
        ReadingMessage(
            f"Reading level ({FORMULA[language]}, US school grade): {', '.join(summary)}. "
            f"The target is grade {target} or below.",
            above_target=False,
        )
    ]
    if body_grade is not None and body_grade > target:
        found.append(too_hard("The body", body, body_grade, target, language))
    for question, answer, answer_grade in answer_grades:
        if answer_grade > target:
            found.append(too_hard(f"The answer to “{question}”", answer, answer_grade, target, language))
    return found


def too_hard(what, text, text_grade, target, language):
    hardest = "; ".join(f"“{sentence}” (grade {value:.1f})" for value, sentence in hardest_sentences(text, language))
    return ReadingMessage(
        f"{what} reads at grade {text_grade}, above the target of {target}. "
        f"Shorter sentences and everyday words help. Hardest sentences: {hardest}.",
        above_target=True,
    )
