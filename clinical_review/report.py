"""The admin's view of clinical reviews: a report of articles due for review and a dashboard panel."""

from django.urls import reverse
from django.utils.functional import cached_property
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import PageReportView

from pages.models import ArticlePage

from .models import ClinicalReviewSettings
from .schedule import (
    is_translation_out_of_date,
    needing_review,
    next_review_due,
    review_status,
    translation_out_of_date,
)


def review_interval(request):
    return ClinicalReviewSettings.for_request(request).review_interval_months


def articles_needing_review(interval):
    articles = ArticlePage.objects.select_related("reviewed_by", "locale").order_by("last_reviewed", "title")
    return needing_review(articles, interval)


class ReviewsDueReportView(PageReportView):
    page_title = "Medical reviews due"
    header_icon = "doc-full-inverse"
    results_template_name = "clinical_review/admin/reviews_due_results.html"
    index_url_name = "reviews_due"
    index_results_url_name = "reviews_due_results"
    any_permission_required = ["add", "change", "publish"]
    list_export = ["title", "language", "reviewed_by", "last_reviewed", "review_due_date", "review_state"]
    export_headings = {"review_due_date": "Next review due", "review_state": "Review status"}

    @cached_property
    def interval(self):
        return review_interval(self.request)

    def get_queryset(self):
        return articles_needing_review(self.interval)

    def decorate_paginated_queryset(self, articles):
        for article in articles:
            article.review_due_date = next_review_due(article.last_reviewed, self.interval)
            status = review_status(article.last_reviewed, self.interval)
            if status == "current" and is_translation_out_of_date(article):
                status = "translation-out-of-date"
            article.review_state = STATUS_LABELS[status]
            article.language = article.locale.get_display_name()
        return articles


STATUS_LABELS = {
    "never": "Never reviewed",
    "overdue": "Overdue",
    "due-soon": "Due within 30 days",
    "current": "Current",
    "translation-out-of-date": "Translation out of date: the source was reviewed or changed since",
}


class ReviewsDuePanel(Component):
    """On the admin dashboard: how many articles need a clinical review."""

    name = "reviews_due"
    order = 110
    template_name = "clinical_review/admin/reviews_due_panel.html"

    def get_context_data(self, parent_context=None):
        articles = articles_needing_review(review_interval(parent_context["request"]))
        return {
            "count": articles.count(),
            "translations": articles.filter(translation_out_of_date()).count(),
            "report_url": reverse("reviews_due"),
        }
