"""Taking a story off the site the moment its consent no longer allows it: unpublished (so its own page and the
sitemap drop it), a new content generation (so no cached page shows it) and every page purged from a CDN (a
story also stands beside articles and on the stories page)."""

from django.db import transaction

from clinic_site.cdn import purge_every_site_from_cdn
from clinic_site.content_cache import start_new_generation

from .story_pages import StoryPage


def stories_to_take_down(consent=None):
    """Live stories, of one consent record or of all, that their consent no longer allows."""
    stories = StoryPage.objects.live().select_related("consent", "locale")
    if consent is not None:
        stories = stories.filter(consent=consent)
    return [story for story in stories if story.publishing_refusals()]


def take_down(stories):
    """Returns how many stories left the site."""
    for story in stories:
        story.unpublish()
    if stories:
        start_new_generation()
        transaction.on_commit(purge_every_site_from_cdn)
    return len(stories)
