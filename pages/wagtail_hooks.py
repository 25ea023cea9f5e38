from django.contrib import messages
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from pages import booking_report, two_factor
from pages.admin_reviews import ReviewsDuePanel, ReviewsDueReportView
from pages.claims import article_text, overstated_claims
from pages.models import ArticleIndexPage, ArticlePage, Clinician, ClinicSettings
from pages.roles import assign_medical_review
from pages.text import split_list


class ClinicianViewSet(SnippetViewSet):
    model = Clinician
    icon = "user"
    menu_label = "Clinicians"
    add_to_admin_menu = False
    list_display = ["name", "credentials", "role"]
    # Search uses the model's own search_fields; naming fields here breaks SQLite's full-text backend.


register_snippet(ClinicianViewSet)


@hooks.register("register_admin_urls")
def review_report_urls():
    return [
        path("reports/reviews-due/", ReviewsDueReportView.as_view(), name="reviews_due"),
        path(
            "reports/reviews-due/results/",
            ReviewsDueReportView.as_view(results_only=True),
            name="reviews_due_results",
        ),
    ]


class BookingReportMenuItem(MenuItem):
    def is_shown(self, request):
        return booking_report.can_view(request.user)


@hooks.register("register_admin_urls")
def booking_report_urls():
    return [path("reports/booking-clicks/", booking_report.booking_report, name="booking_report")]


@hooks.register("register_reports_menu_item")
def booking_report_menu_item():
    return BookingReportMenuItem("Booking click-throughs", reverse("booking_report"), icon_name="date", order=40)


class ReviewsDueMenuItem(MenuItem):
    def is_shown(self, request):
        return can_edit_pages(request.user)


def can_edit_pages(user):
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])


@hooks.register("register_reports_menu_item")
def review_report_menu_item():
    return ReviewsDueMenuItem("Medical reviews due", reverse("reviews_due"), icon_name="doc-full-inverse", order=50)


@hooks.register("construct_homepage_panels")
def review_panel(request, panels):
    if can_edit_pages(request.user):
        panels.append(ReviewsDuePanel())


@hooks.register("after_create_page")
def new_article_index_gets_medical_review(request, page):
    if isinstance(page.specific, ArticleIndexPage):
        assign_medical_review(page)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_overstated_claims(request, page):
    """Warn, never block: the article is saved either way."""
    if not isinstance(page.specific, ArticlePage):
        return
    extra = split_list(ClinicSettings.for_visitor(request).flagged_phrases)
    for phrase, sentence in overstated_claims(article_text(page.specific), extra):
        messages.warning(
            request, f"Check this claim: “{phrase}” may overstate what the treatment can do. In: “{sentence}”"
        )


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
