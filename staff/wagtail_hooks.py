from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks

from . import two_factor
from .roles import assign_medical_review, medical_review_indexes
from .translation_review import submit_button, submit_translation_for_review


@hooks.register("after_create_page")
def new_article_index_gets_medical_review(request, page):
    if isinstance(page.specific, medical_review_indexes()):
        assign_medical_review(page)


@hooks.register("register_admin_urls")
def staff_urls():
    return [
        path("two-factor/", two_factor.setup, name="two_factor_setup"),
        path("translations/<int:page_id>/submit/", submit_translation_for_review, name="submit_translation_for_review"),
    ]


@hooks.register("insert_global_admin_js")
def one_save_at_a_time():
    return format_html('<script src="{}"></script>', static("js/one-save-at-a-time.js"))


hooks.register("register_page_header_buttons", submit_button)
hooks.register("register_page_listing_more_buttons", submit_button)


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor_setup"),
        "label": "Two-factor authentication",
        "help_text": "Ask for a code from your phone as well as your password when you sign in.",
    }
