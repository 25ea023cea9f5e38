from django.contrib import messages
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from pages.models import ArticlePage, NoticePage, StandardPage

from .claims import overstated_claims, page_text
from .models import ClinicalReviewSettings
from .reading_report import reading_messages
from .report import ReviewsDuePanel, ReviewsDueReportView

# Pages whose body patients read as health information.
CHECKED_PAGES = (ArticlePage, StandardPage, NoticePage)


def is_checked_on_save(request, page):
    """A health page saved from the editor's form; autosaves (JSON requests) are left alone, so that the
    warnings come once, with the save the editor makes, not once for each autosave."""
    return isinstance(page.specific, CHECKED_PAGES) and request.accepts("text/html")


def claims_text(request, page):
    """The text the claims check reads on this save, or None. Page types of other apps (patient stories) say
    what patients read on them through `claims_text()`."""
    if not request.accepts("text/html"):
        return None
    if hasattr(page, "claims_text"):
        return page.claims_text()
    return page_text(page) if isinstance(page, CHECKED_PAGES) else None


def can_edit_pages(user):
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])


class ReviewsDueMenuItem(MenuItem):
    def is_shown(self, request):
        return can_edit_pages(request.user)


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


@hooks.register("register_reports_menu_item")
def review_report_menu_item():
    return ReviewsDueMenuItem("Medical reviews due", reverse("reviews_due"), icon_name="doc-full-inverse", order=50)


@hooks.register("construct_homepage_panels")
def review_panel(request, panels):
    if can_edit_pages(request.user):
        panels.append(ReviewsDuePanel())


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_overstated_claims(request, page):
    """Warn, never block: the page is saved either way."""
    text = claims_text(request, page.specific)
    if text is None:
        return
    phrases = ClinicalReviewSettings.for_request(request).flagged_phrase_list
    for phrase, sentence in overstated_claims(text, phrases):
        messages.warning(
            request, f"Check this claim: “{phrase}” may overstate what the treatment can do. In: “{sentence}”"
        )


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def report_reading_grade(request, page):
    """The reading grade of the body and of each FAQ answer, with a warning above the clinic's target."""
    if not is_checked_on_save(request, page):
        return
    target = ClinicalReviewSettings.for_request(request).reading_grade_target
    for message in reading_messages(page.specific, target):
        (messages.warning if message.above_target else messages.info)(request, message.text)
