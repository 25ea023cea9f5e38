from .articles import ArticleIndexPage, ArticlePage
from .booking import BookingClick
from .clinic_settings import ClinicSettings, OpeningHours
from .clinicians import Clinician
from .contact import ContactPage
from .home import HomePage, HomePageFeaturedArticle
from .review_task import MedicalReviewTask
from .standard import StandardPage

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "BookingClick",
    "ClinicSettings",
    "Clinician",
    "ContactPage",
    "HomePage",
    "HomePageFeaturedArticle",
    "MedicalReviewTask",
    "OpeningHours",
    "StandardPage",
]
