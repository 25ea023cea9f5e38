from .articles import ArticleIndexPage, ArticlePage
from .contact import ContactPage
from .directories import LocationIndexPage, TeamIndexPage
from .home import HomePage, HomePageFeaturedArticle
from .standard import NoticePage, StandardPage

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "ContactPage",
    "HomePage",
    "HomePageFeaturedArticle",
    "LocationIndexPage",
    "NoticePage",
    "StandardPage",
    "TeamIndexPage",
]
