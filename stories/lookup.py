"""Which stories stand beside an article: one small function, so that how articles name their topics can change
in one place."""

from django.db.models import Q

from .story_pages import StoryPage

STORIES_BESIDE_AN_ARTICLE = 2


def stories_for_article(article):
    """The shown stories in the article's language about a condition or treatment the article covers.

    Articles name what they cover in `conditions_covered` (one per line); a story's topics are matched by
    their English or Spanish name. Once articles are tagged with topics, match the topics themselves here.
    """
    names = article.condition_names
    if not names:
        return []
    about = Q(topics__name__in=names) | Q(topics__name_es__in=names)
    stories = StoryPage.objects.shown().filter(about, locale_id=article.locale_id).distinct()
    return list(stories[:STORIES_BESIDE_AN_ARTICLE])
