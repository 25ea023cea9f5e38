from .consents import ConsentRecord
from .story_pages import StoryIndexPage, StoryPage

__all__ = ["ConsentRecord", "StoryIndexPage", "StoryPage"]
