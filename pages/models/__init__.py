from .articles import ArticleIndexPage, ArticlePage
from .contact import ContactPage
from .home import HomePage, HomePageFeaturedArticle
from .standard import StandardPage

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "ContactPage",
    "HomePage",
    "HomePageFeaturedArticle",
    "StandardPage",
]
