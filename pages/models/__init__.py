from .articles import ArticleIndexPage, ArticlePage, ArticlePageRelatedArticle
from .contact import ContactPage
from .directories import LocationIndexPage, TeamIndexPage, TopicIndexPage
from .home import HomePage, HomePageFeaturedArticle
from .standard import NoticePage, StandardPage

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "ArticlePageRelatedArticle",
    "ContactPage",
    "HomePage",
    "HomePageFeaturedArticle",
    "LocationIndexPage",
    "NoticePage",
    "StandardPage",
    "TeamIndexPage",
    "TopicIndexPage",
]
