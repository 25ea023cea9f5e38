from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Clinic pages"

    def ready(self):
        from pages import page_cache  # noqa: F401 - connects the cache's signal handlers
