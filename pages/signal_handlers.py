"""A page published, unpublished, moved or deleted can change menus, listings and links on other pages, and a
site's address or home page changes every page's links: each starts a new content generation."""

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import copy_for_translation_done, page_published, page_unpublished, post_page_move

from clinic_site.cdn import purge_from_cdn, purge_pages
from clinic_site.content_cache import start_new_generation

from .models import ArticlePage, TopicIndexPage
from .translation_tree import translation_made


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        start_new_generation()


def view_restriction_changed(sender, instance, **kwargs):
    """Private means private: pages cached before a restriction was added must go, here and in a CDN."""
    transaction.on_commit(start_new_generation)
    transaction.on_commit(lambda: purge_from_cdn(instance.page_id))


def article_changed(sender, instance, **kwargs):
    """Wagtail purges the article itself; the pages listing it (its index, the home page's featured
    articles, the topic pages) and the articles whose related reading may now include or drop it change
    too. Left in a CDN, a listing would lead patients to an unpublished article's 404."""
    if not issubclass(sender, ArticlePage):
        return
    topics = ArticlePage.topics.through.objects.filter(articlepage=instance.pk).values("topic")
    sharing = ArticlePage.topics.through.objects.filter(topic__in=topics).values("articlepage")
    above = Page.objects.ancestor_of(instance).filter(depth__gt=1).values("pk")  # all but the tree's root
    listings = Q(pk__in=above) | Q(pk__in=TopicIndexPage.objects.values("pk"))
    pages = Page.objects.filter(Q(pk__in=sharing) | listings).exclude(pk=instance.pk).live()
    transaction.on_commit(lambda: purge_pages(pages), robust=True)


def register_signal_handlers():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(start_new_generation, dispatch_uid=f"content-generation-{signal}")
    for signal in (page_published, page_unpublished):
        signal.connect(article_changed, dispatch_uid=f"article-topics-purge-{signal}")
    copy_for_translation_done.connect(translation_made, dispatch_uid="translation-tree-child-counts")
    post_delete.connect(page_deleted, dispatch_uid="content-generation-page-deleted")
    for signal in (post_save, post_delete):
        signal.connect(start_new_generation, sender=Site, dispatch_uid=f"content-generation-site-{signal}")
        signal.connect(view_restriction_changed, sender=PageViewRestriction, dispatch_uid=f"view-restriction-{signal}")
