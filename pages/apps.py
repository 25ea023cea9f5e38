from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from clinic_site.content_cache import start_new_generation


def page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page  # not importable before the app registry is ready

    if isinstance(instance, Page):
        start_new_generation()


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Clinic pages"

    def ready(self):
        from wagtail.models import Site

        # A page published, unpublished, moved or deleted can change menus, listings and links on other
        # pages; a site's address or home page changes every page's links.
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(start_new_generation, dispatch_uid=f"content-generation-{signal}")
        post_delete.connect(page_deleted, dispatch_uid="content-generation-page-deleted")
        for signal in (post_save, post_delete):
            signal.connect(start_new_generation, sender=Site, dispatch_uid=f"content-generation-site-{signal}")
