from django import template

from clinical_review.schedule import next_review_due

register = template.Library()


@register.inclusion_tag("clinical_review/review_line.html", takes_context=True)
def review_line(context, article):
    """'Medically reviewed by … on …. Next review due …', with the review interval from the clinic details."""
    return {
        "article": article,
        "next_review_due": next_review_due(article.last_reviewed, context["clinic"].review_interval_months),
    }
