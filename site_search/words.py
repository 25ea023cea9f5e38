"""Words as search compares them: lower case, accents dropped, reduced to their stem by the Snowball rules of
the page's language (the rules PostgreSQL's own "english" and "spanish" text search uses), so that "Migraines"
finds "migraine" and "medicacion" finds "medicación"."""

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

MAX_QUERY_LENGTH = 100
# Patients search with words; other characters (quotes, control characters) can upset a search backend.
NOT_A_WORD_CHARACTER = re.compile(r"[^\w\s'-]")
WORD = re.compile(r"[^\W_]+")
STEMMERS = {"en": "english", "es": "spanish"}


def cleaned_query(text):
    """What the visitor typed, as it is shown back and searched: word characters, single spaces, 100 at most."""
    return " ".join(NOT_A_WORD_CHARACTER.sub(" ", text).split())[:MAX_QUERY_LENGTH]


def folded(text):
    """Lower case without accents: "Medicación" and "medicacion" are the same word to a patient."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def words_of(text):
    """The words of `text`, folded, in order."""
    return WORD.findall(folded(text))


# A Snowball stemmer keeps its state while it works on a word: one per thread and language.
stemmers = threading.local()


def stemmer(language):
    if not hasattr(stemmers, language):
        setattr(stemmers, language, snowballstemmer.stemmer(STEMMERS.get(language, "english")))
    return getattr(stemmers, language)


@lru_cache(maxsize=20_000)
def stem(word, language):
    """The stem of one folded word in a language: "precios" and "precio" both give "preci"."""
    return stemmer(language).stemWord(word)
