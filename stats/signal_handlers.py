"""The stats app counts the page views the page cache reports (clinic_site.page_views)."""

from clinic_site import page_views

from .counting import count_page_view


def register_signal_handlers():
    page_views.connect(count_page_view)
