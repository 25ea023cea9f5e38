"""How hard patient text is to read, as a US school grade.

English uses the Flesch–Kincaid grade level. Spanish uses Fernández Huerta's reading ease, Flesch's
formula refitted to Spanish, read as a school grade from Flesch's own table. Syllables come from
Pyphen's hyphenation dictionaries, which ship inside the package: nothing is downloaded at run time.
"""

import re
from dataclasses import dataclass
from functools import cache

import pyphen

SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+|\n+")
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
VOWEL_GROUPS = {"en": re.compile(r"[aeiouy]+"), "es": re.compile(r"[aeiouáéíóúü]+")}
SILENT_ENDING = re.compile(r"(?:[^l]|[aeiouy]l)e$|[^aeiouytd]ed$|[^aeiouyscxzgh]es$")
# In Spanish an accented í or ú beside another vowel is a syllable of its own (dí-a, pa-ís).
SPANISH_HIATUS = re.compile(r"[aeiou][íú]|[íú][aeiou]")
# Flesch's table: reading ease → school grade (90–100: 5th grade … 0–30: college graduate).
EASE_TO_GRADE = [(100, 4.0), (90, 5.0), (80, 6.0), (70, 7.0), (60, 8.5), (50, 11.0), (30, 14.5), (0, 17.0)]
SHORT_SENTENCE = 6


@dataclass(frozen=True)
class Counts:
    sentences: int
    words: int
    syllables: int


@cache
def dictionary(language):
    return pyphen.Pyphen(lang="es" if language == "es" else "en_US")


def syllables(word, language="en"):
    """Syllables in one word: the larger of Pyphen's hyphenation points and the word's vowel groups
    (hyphenation dictionaries leave some syllables unsplit, such as me-di-cine)."""
    word = word.lower()
    if word.isdigit():
        return len(word)  # "911" is read nine-one-one; close enough for longer numbers
    hyphenated = len(dictionary(language).positions(word)) + 1
    groups = len(VOWEL_GROUPS["es" if language == "es" else "en"].findall(word))
    if language == "es":
        return max(hyphenated, groups) + len(SPANISH_HIATUS.findall(word))
    if groups > 1 and SILENT_ENDING.search(word):
        groups -= 1  # "medicine", "while", "used"; not "table" or "needed"
    return max(hyphenated, groups, 1)


def sentences(text):
    """The sentences of plain text: each line (paragraph, list item) ends one."""
    return [" ".join(part.split()) for part in SENTENCE_END.split(text) if WORD.search(part)]


def counts(text, language="en"):
    found = sentences(text)
    words = [word for sentence in found for word in WORD.findall(sentence)]  # "pain-free" is two words
    return Counts(len(found), len(words), sum(syllables(word, language) for word in words))


def grade(text, language="en"):
    """The US school grade of `text`, or None when it holds no words."""
    found = counts(text, language)
    if not found.words:
        return None
    words_per_sentence = found.words / found.sentences
    syllables_per_word = found.syllables / found.words
    if language == "es":
        return ease_to_grade(206.84 - 60 * syllables_per_word - 1.02 * words_per_sentence)
    # Short words in short sentences score below zero, a grade that does not exist: the easiest text is grade 0.
    return max(0.0, 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59)


def ease_to_grade(ease):
    """A reading-ease score read as a school grade, between the rows of Flesch's table."""
    if ease >= EASE_TO_GRADE[0][0]:
        return EASE_TO_GRADE[0][1]
    for (upper, easier), (lower, harder) in zip(EASE_TO_GRADE, EASE_TO_GRADE[1:], strict=False):
        if ease >= lower:
            return harder + (easier - harder) * (ease - lower) / (upper - lower)
    return EASE_TO_GRADE[-1][1]


def hardest_sentences(text, language="en", count=3):
    """[(grade, sentence), ...]: the `count` hardest sentences, hardest first.

    A sentence shorter than SHORT_SENTENCE words counts towards the text's grade but is not graded alone:
    the formulas need more words than that ("Not necessarily." alone scores grade 20)."""
    graded = [
        (grade(sentence, language), sentence)
        for sentence in sentences(text)
        if len(WORD.findall(sentence)) >= SHORT_SENTENCE
    ]
    return sorted(graded, key=lambda pair: pair[0], reverse=True)[:count]
