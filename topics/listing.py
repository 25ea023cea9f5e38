"""The topics the site shows: the published ones, cached with the content, and grouped as the A–Z page lists
them."""

import unicodedata
from itertools import groupby

from django.utils.translation import gettext_lazy as _

from clinic_site.content_cache import cached

from .models import Topic

# The A–Z page's heading above each kind.
KIND_HEADINGS = {Topic.Kind.CONDITION: _("Conditions"), Topic.Kind.TREATMENT: _("Treatments")}


def live_topics():
    """Every published topic, as the A–Z page, topic pages and articles' topic links show them."""
    return cached("topics", lambda: list(Topic.objects.filter(live=True)))


def sort_key(text):
    """Alphabetical as a reader expects: accents and case aside ("Síndrome" beside "Sindrome")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def groups_by_kind(topics):
    """[(kind, heading, [(letter, [topic, …]), …]), …]: conditions then treatments, each A–Z by its name in the
    page's language; kinds with no topic are left out."""
    groups = []
    for kind in Topic.Kind:
        of_kind = sorted((topic for topic in topics if topic.kind == kind), key=lambda t: sort_key(t.texts["name"]))
        letters = groupby(of_kind, key=lambda topic: sort_key(topic.texts["name"])[:1].upper())
        if of_kind:
            groups.append((kind, KIND_HEADINGS[kind], [(letter, list(members)) for letter, members in letters]))
    return groups
