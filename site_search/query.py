"""What a patient's words are searched as: each word as every word of the pages that shares its stem, with
the editors' synonyms; when none of them is on the site, the nearest word one typo away."""

from dataclasses import dataclass, field

from wagtail.search.query import MATCH_NONE, Or, PlainText

from clinic_site.content_cache import cached

from .models import SearchSynonyms
from .vocabulary import corrected, vocabulary
from .words import stem, words_of

MAX_CORRECTED_WORDS = 5  # each costs a few hundred stems: a long string of unknown words is not a patient's


@dataclass
class SearchPlan:
    """The backend query for a patient's words, and the words shown instead when a typo was corrected."""

    words: list
    stems: set = field(default_factory=set)  # of the words asked for: a page with them in its title comes first
    corrected_query: str = ""

    @property
    def backend_query(self):
        return Or([PlainText(word) for word in self.words]) if self.words else MATCH_NONE


def synonym_groups(language):
    """[[member, ...], ...] for one language, kept until the content (or a synonym) changes."""
    return cached(
        f"search-synonyms:{language}",
        lambda: [group.members for group in SearchSynonyms.objects.filter(language=language)],
    )


def with_synonyms(query_words, language, groups):
    """The query's words with the members of every group that holds one of them (by stem) or the whole query;
    and the words a page's title is compared with: the query's and the groups' single words, not the small
    words of a phrase ("de" of "plan de salud")."""
    stems = {stem(word, language) for word in query_words}
    whole = " ".join(query_words)
    extra, title_words = [], list(query_words)
    for members in groups:
        if any(member == whole or (" " not in member and stem(member, language) in stems) for member in members):
            extra.extend(word for member in members for word in member.split())
            title_words.extend(member for member in members if " " not in member)
    return list(dict.fromkeys([*query_words, *extra])), title_words


def search_plan(query, home, language):
    words_by_stem = vocabulary(home, language)
    query_words = words_of(query)
    wanted, title_words = with_synonyms(query_words, language, synonym_groups(language))
    found = [word for term in wanted for word in words_by_stem.get(stem(term, language), [])]
    if found or not query_words:
        return SearchPlan(words=list(dict.fromkeys(found)), stems={stem(word, language) for word in title_words})
    # Nothing on the site has any of these words: read each as the word one typo away, where there is one.
    fixed = {
        word: corrected(word, language, words_by_stem.keys()) if number < MAX_CORRECTED_WORDS else None
        for number, word in enumerate(query_words)
    }
    if not any(fixed.values()):
        return SearchPlan(words=[])
    shown = [words_by_stem[fixed[word]][0] if fixed[word] else word for word in query_words]
    return SearchPlan(
        words=[word for key in fixed.values() if key for word in words_by_stem[key]], corrected_query=" ".join(shown)
    )
