from django import template
from django.utils.html import format_html

from clinical_review.models import ClinicalReviewSettings
from clinical_review.models import publishing_refusals as refusals_of
from clinical_review.schedule import next_review_due
from pages.sections import profile_url

register = template.Library()


@register.inclusion_tag("clinical_review/review_line.html", takes_context=True)
def review_line(context, article):
    """'Medically reviewed by … on …. Next review due …', with the review interval from its settings."""
    reviewer, request = article.reviewed_by, context.get("request")
    url = profile_url(request, reviewer) if reviewer and request else ""
    name = format_html('<a href="{}">{}</a>', url, reviewer) if url else reviewer
    if reviewer and reviewer.title_article:
        name = format_html("{} {}", reviewer.title_article, name)
    role = reviewer.texts["role"] if reviewer else ""
    interval = ClinicalReviewSettings.for_request(request).review_interval_months
    return {
        "article": article,
        # With the role, patients see who the reviewer is, or that the profile is an example.
        "reviewer": format_html("{} ({})", name, role) if role else name,
        "next_review_due": next_review_due(article.last_reviewed, interval),
    }


@register.filter
def publishing_refusals(page):
    """Why the version of `page` in review may not go live: for the approval dialog."""
    return refusals_of(page.specific)
