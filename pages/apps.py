from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Clinic pages"

    def ready(self):
        from django.core.checks import Tags, register

        from .checks import site_address_check
        from .signal_handlers import register_signal_handlers

        register(site_address_check, Tags.security, deploy=True)
        register_signal_handlers()
