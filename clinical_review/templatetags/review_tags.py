from django import template
from django.utils.html import format_html

from clinical_review.schedule import next_review_due
from pages.sections import profile_url

register = template.Library()


@register.inclusion_tag("clinical_review/review_line.html", takes_context=True)
def review_line(context, article):
    """'Medically reviewed by … on …. Next review due …', with the review interval from the clinic details."""
    reviewer, request = article.reviewed_by, context.get("request")
    url = profile_url(request, reviewer) if reviewer and request else ""
    return {
        "article": article,
        "reviewer": format_html('<a href="{}">{}</a>', url, reviewer) if url else reviewer,
        "next_review_due": next_review_due(article.last_reviewed, context["clinic"].review_interval_months),
    }
