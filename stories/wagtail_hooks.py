from django.urls import path
from wagtail import hooks

from .consent_admin import ConsentRecordViewSet, signed_form
from .lookup import stories_for_article
from .story_pages import consents_end


@hooks.register("register_admin_viewset")
def story_consents():
    return ConsentRecordViewSet()


@hooks.register("register_admin_urls")
def consent_form_urls():
    return [path("story-consents/<int:pk>/signed-form/", signed_form, name="story_consent_form")]


@hooks.register("construct_article_context")
def stories_beside_the_article(article, request, context):
    context["stories"] = stories_for_article(article)
    context["content_ends_at"] = [*context.get("content_ends_at", []), *consents_end(context["stories"])]
