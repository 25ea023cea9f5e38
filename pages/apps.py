from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Clinic pages"

    def ready(self):
        from pages import content_cache  # noqa: F401 - connects its signal handlers
