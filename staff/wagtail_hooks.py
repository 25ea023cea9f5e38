from django.urls import path, reverse
from wagtail import hooks

from pages.models import ArticleIndexPage

from . import two_factor
from .roles import assign_medical_review


@hooks.register("after_create_page")
def new_article_index_gets_medical_review(request, page):
    if isinstance(page.specific, ArticleIndexPage):
        assign_medical_review(page)


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [path("two-factor/", two_factor.setup, name="two_factor_setup")]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor_setup"),
        "label": "Two-factor authentication",
        "help_text": "Ask for a code from your phone as well as your password when you sign in.",
    }
