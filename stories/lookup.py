"""Which stories stand beside an article: one small function, so that how articles name their topics can change
in one place."""

from django.db.models import Q

from .story_pages import StoryPage

STORIES_BESIDE_AN_ARTICLE = 2


def stories_for_article(article):
    """The shown stories in the article's language about a topic the article is tagged with, or about a
    condition it names in `conditions_covered` (one per line; a story's topic matched by its English or
    Spanish name), for articles written before topics."""
    about = Q(topics__in=[topic.pk for topic in article.topics.all()])  # a preview's tags are in memory
    names = article.condition_names
    if names:
        about |= Q(topics__name__in=names) | Q(topics__name_es__in=names)
    stories = StoryPage.objects.shown().filter(about, locale_id=article.locale_id).distinct()
    return list(stories[:STORIES_BESIDE_AN_ARTICLE])
